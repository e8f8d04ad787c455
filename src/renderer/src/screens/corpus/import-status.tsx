import { useTranslation } from 'react-i18next'

import { CloseIcon } from '../../components/icons'
import { formatNumber, progressPercent } from '../../lib/format'
import { importFailures, importWarnings } from '../../lib/import-summary'
import type { CorpusImportState } from './use-corpus-import'

/** The progress bar while an import runs, then the summary of what happened to each file. */
export function ImportStatus(props: { state: CorpusImportState; onCancel: () => void; onDismiss: () => void }) {
  const { t, i18n } = useTranslation()
  const { state } = props
  const n = (value: number) => formatNumber(value, i18n.language)

  if (state.running) {
    const percent = state.progress ? progressPercent(state.progress.done, state.progress.total) : null
    return (
      <div className="panel import-panel" data-testid="import-progress">
        <div className="import-row">
          <span className="import-label">
            {state.progress && state.progress.total > 0
              ? t('import.progress', { done: n(state.progress.done), total: n(state.progress.total) })
              : t('import.preparing', { count: state.fileCount })}
          </span>
          {percent !== null && <span className="import-percent">{n(percent)}%</span>}
          <button type="button" className="button button-quiet" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
        <div
          className={percent === null ? 'progress progress-indeterminate' : 'progress'}
          role="progressbar"
          aria-label={t('import.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
        >
          <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
        </div>
        {state.progress?.message && <div className="import-message">{state.progress.message}</div>}
      </div>
    )
  }

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
