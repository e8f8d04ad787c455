import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ColumnMapping, ExchangeImportReport, ImportAnswers } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { toApiError } from '../../lib/api-error'
import { formatNumber } from '../../lib/format'
import { baseName } from '../../lib/import-summary'
import { pathProblem } from './export-path'
import { ImportAnswersPanel } from './import-answers'
import { localizeWarning } from './import-warnings'
import { JobProgress } from './job-progress'
import { MappingTable } from './mapping-table'
import { useJob } from './use-job'

/** Preview first (nothing written), then the same path and mapping imported in one undoable step. */
export function ImportPanel() {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undo } = useHistoryActions()
  const job = useJob()
  const [path, setPath] = useState('')
  const [preview, setPreview] = useState<ExchangeImportReport | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping[] | null>(null)
  const [answers, setAnswers] = useState<ImportAnswers>({})
  const [previewing, setPreviewing] = useState(false)
  const [done, setDone] = useState<ExchangeImportReport | null>(null)
  const [touched, setTouched] = useState(false)
  const problem = pathProblem(path)
  const problemText: Record<'empty' | 'tilde' | 'relative', string> = {
    empty: t('exchange.path.emptyImport'),
    tilde: t('exchange.path.tilde'),
    relative: t('exchange.path.relative')
  }

  const runPreview = async (withMapping: ColumnMapping[] | null, withAnswers: ImportAnswers = {}) => {
    setTouched(true)
    if (problem) return
    setPreviewing(true)
    setDone(null)
    try {
      const report = await api.invoke('exchange/preview', {
        path: path.trim(),
        ...(withMapping ? { mapping: withMapping } : {}),
        answers: withAnswers
      })
      setAnswers(withAnswers)
      setPreview(report)
      setMapping(report.mapping ?? null)
    } catch (error) {
      setPreview(null)
      reportError(error)
    } finally {
      setPreviewing(false)
    }
  }

  const runImport = async () => {
    if (!preview) return
    try {
      const report = await job.run((jobId) =>
        api.invoke('exchange/import', {
          path: preview.file,
          jobId,
          indexAfter: true,
          ...(mapping ? { mapping } : {}),
          answers
        })
      )
      setDone(report)
      setPreview(null)
      showToast({
        message: t('exchange.import.toast', { file: baseName(report.file) }),
        action:
          report.historyId !== undefined
            ? {
                label: t('common.undo'),
                run: () => void undo(report.historyId).then((entry) => entry && setDone(null))
              }
            : undefined
      })
    } catch (error) {
      if (toApiError(error).code !== 'cancelled') reportError(error)
    }
  }

  return (
    <section className="panel exchange-card" aria-labelledby="import-title" data-testid="import-panel">
      <h2 className="exchange-title" id="import-title">
        {t('exchange.import.title')}
      </h2>
      <p className="muted small">{t('exchange.import.intro')}</p>
      <label className="exchange-field exchange-field-wide">
        <span>{t('exchange.import.path')}</span>
        <input
          className="text-input mono"
          data-testid="import-path"
          value={path}
          spellCheck={false}
          placeholder={t('exchange.import.pathPlaceholder')}
          aria-invalid={touched && problem !== null}
          onChange={(event) => {
            setPath(event.target.value)
            setPreview(null)
            setMapping(null)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void runPreview(null)
          }}
        />
        {touched && problem && (
          <span className="field-error" role="alert">
            {problemText[problem]}
          </span>
        )}
      </label>
      <div className="exchange-actions">
        <button
          type="button"
          className="button"
          data-testid="import-preview"
          disabled={previewing || job.running}
          onClick={() => void runPreview(null)}
        >
          {previewing ? t('exchange.import.previewing') : t('exchange.import.preview')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="import-run"
          disabled={!preview || previewing || job.running}
          onClick={() => void runImport()}
        >
          {t('exchange.import.run')}
        </button>
      </div>
      {preview && <ImportCounts report={preview} testId="import-counts" title={t('exchange.import.previewTitle')} />}
      {preview && (
        <ImportAnswersPanel
          report={preview}
          answers={answers}
          disabled={previewing || job.running}
          onChange={(next) => void runPreview(mapping, next)}
        />
      )}
      {preview && mapping && preview.columns && (
        <MappingTable
          columns={preview.columns}
          mapping={mapping}
          disabled={previewing || job.running}
          onChange={(next) => {
            setMapping(next)
            // The counts depend on the mapping: recount with it so the preview never lies.
            void runPreview(next, answers)
          }}
        />
      )}
      {job.running && (
        <JobProgress
          label={importPhase(job.progress?.message, t)}
          progress={job.progress}
          onCancel={() => void job.cancel().catch(reportError)}
        />
      )}
      {done && <ImportCounts report={done} testId="import-result" title={t('exchange.import.doneTitle')} />}
    </section>
  )
}

function ImportCounts(props: { report: ExchangeImportReport; title: string; testId: string }) {
  const { t, i18n } = useTranslation()
  const { report } = props
  const n = (value: number) => formatNumber(value, i18n.language)
  const kinds: Record<ExchangeImportReport['kind'], string> = {
    tbx: 'TBX',
    csv: 'CSV',
    tsv: 'TSV',
    xlsx: 'XLSX',
    tmx: 'TMX'
  }
  return (
    <div className="exchange-counts" data-testid={props.testId} role="status">
      <div className="import-row">
        <span className="import-label">{props.title}</span>
        <span className="lang-tag">{kinds[report.kind]}</span>
        <span className="muted mono exchange-path" title={report.file}>
          {baseName(report.file)}
        </span>
      </div>
      <dl className="count-grid">
        <Count label={t('exchange.import.new')} value={n(report.new)} tone="ok" testId="count-new" />
        <Count label={t('exchange.import.merged')} value={n(report.merged)} testId="count-merged" />
        <Count
          label={t('exchange.import.conflicting')}
          value={n(report.conflicting)}
          tone={report.conflicting > 0 ? 'warn' : undefined}
          testId="count-conflicting"
        />
        <Count
          label={t('exchange.import.rejected')}
          value={n(report.rejected)}
          tone={report.rejected > 0 ? 'bad' : undefined}
          testId="count-rejected"
        />
        {report.kind === 'tmx' && (
          <Count label={t('exchange.import.duplicates')} value={n(report.duplicates)} testId="count-duplicates" />
        )}
      </dl>
      {report.warnings.length > 0 && (
        <details className="exchange-warnings" open={report.warnings.length <= 5}>
          <summary>
            {t('exchange.import.warnings', { count: report.warnings.length, n: n(report.warnings.length) })}
          </summary>
          <ul>
            {report.warnings.slice(0, 200).map((warning, index) => (
              <li key={index}>{localizeWarning(warning, report.warningTexts?.[index], t)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

function Count(props: { label: string; value: string; tone?: 'ok' | 'warn' | 'bad'; testId: string }) {
  return (
    <div className={props.tone ? `count count-${props.tone}` : 'count'} data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </div>
  )
}

/** After a TMX import's own work, exchange/import indexes the new units (progress messages name the phase). */
function importPhase(message: string | undefined, t: (key: string) => string): string {
  if (message === 'indexing') return t('exchange.import.indexingConcordance')
  if (message === 'indexing-memory') return t('exchange.import.indexingMemory')
  return t('exchange.import.running')
}
