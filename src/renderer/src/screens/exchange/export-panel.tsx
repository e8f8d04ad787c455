import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ExportFilter, ExportFormat, ExportReport, TermStatus } from '../../../../shared/models'
import { TERM_STATUSES } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'
import { toApiError } from '../../lib/api-error'
import { formatNumber } from '../../lib/format'
import { DEFAULT_EXPORT_CHOICES, exportChoiceArgs, ExportOptions } from './export-options'
import { defaultExportPath, exportFormats, pathProblem, withExtension } from './export-path'
import { JobProgress } from './job-progress'
import { useJob } from './use-job'

/** Bytes in a human unit, with the locale's digits. */
function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 ? 0 : 1
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}

export function ExportPanel() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const job = useJob()
  const [format, setFormat] = useState<ExportFormat>('tbx')
  const [path, setPath] = useState('')
  const [status, setStatus] = useState<TermStatus | ''>('')
  const [domain, setDomain] = useState('')
  const [lang, setLang] = useState('')
  const [since, setSince] = useState('')
  const [choices, setChoices] = useState(DEFAULT_EXPORT_CHOICES)
  const [report, setReport] = useState<ExportReport | null>(null)
  const [touched, setTouched] = useState(false)
  // The file the server refused to replace: the user decides before anything is lost.
  const [existing, setExisting] = useState<string | null>(null)
  const problem = pathProblem(path)
  const isTmx = format === 'tmx'

  const formatLabels: Record<ExportFormat, string> = {
    tbx: t('exchange.format.tbx'),
    tbx2: t('exchange.format.tbx2'),
    csv: t('exchange.format.csv'),
    tsv: t('exchange.format.tsv'),
    xlsx: t('exchange.format.xlsx'),
    tmx: t('exchange.format.tmx'),
    html: t('exchange.format.html')
  }
  const problemText: Record<'empty' | 'tilde' | 'relative', string> = {
    empty: t('exchange.path.empty'),
    tilde: t('exchange.path.tilde'),
    relative: t('exchange.path.relative')
  }

  const start = async (overwrite = false) => {
    setTouched(true)
    setExisting(null)
    if (problem) return
    const filter: ExportFilter = {}
    if (!isTmx) {
      if (status) filter.status = status
      if (domain.trim()) filter.domain = domain.trim()
      if (lang) filter.lang = lang
      if (since) filter.since = since
    }
    setReport(null)
    try {
      const result = await job.run((jobId) =>
        api.invoke('exchange/export', {
          format,
          path: path.trim(),
          jobId,
          overwrite,
          ...(isTmx ? {} : { filter }),
          ...exportChoiceArgs(format, choices)
        })
      )
      setReport(result)
    } catch (error) {
      const e = toApiError(error)
      if (e.code === 'conflict' && e.payload.key === 'exchange.fileExists') {
        setExisting(String(e.payload.params?.file ?? path.trim()))
      } else if (e.code !== 'cancelled') {
        reportError(error)
      }
    }
  }

  const n = (value: number) => formatNumber(value, i18n.language)
  return (
    <section className="panel exchange-card" aria-labelledby="export-title" data-testid="export-panel">
      <h2 className="exchange-title" id="export-title">
        {t('exchange.export.title')}
      </h2>
      <p className="muted small">{t('exchange.export.intro')}</p>
      <div className="exchange-grid">
        <label className="exchange-field">
          <span>{t('exchange.export.format')}</span>
          <select
            className="status-select"
            data-testid="export-format"
            value={format}
            onChange={(event) => {
              const next = event.target.value as ExportFormat
              setPath((current) => withExtension(current, format, next))
              setFormat(next)
            }}
          >
            {exportFormats.map((f) => (
              <option key={f} value={f}>
                {formatLabels[f]}
              </option>
            ))}
          </select>
        </label>
        <label className="exchange-field exchange-field-wide">
          <span>{t('exchange.export.path')}</span>
          <input
            className="text-input mono"
            data-testid="export-path"
            value={path}
            spellCheck={false}
            placeholder={defaultExportPath(format)}
            aria-invalid={touched && problem !== null}
            onChange={(event) => setPath(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void start()
            }}
          />
          {touched && problem && (
            <span className="field-error" role="alert">
              {problemText[problem]}
            </span>
          )}
        </label>
        <ExportOptions format={format} choices={choices} onChange={setChoices} />
      </div>
      {isTmx ? (
        <p className="hint">{t('exchange.export.tmxNote')}</p>
      ) : (
        <fieldset className="exchange-filters">
          <legend>{t('exchange.export.filters')}</legend>
          <label className="exchange-field">
            <span>{t('exchange.export.status')}</span>
            <select
              className="status-select"
              data-testid="export-status"
              value={status}
              onChange={(event) => setStatus(event.target.value as TermStatus | '')}
            >
              <option value="">{t('exchange.export.any')}</option>
              {TERM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`termStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="exchange-field">
            <span>{t('exchange.export.language')}</span>
            <select className="status-select" value={lang} onChange={(event) => setLang(event.target.value)}>
              <option value="">{t('exchange.export.any')}</option>
              <option value="en">{t('language.en')}</option>
              <option value="zh">{t('language.zh')}</option>
            </select>
          </label>
          <label className="exchange-field">
            <span>{t('exchange.export.domain')}</span>
            <input className="text-input" value={domain} onChange={(event) => setDomain(event.target.value)} />
          </label>
          <label className="exchange-field">
            <span>{t('exchange.export.since')}</span>
            <input
              className="text-input"
              type="date"
              value={since}
              onChange={(event) => setSince(event.target.value)}
            />
          </label>
        </fieldset>
      )}
      <div className="exchange-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="export-run"
          disabled={job.running}
          onClick={() => void start()}
        >
          {t('exchange.export.run')}
        </button>
      </div>
      {job.running && (
        <JobProgress
          label={t('exchange.export.running')}
          progress={job.progress}
          onCancel={() => void job.cancel().catch(reportError)}
        />
      )}
      {existing !== null && (
        <Dialog
          title={t('exchange.export.replaceTitle')}
          onClose={() => setExisting(null)}
          testId="export-replace-dialog"
        >
          <p>{t('exchange.export.replaceText')}</p>
          <p className="mono exchange-path">{existing}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setExisting(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              data-testid="export-replace"
              onClick={() => void start(true)}
            >
              {t('exchange.export.replace')}
            </button>
          </div>
        </Dialog>
      )}
      {report && (
        <div className="exchange-result" role="status" data-testid="export-result">
          <span className="stat stat-ok">
            {report.units !== undefined
              ? t('exchange.export.doneUnits', { count: report.units, n: n(report.units) })
              : t('exchange.export.doneConcepts', { count: report.concepts ?? 0, n: n(report.concepts ?? 0) })}
          </span>
          <span className="muted">{formatBytes(report.bytes, i18n.language)}</span>
          <span className="mono exchange-path" title={report.path}>
            {report.path}
          </span>
        </div>
      )}
    </section>
  )
}
