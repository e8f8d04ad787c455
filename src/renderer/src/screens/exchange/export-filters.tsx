import { useTranslation } from 'react-i18next'

import { TERM_STATUSES, type TermStatus } from '../../../../shared/models'
import { statusLabels } from '../../components/term-status-badge'
import type { ExportFilters } from './use-export'

/** Which concepts a term-base export takes: by status, language, domain, changed since. */
export function ExportFiltersFields(props: { filters: ExportFilters; onChange: (filters: ExportFilters) => void }) {
  const { t } = useTranslation()
  const { filters } = props
  const statuses = statusLabels(t)
  const set = (patch: Partial<ExportFilters>) => props.onChange({ ...filters, ...patch })
  return (
    <fieldset className="exchange-filters">
      <legend>{t('exchange.export.filters')}</legend>
      <label className="exchange-field">
        <span>{t('exchange.export.status')}</span>
        <select
          className="status-select"
          data-testid="export-status"
          value={filters.status}
          onChange={(event) => set({ status: event.target.value as TermStatus | '' })}
        >
          <option value="">{t('exchange.export.any')}</option>
          {TERM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statuses[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="exchange-field">
        <span>{t('exchange.export.language')}</span>
        <select className="status-select" value={filters.lang} onChange={(event) => set({ lang: event.target.value })}>
          <option value="">{t('exchange.export.any')}</option>
          <option value="en">{t('language.en')}</option>
          <option value="zh">{t('language.zh')}</option>
        </select>
      </label>
      <label className="exchange-field">
        <span>{t('exchange.export.domain')}</span>
        <input
          className="text-input"
          value={filters.domain}
          onChange={(event) => set({ domain: event.target.value })}
        />
      </label>
      <label className="exchange-field">
        <span>{t('exchange.export.since')}</span>
        <input
          className="text-input"
          type="date"
          value={filters.since}
          onChange={(event) => set({ since: event.target.value })}
        />
      </label>
    </fieldset>
  )
}
