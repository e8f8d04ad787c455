import { useTranslation } from 'react-i18next'

import { useApiQuery } from '../../data/use-api-query'
import { formatDateTime } from '../../lib/format'
import { conceptChanges } from '../termbase/concept-changes'

// Outside a team there is no team history: the read's refusal is not an error to show.
const quiet = () => undefined
const teamChanges = [...conceptChanges, 'team'] as const

/** The concept's team history (who changed what, in the server's time); nothing when not in a team. */
export function TeamHistory({ conceptId }: { conceptId: number }) {
  const { t, i18n } = useTranslation()
  const entries = useApiQuery('team/history', { conceptId }, { refreshOn: teamChanges, onError: quiet }).data ?? []

  // An approval is said by its change ("…'s suggestion, approved by …"); only rejections need their own line.
  const shown = entries.filter((e) => e.kind === 'change' || e.decision === 'rejected')
  if (shown.length === 0) return null
  return (
    <div className="team-history" data-testid="team-history">
      <h4 className="section-title">{t('team.history.title')}</h4>
      <ol className="history-list">
        {shown.map((e) => {
          const fields = e.fieldLabels.join(', ')
          const text =
            e.kind === 'decision'
              ? t('team.history.rejected', { author: e.author, reviewer: e.reviewer ?? '' })
              : e.reviewer
                ? t('team.history.approved', { author: e.author, reviewer: e.reviewer, fields })
                : t('team.history.change', { author: e.author, fields })
          return (
            <li key={e.seq} data-testid="team-history-entry">
              <span className="history-label">{text}</span>
              {e.note && <span className="muted"> — {e.note}</span>}
              <time className="history-time" dateTime={e.at}>
                {formatDateTime(e.at, i18n.language)}
              </time>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
