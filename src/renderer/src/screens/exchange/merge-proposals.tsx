import { useTranslation } from 'react-i18next'

import type { ImportAnswers, ImportProposal } from '../../../../shared/models'
import { entryLabel, withMerge } from './import-answer-edits'

/** The merges the preview proposes (an entry sharing a term with a concept), each to tick. */
export function MergeProposals(props: {
  proposals: ImportProposal[]
  answers: ImportAnswers
  disabled: boolean
  onChange: (next: ImportAnswers) => void
}) {
  const { t } = useTranslation()
  const { proposals, answers, disabled, onChange } = props
  return (
    <fieldset>
      <legend>{t('exchange.answers.proposals')}</legend>
      <p className="muted small">{t('exchange.answers.proposalsIntro')}</p>
      <ul className="exchange-answer-list">
        {proposals.map((p) => (
          <li key={p.entry}>
            <label>
              <input
                type="checkbox"
                data-testid={`merge-${p.entry}`}
                checked={p.merged}
                disabled={disabled}
                onChange={(event) => onChange(withMerge(answers, p, event.target.checked))}
              />{' '}
              {t('exchange.answers.merge', {
                entry: entryLabel(t, p),
                concept: p.concept,
                term: p.conceptTerm,
                shared: p.shared.join(t('errors.exchange.warning.listSeparator'))
              })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
