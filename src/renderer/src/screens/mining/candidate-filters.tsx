import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'
import type { CandidateQueue, SortKey, StatusFilter } from './use-candidate-queue'

/** The toolbar over the queue: text filter, status, sort, the count, and (as children) the Mine button. */
export function CandidateFilters({ queue, children }: { queue: CandidateQueue; children?: ReactNode }) {
  const { t, i18n } = useTranslation()
  const { filters, list, total } = queue
  const statusOptions: [StatusFilter, string][] = [
    ['new', t('mining.status.new')],
    ['accepted', t('mining.status.accepted')],
    ['rejected', t('mining.status.rejected')],
    ['skipped', t('mining.status.skipped')],
    ['all', t('mining.status.all')]
  ]
  const sortOptions: [SortKey, string][] = [
    ['score', t('mining.column.score')],
    ['freq', t('mining.column.freq')],
    ['docs', t('mining.column.docs')],
    ['term', t('mining.column.term')]
  ]
  return (
    <div className="screen-toolbar filter-bar">
      <input
        className="text-input"
        type="search"
        value={filters.text}
        data-testid="candidate-filter"
        placeholder={t('mining.filter')}
        aria-label={t('mining.filter')}
        onChange={(event) => filters.setText(event.target.value)}
      />
      <label className="field-inline">
        <span>{t('mining.statusFilter')}</span>
        <select
          value={filters.status}
          data-testid="candidate-status-filter"
          onChange={(event) => filters.setStatus(event.target.value as StatusFilter)}
        >
          {statusOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('mining.sortBy')}</span>
        <select value={filters.sort} onChange={(event) => filters.setSort(event.target.value as SortKey)}>
          {sortOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <span className="screen-summary" data-testid="candidate-count">
        {list.total !== null && t('mining.count', { count: total, n: formatNumber(total, i18n.language) })}
      </span>
      {children}
    </div>
  )
}
