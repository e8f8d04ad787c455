import { useTranslation } from 'react-i18next'

import { ScopeErrors } from '../../components/feedback'
import { ImportAnswersPanel } from './import-answers'
import { ImportCounts } from './import-counts'
import { ImportPath } from './import-path'
import { JobProgress } from './job-progress'
import { MappingTable } from './mapping-table'
import type { ImportState } from './use-import'

/** After a TMX import's own work, exchange/import indexes the new units (progress messages name the phase). */
function importPhase(message: string | undefined, t: (key: string) => string): string {
  if (message === 'indexing') return t('exchange.import.indexingConcordance')
  if (message === 'indexing-memory') return t('exchange.import.indexingMemory')
  return t('exchange.import.running')
}

/** Preview first (nothing written), then the same path and mapping imported in one undoable step. */
export function ImportPanel({ importer }: { importer: ImportState }) {
  const { t } = useTranslation()
  const { job, preview, mapping, previewing, done } = importer
  return (
    <section className="panel exchange-card" aria-labelledby="import-title" data-testid="import-panel">
      <h2 className="exchange-title" id="import-title">
        {t('exchange.import.title')}
      </h2>
      <p className="muted small">{t('exchange.import.intro')}</p>
      <ScopeErrors compact />
      <ImportPath importer={importer} />
      <div className="exchange-actions">
        <button
          type="button"
          className="button"
          data-testid="import-preview"
          disabled={previewing || job.running}
          onClick={() => void importer.runPreview(null)}
        >
          {previewing ? t('exchange.import.previewing') : t('exchange.import.preview')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="import-run"
          disabled={!preview || previewing || job.running}
          onClick={() => void importer.runImport()}
        >
          {t('exchange.import.run')}
        </button>
      </div>
      {preview && <ImportCounts report={preview} testId="import-counts" title={t('exchange.import.previewTitle')} />}
      {preview && (
        <ImportAnswersPanel
          report={preview}
          answers={importer.answers}
          disabled={previewing || job.running}
          onChange={importer.changeAnswers}
        />
      )}
      {preview && mapping && preview.columns && (
        <MappingTable
          columns={preview.columns}
          mapping={mapping}
          disabled={previewing || job.running}
          onChange={importer.changeMapping}
        />
      )}
      {job.running && (
        <JobProgress label={importPhase(job.progress?.message, t)} progress={job.progress} onCancel={importer.cancel} />
      )}
      {done && <ImportCounts report={done} testId="import-result" title={t('exchange.import.doneTitle')} />}
    </section>
  )
}
