import { useTranslation } from 'react-i18next'

import type { ImportAnswers, ImportConflict, ImportFieldAnswer } from '../../../../shared/models'
import { entryLabel, fieldLabel, valueLabel, withFieldAnswer } from './import-answer-edits'

/** The conflicts of the merges, each answered per field: keep mine, take the file's, or keep both. */
export function FieldConflicts(props: {
  conflicts: ImportConflict[]
  answers: ImportAnswers
  disabled: boolean
  onChange: (next: ImportAnswers) => void
}) {
  const { t } = useTranslation()
  const { conflicts, answers, disabled, onChange } = props
  return (
    <fieldset>
      <legend>{t('exchange.answers.conflicts')}</legend>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('exchange.answers.entry')}</th>
            <th>{t('exchange.answers.field')}</th>
            <th>{t('exchange.answers.mine')}</th>
            <th>{t('exchange.answers.theirs')}</th>
            <th>{t('exchange.answers.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={`${c.entry} ${c.field}`}>
              <td>{entryLabel(t, c)}</td>
              <td>{fieldLabel(t, c.field)}</td>
              <td>{valueLabel(t, c, c.mine)}</td>
              <td>{valueLabel(t, c, c.theirs)}</td>
              <td>
                <select
                  className="status-select"
                  data-testid={`answer-${c.entry}-${c.field}`}
                  value={c.answer}
                  disabled={disabled}
                  onChange={(event) => onChange(withFieldAnswer(answers, c, event.target.value as ImportFieldAnswer))}
                >
                  <option value="mine">{t('exchange.answers.keepMine')}</option>
                  <option value="theirs">{t('exchange.answers.takeTheirs')}</option>
                  <option value="both">{t('exchange.answers.keepBoth')}</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  )
}
