import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { TeamHistoryEntry } from '../../../../shared/team-models'
import { useApi } from '../../api-context'
import { formatDateTime } from '../../lib/format'

/** The concept's team history (who changed what, in the server's time); nothing when not in a team. */
export function TeamHistory({ conceptId, refreshKey }: { conceptId: number; refreshKey: string }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [entries, setEntries] = useState<TeamHistoryEntry[]>([])

  useEffect(() => {
    let live = true
    api.invoke('team/history', { conceptId }).then(
      (list) => live && setEntries(list),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [api, conceptId, refreshKey])

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
