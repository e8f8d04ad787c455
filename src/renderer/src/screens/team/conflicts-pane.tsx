import { useTranslation } from 'react-i18next'

import type { TeamConflict } from '../../../../shared/team-models'
import { ConflictItem } from './conflict-item'

/** Every field where the team's value won over this workspace's, each with keep theirs / keep mine / merge. */
export function ConflictsPane(props: {
  conflicts: TeamConflict[]
  onResolve: (id: number, keep: 'theirs' | 'mine' | 'merged', value?: string) => Promise<void>
}) {
  const { t } = useTranslation()
  return (
    <section className="panel team-conflicts" data-testid="team-conflicts">
      <h2 className="panel-title">{t('team.conflicts.title')}</h2>
      {props.conflicts.length === 0 ? (
        <p className="muted">{t('team.conflicts.none')}</p>
      ) : (
        <>
          <p className="muted">{t('team.conflicts.intro')}</p>
          <ul className="team-list">
            {props.conflicts.map((c) => (
              <ConflictItem key={c.id} conflict={c} onResolve={props.onResolve} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
