import { useTranslation } from 'react-i18next'

import { TERM_STATUSES, type TermStatus } from '../../../../shared/models'
import { statusLabels } from '../../components/term-status-badge'
import type { ConceptBrowser, SortKey } from './use-concept-browser'

/** Above the concept list: search as you type, then status, domain and sort. */
export function ConceptFilters({ browser }: { browser: ConceptBrowser }) {
  const { t } = useTranslation()
  const { filters } = browser
  const sortOptions: [SortKey, string][] = [
    ['term', t('termbase.sort.term')],
    ['modified', t('termbase.sort.modified')],
    ['created', t('termbase.sort.created')]
  ]
  const statuses = statusLabels(t)
  return (
    <>
      <input
        className="text-input"
        type="search"
        value={filters.text}
        data-testid="concept-search"
        placeholder={t('termbase.search')}
        aria-label={t('termbase.search')}
        onChange={(event) => filters.setText(event.target.value)}
      />
      <div className="list-filters">
        <select
          value={filters.status}
          aria-label={t('termbase.filter.status')}
          data-testid="concept-status-filter"
          onChange={(event) => filters.setStatus(event.target.value as TermStatus | '')}
        >
          <option value="">{t('termbase.filter.anyStatus')}</option>
          {TERM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statuses[s]}
            </option>
          ))}
        </select>
        <input
          className="text-input"
          value={filters.domain}
          placeholder={t('termbase.filter.domain')}
          aria-label={t('termbase.filter.domain')}
          onChange={(event) => filters.setDomain(event.target.value)}
        />
        <select
          value={filters.sort}
          aria-label={t('termbase.sort.label')}
          onChange={(event) => filters.setSort(event.target.value as SortKey)}
        >
          {sortOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </>
  )
}
