import { useTranslation } from 'react-i18next'

import type { TeamSuggestion } from '../../../../shared/team-models'
import { SuggestionItem } from './suggestion-item'

/** A terminologist's queue: translators' suggestions waiting for approve or reject. */
export function SuggestionsPane(props: {
  suggestions: TeamSuggestion[] | null | undefined
  onDecide: (id: number, decision: 'approve' | 'reject', note?: string) => Promise<{ conflicts: number } | null>
}) {
  const { t } = useTranslation()
  return (
    <section className="panel team-suggestions" data-testid="team-suggestions">
      <h2 className="panel-title">{t('team.suggestions.title')}</h2>
      {props.suggestions === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : props.suggestions === null ? (
        <p className="muted">{t('team.status.offline')}</p>
      ) : props.suggestions.length === 0 ? (
        <p className="muted" data-testid="suggestions-none">
          {t('team.suggestions.none')}
        </p>
      ) : (
        <ul className="team-list">
          {props.suggestions.map((s) => (
            <SuggestionItem key={s.id} suggestion={s} onDecide={props.onDecide} />
          ))}
        </ul>
      )}
    </section>
  )
}
