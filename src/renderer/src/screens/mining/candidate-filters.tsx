import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'
import type { CandidateQueue, SortKey, StatusFilter } from './use-candidate-queue'

/** The toolbar over the queue: text filter, status, sort, the count, and (as children) the Mine button. */
export function CandidateFilters({ queue, children }: { queue: CandidateQueue; children?: ReactNode }) {
  const { t, i18n } = useTranslation()
  const { filters, list, total } = queue
  const statusOptions: [StatusFilter, string][] = [
    ['new', t('candidates.status.new')],
    ['accepted', t('candidates.status.accepted')],
    ['rejected', t('candidates.status.rejected')],
    ['skipped', t('candidates.status.skipped')],
    ['all', t('candidates.status.all')]
  ]
  const sortOptions: [SortKey, string][] = [
    ['score', t('candidates.column.score')],
    ['freq', t('candidates.column.freq')],
    ['docs', t('candidates.column.docs')],
    ['term', t('candidates.column.term')]
  ]
  return (
    <div className="screen-toolbar filter-bar">
      <input
        className="text-input"
        type="search"
        value={filters.text}
        data-testid="candidate-filter"
        placeholder={t('candidates.filter')}
        aria-label={t('candidates.filter')}
        onChange={(event) => filters.setText(event.target.value)}
      />
      <label className="field-inline">
        <span>{t('candidates.statusFilter')}</span>
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
        <span>{t('candidates.sortBy')}</span>
        <select value={filters.sort} onChange={(event) => filters.setSort(event.target.value as SortKey)}>
          {sortOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <span className="screen-summary" data-testid="candidate-count">
        {list.total !== null && t('candidates.count', { count: total, n: formatNumber(total, i18n.language) })}
      </span>
      {children}
    </div>
  )
}
