import { useTranslation } from 'react-i18next'

import type { QaReport } from '../../../../shared/api/qa'
import { formatNumber } from '../../lib/format'
import { useCheckLabels } from './check-labels'
import { QaNotices } from './qa-notices'
import type { QaModel } from './use-qa'

/** What was checked, the counts by check (each a filter), the text filter and the report's export. */
export function QaSummary({ qa, report }: { qa: QaModel; report: QaReport }) {
  const { t, i18n } = useTranslation()
  const labels = useCheckLabels()
  const n = (v: number) => formatNumber(v, i18n.language)
  const total = report.checks.reduce((sum, c) => sum + report.counts[c], 0)
  const { filter, setFilter } = qa
  return (
    <div className="qa-summary" data-testid="qa-summary">
      <p className="screen-summary">
        {t('qa.summary', {
          file: report.file,
          units: n(report.units),
          checked: n(report.checked),
          withTerms: n(report.withTerms),
          findings: n(total)
        })}
      </p>
      <QaNotices report={report} stale={qa.stale} onRerun={() => void qa.run()} />
      <div className="qa-filters">
        <div className="qa-chips" role="group" aria-label={t('qa.byCheck')}>
          <button
            type="button"
            className="qa-chip"
            aria-pressed={filter.check === 'all'}
            onClick={() => setFilter({ ...filter, check: 'all' })}
          >
            {t('qa.allChecks')} <span className="num">{n(total)}</span>
          </button>
          {report.checks.map((c) => (
            <button
              key={c}
              type="button"
              className={`qa-chip qa-chip-${c}`}
              data-testid={`qa-chip-${c}`}
              aria-pressed={filter.check === c}
              title={labels.help[c]}
              onClick={() => setFilter({ ...filter, check: filter.check === c ? 'all' : c })}
            >
              {labels.name[c]} <span className="num">{n(report.counts[c])}</span>
            </button>
          ))}
        </div>
        <input
          className="text-input qa-filter-text"
          type="search"
          value={filter.text}
          placeholder={t('qa.filterPlaceholder')}
          aria-label={t('qa.filterPlaceholder')}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        {report.dismissed > 0 && (
          <label className="qa-check-option">
            <input
              type="checkbox"
              checked={filter.showDismissed}
              onChange={(e) => setFilter({ ...filter, showDismissed: e.target.checked })}
            />
            {t('qa.showDismissed', { number: n(report.dismissed) })}
          </label>
        )}
        <span className="push-end" />
        <span className="qa-export">
          <button type="button" className="button button-small" onClick={() => void qa.exportAs('html')}>
            {t('qa.exportHtml')}
          </button>
          <button type="button" className="button button-small" onClick={() => void qa.exportAs('csv')}>
            {t('qa.exportCsv')}
          </button>
        </span>
      </div>
    </div>
  )
}
