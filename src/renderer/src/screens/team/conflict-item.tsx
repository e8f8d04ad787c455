import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { TeamConflict } from '../../../../shared/team-models'
import { useNavigation } from '../../components/navigation'

/** One conflict: the team's value and mine side by side; a text field can also be merged by hand. */
export function ConflictItem(props: {
  conflict: TeamConflict
  onResolve: (id: number, keep: 'theirs' | 'mine' | 'merged', value?: string) => Promise<void>
}) {
  const { t } = useTranslation()
  const { navigate } = useNavigation()
  const c = props.conflict
  const [merging, setMerging] = useState<string | null>(null)
  const why =
    c.reason === 'rejected' ? t('team.conflicts.rejected') : c.reason === 'refused' ? t('team.conflicts.refused') : null

  return (
    <li className="team-item" data-testid="team-conflict">
      <div className="team-item-head">
        <button
          type="button"
          className="team-concept-link"
          onClick={() => navigate('termbase', { conceptId: c.conceptId })}
        >
          {c.concept}
        </button>
        <span className="team-field">{c.fieldLabel}</span>
        {why && <span className="review-tag">{why}</span>}
      </div>
      <dl className="team-values">
        <dt>{t('team.conflicts.theirs')}</dt>
        <dd data-testid="conflict-remote">
          {c.remoteText}
          {c.remoteAuthor && <span className="muted"> {t('team.conflicts.by', { author: c.remoteAuthor })}</span>}
        </dd>
        <dt>{t('team.conflicts.mine')}</dt>
        <dd data-testid="conflict-local">{c.localText}</dd>
      </dl>
      {c.note && <p className="muted">{t('team.conflicts.note', { note: c.note })}</p>}
      {merging !== null && (
        <label className="field">
          <span className="field-label">{t('team.conflicts.mergeLabel')}</span>
          <textarea className="text-input" rows={3} value={merging} onChange={(e) => setMerging(e.target.value)} />
        </label>
      )}
      <div className="team-actions">
        <button
          type="button"
          className="button"
          data-testid="keep-theirs"
          onClick={() => void props.onResolve(c.id, 'theirs')}
        >
          {t('team.conflicts.keepTheirs')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="keep-mine"
          onClick={() => void props.onResolve(c.id, 'mine')}
        >
          {t('team.conflicts.keepMine')}
        </button>
        {c.mergeable &&
          (merging === null ? (
            <button type="button" className="button" onClick={() => setMerging(`${c.remoteText}\n${c.localText}`)}>
              {t('team.conflicts.merge')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void props.onResolve(c.id, 'merged', merging)}
            >
              {t('team.conflicts.saveMerge')}
            </button>
          ))}
      </div>
    </li>
  )
}
