import { useTranslation } from 'react-i18next'

import type { ExportReport } from '../../../../shared/models'
import { ExportedFile } from '../../components/files/exported-file'
import { fileNameOf } from '../../components/files/picked-files'
import { formatNumber } from '../../lib/format'

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

/** What the export wrote: how many concepts or units, how big, where; Show in folder or Download again. */
export function ExportResult({ report, downloaded }: { report: ExportReport; downloaded: boolean }) {
  const { t, i18n } = useTranslation()
  const n = (value: number) => formatNumber(value, i18n.language)
  return (
    <div className="exchange-result" role="status" data-testid="export-result">
      <span className="stat stat-ok">
        {report.units !== undefined
          ? t('exchange.export.doneUnits', { count: report.units, n: n(report.units) })
          : t('exchange.export.doneConcepts', { count: report.concepts ?? 0, n: n(report.concepts ?? 0) })}
      </span>
      <span className="muted">{formatBytes(report.bytes, i18n.language)}</span>
      {downloaded ? (
        <span className="exchange-path">{t('exchange.export.downloaded', { name: fileNameOf(report.path) })}</span>
      ) : (
        <span className="mono exchange-path" title={report.path}>
          {report.path}
        </span>
      )}
      <ExportedFile path={report.path} testId="export-file" />
    </div>
  )
}
