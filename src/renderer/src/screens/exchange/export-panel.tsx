import { useTranslation } from 'react-i18next'

import { Dialog } from '../../components/dialog'
import { ScopeErrors } from '../../components/feedback'
import { ExportFiltersFields } from './export-filters'
import { ExportResult } from './export-result'
import { ExportTarget } from './export-target'
import { JobProgress } from './job-progress'
import { useExport } from './use-export'

/** Export the term base (filtered) or the memory to a file the server writes. */
export function ExportPanel() {
  const { t } = useTranslation()
  const exporter = useExport()
  const { job, existing } = exporter
  return (
    <section className="panel exchange-card" aria-labelledby="export-title" data-testid="export-panel">
      <h2 className="exchange-title" id="export-title">
        {t('exchange.export.title')}
      </h2>
      <p className="muted small">{t('exchange.export.intro')}</p>
      <ScopeErrors compact />
      <ExportTarget exporter={exporter} />
      {exporter.isTmx ? (
        <p className="hint">{t('exchange.export.tmxNote')}</p>
      ) : (
        <ExportFiltersFields filters={exporter.filters} onChange={exporter.setFilters} />
      )}
      <div className="exchange-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="export-run"
          disabled={job.running}
          onClick={() => void exporter.start()}
        >
          {t('exchange.export.run')}
        </button>
      </div>
      {job.running && (
        <JobProgress label={t('exchange.export.running')} progress={job.progress} onCancel={exporter.cancel} />
      )}
      {existing !== null && (
        <Dialog
          title={t('exchange.export.replaceTitle')}
          onClose={() => exporter.setExisting(null)}
          testId="export-replace-dialog"
        >
          <p>{t('exchange.export.replaceText')}</p>
          <p className="mono exchange-path">{existing}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => exporter.setExisting(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              data-testid="export-replace"
              onClick={() => void exporter.start(true)}
            >
              {t('exchange.export.replace')}
            </button>
          </div>
        </Dialog>
      )}
      {exporter.report && <ExportResult report={exporter.report} downloaded={exporter.downloaded} />}
    </section>
  )
}
