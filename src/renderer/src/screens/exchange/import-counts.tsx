import { useTranslation } from 'react-i18next'

import type { ExchangeImportReport } from '../../../../shared/models'
import { formatNumber } from '../../lib/format'
import { baseName } from '../../lib/import-summary'
import { localizeWarning } from './import-warnings'

/** What an import would do (the preview) or did: new, merged, conflicting, rejected, and its warnings. */
export function ImportCounts(props: { report: ExchangeImportReport; title: string; testId: string }) {
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
