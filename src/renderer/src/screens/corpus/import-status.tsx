import { useTranslation } from 'react-i18next'

import { CloseIcon } from '../../components/icons'
import { formatNumber } from '../../lib/format'
import { importFailures, importWarnings } from '../../lib/import-summary'
import { ImportProgressPanel } from './import-progress'
import type { CorpusImportState } from './use-corpus-import'

/** The progress bar while an import runs, then the summary of what happened to each file. */
export function ImportStatus(props: { state: CorpusImportState; onCancel: () => void; onDismiss: () => void }) {
  const { t, i18n } = useTranslation()
  const { state } = props
  const n = (value: number) => formatNumber(value, i18n.language)

  if (state.running) return <ImportProgressPanel state={state} onCancel={props.onCancel} />

  if (state.cancelled) {
    return (
      <div className="panel import-panel import-summary" data-testid="import-summary">
        <div className="import-row">
          <span className="import-label">{t('import.cancelled')}</span>
          <DismissButton onClick={props.onDismiss} />
        </div>
      </div>
    )
  }

  if (!state.report) return null
  const report = state.report
  const failures = importFailures(report)
  const warnings = importWarnings(report)
  return (
    <div className="panel import-panel import-summary" data-testid="import-summary" role="status">
      <div className="import-row">
        <span className="import-label">{t('import.finished')}</span>
        <span className="stat stat-ok">{t('import.imported', { count: report.imported, n: n(report.imported) })}</span>
        <span className="stat">{t('import.duplicates', { count: report.duplicates, n: n(report.duplicates) })}</span>
        <span className={report.failed > 0 ? 'stat stat-bad' : 'stat'}>
          {t('import.failed', { count: report.failed, n: n(report.failed) })}
        </span>
        <DismissButton onClick={props.onDismiss} />
      </div>
      {failures.length > 0 && (
        <ul className="failure-list" data-testid="import-failures">
          {failures.map((failure, index) => (
            <li key={`${failure.file}-${index}`}>
              <span className="failure-file">{failure.file}</span>
              <span className="failure-message">{failure.message || t('import.unknownError')}</span>
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="failure-list" data-testid="import-warnings">
          {warnings.map((warning, index) => (
            <li key={`${warning.file}-${index}`}>
              <span className="failure-file">{warning.file}</span>
              <span className="failure-message">{warning.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function DismissButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className="icon-button push-end"
      aria-label={t('common.dismiss')}
      title={t('common.dismiss')}
      onClick={onClick}
    >
      <CloseIcon />
    </button>
  )
}
