import './team.css'

import { useTranslation } from 'react-i18next'

import { ConflictsPane } from './conflicts-pane'
import { JoinPane } from './join-pane'
import { StatusPane } from './status-pane'
import { SuggestionsPane } from './suggestions-pane'
import { useTeam } from './use-team'

/** Join a team; then the sync status, the conflicts to resolve and, for terminologists, the suggestions queue. */
export function TeamScreen() {
  const { t } = useTranslation()
  const team = useTeam()
  if (!team.status) return <p className="muted">{t('common.loading')}</p>
  return (
    <section className="screen team-screen" data-testid="team-screen">
      {team.status.state === 'not-joined' ? (
        <JoinPane onJoin={team.join} />
      ) : (
        <div className="team-columns">
          <div className="team-column">
            <StatusPane status={team.status} syncing={team.syncing} onSync={team.syncNow} />
            <ConflictsPane conflicts={team.conflicts} onResolve={team.resolve} />
          </div>
          {team.reviewer && (
            <div className="team-column">
              <SuggestionsPane suggestions={team.suggestions} onDecide={team.decide} />
            </div>
          )}
        </div>
      )}
    </section>
  )
}
