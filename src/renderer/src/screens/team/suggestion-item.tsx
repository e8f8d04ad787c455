import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { TeamSuggestion } from '../../../../shared/team-models'
import { useFeedback } from '../../components/feedback'
import { formatDateTime } from '../../lib/format'

/** One suggestion: what it changes (now → proposed), approve, or reject with a note for its author. */
export function SuggestionItem(props: {
  suggestion: TeamSuggestion
  onDecide: (id: number, decision: 'approve' | 'reject', note?: string) => Promise<{ conflicts: number } | null>
}) {
  const { t, i18n } = useTranslation()
  const { showToast } = useFeedback()
  const s = props.suggestion
  const [note, setNote] = useState('')

  const decide = async (decision: 'approve' | 'reject') => {
    const result = await props.onDecide(s.id, decision, note.trim())
    if (!result) return
    const message =
      decision === 'reject'
        ? t('team.suggestions.rejected')
        : result.conflicts > 0
          ? t('team.suggestions.approvedConflicts', { count: result.conflicts })
          : t('team.suggestions.approved')
    showToast({ message })
  }

  return (
    <li className="team-item" data-testid="team-suggestion">
      <div className="team-item-head">
        <strong>{s.concept}</strong>
        <span className="muted">
          {t('team.suggestions.by', { author: s.author, time: formatDateTime(s.createdAt, i18n.language) })}
        </span>
      </div>
      <table className="team-changes">
        <tbody>
          {s.fields.map((f) => (
            <tr key={f.field}>
              <th scope="row">{f.fieldLabel}</th>
              <td className="muted" title={t('team.suggestions.current')}>
                {f.current}
              </td>
              <td title={t('team.suggestions.proposed')}>{f.proposed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="field">
        <span className="field-label">{t('team.suggestions.note')}</span>
        <input className="text-input" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="team-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="approve"
          onClick={() => void decide('approve')}
        >
          {t('team.suggestions.approve')}
        </button>
        <button type="button" className="button" data-testid="reject" onClick={() => void decide('reject')}>
          {t('team.suggestions.reject')}
        </button>
      </div>
    </li>
  )
}
