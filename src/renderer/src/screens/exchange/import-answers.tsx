import { useTranslation } from 'react-i18next'

import type {
  ExchangeImportReport,
  ImportAnswers,
  ImportConflict,
  ImportFieldAnswer,
  ImportProposal
} from '../../../../shared/models'

/** An answer list with one entry's answer for one field replaced. */
export function withFieldAnswer(answers: ImportAnswers, c: ImportConflict, answer: ImportFieldAnswer): ImportAnswers {
  const fields = (answers.fields ?? []).filter((f) => !(f.entry === c.entry && f.field === c.field))
  return { ...answers, fields: [...fields, { entry: c.entry, field: c.field, answer }] }
}

/** An answer list with one proposed merge accepted or declined. */
export function withMerge(answers: ImportAnswers, p: ImportProposal, merge: boolean): ImportAnswers {
  const rest = (answers.merge ?? []).filter((m) => m.entry !== p.entry)
  // A declined merge takes its field answers with it: they were about that merge.
  const fields = merge ? answers.fields : (answers.fields ?? []).filter((f) => f.entry !== p.entry)
  return { ...answers, merge: merge ? [...rest, { entry: p.entry, concept: p.concept }] : rest, fields }
}

/**
 * The preview's questions (#15 §2): merges it proposes (an entry sharing a term with a concept is imported
 * as a new concept unless ticked) and the conflicts of the merges, each answered per field: keep mine /
 * take the file's / keep both. A change re-runs the preview, so the counts always say what will happen.
 */
export function ImportAnswersPanel(props: {
  report: ExchangeImportReport
  answers: ImportAnswers
  disabled: boolean
  onChange: (next: ImportAnswers) => void
}) {
  const { t } = useTranslation()
  const { report, answers, disabled, onChange } = props
  const proposals = report.proposals ?? []
  const conflicts = report.conflicts ?? []
  if (proposals.length === 0 && conflicts.length === 0) return null
  const entry = (e: { entry: number; entryId?: string }) =>
    e.entryId !== undefined
      ? t('exchange.answers.entryId', { id: e.entryId })
      : t('exchange.answers.entryNumber', { n: e.entry })
  const field = (key: string) => {
    const [kind, ...rest] = key.split(' ')
    if (kind === 'status') return t('exchange.answers.fieldStatus', { term: rest.slice(1).join(' ') })
    if (kind === 'preferred') return t('exchange.answers.fieldPreferred', { lang: rest.join(' ') })
    return t(`errors.exchange.warning.field.${kind}`)
  }
  // A status is said in the UI language; other values are the texts themselves.
  const value = (c: ImportConflict, v: string) => (c.field.startsWith('status ') ? t(`termStatus.${v}`) : v)
  return (
    <div className="exchange-answers" data-testid="import-answers">
      {proposals.length > 0 && (
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
                    entry: entry(p),
                    concept: p.concept,
                    term: p.conceptTerm,
                    shared: p.shared.join(t('errors.exchange.warning.listSeparator'))
                  })}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {conflicts.length > 0 && (
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
                  <td>{entry(c)}</td>
                  <td>{field(c.field)}</td>
                  <td>{value(c, c.mine)}</td>
                  <td>{value(c, c.theirs)}</td>
                  <td>
                    <select
                      className="status-select"
                      data-testid={`answer-${c.entry}-${c.field}`}
                      value={c.answer}
                      disabled={disabled}
                      onChange={(event) =>
                        onChange(withFieldAnswer(answers, c, event.target.value as ImportFieldAnswer))
                      }
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
      )}
    </div>
  )
}
