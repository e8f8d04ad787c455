import type { ExchangeImportReport, ImportAnswers } from '../../../../shared/models'
import { FieldConflicts } from './field-conflicts'
import { MergeProposals } from './merge-proposals'

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
  const { report, answers, disabled, onChange } = props
  const proposals = report.proposals ?? []
  const conflicts = report.conflicts ?? []
  if (proposals.length === 0 && conflicts.length === 0) return null
  return (
    <div className="exchange-answers" data-testid="import-answers">
      {proposals.length > 0 && (
        <MergeProposals proposals={proposals} answers={answers} disabled={disabled} onChange={onChange} />
      )}
      {conflicts.length > 0 && (
        <FieldConflicts conflicts={conflicts} answers={answers} disabled={disabled} onChange={onChange} />
      )}
    </div>
  )
}
