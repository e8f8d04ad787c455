import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { CANDIDATE_KINDS, type Lang, LANGS } from '../../../../shared/vocabulary'
import { formatNumber } from '../../lib/format'
import type { CandidateQueue, KindFilter, SortKey, StatusFilter } from './use-candidate-queue'

/**
 * The toolbar over the queue: which list (English or Chinese candidates), text filter, status, kind, sort,
 * the count, and (as children) the Mine button.
 */
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
  const kindOptions: [KindFilter, string][] = [
    ['all', t('mining.kind.all')],
    ...CANDIDATE_KINDS.map((k): [KindFilter, string] => [k, t(`mining.kind.${k}`)])
  ]
  return (
    <div className="screen-toolbar filter-bar">
      <div className="lang-switch" role="radiogroup" aria-label={t('mining.langSwitch')} data-testid="candidate-lang">
        {LANGS.map((value: Lang) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={filters.lang === value}
            title={t(`mining.langTitle.${value}`)}
            className={filters.lang === value ? 'is-on' : undefined}
            data-testid={`candidate-lang-${value}`}
            onClick={() => filters.setLang(value)}
          >
            {t(`mining.lang.${value}`)}
          </button>
        ))}
      </div>
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
        <span>{t('mining.kindFilter')}</span>
        <select
          value={filters.kind}
          data-testid="candidate-kind-filter"
          onChange={(event) => filters.setKind(event.target.value as KindFilter)}
        >
          {kindOptions.map(([value, label]) => (
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
      {filters.lang === 'en' && (
        <label className="field-inline" title={t('mining.chineseToggleTitle')}>
          <input
            type="checkbox"
            checked={filters.showChinese}
            data-testid="candidate-chinese-toggle"
            onChange={(event) => filters.setShowChinese(event.target.checked)}
          />
          <span>{t('mining.chineseToggle')}</span>
        </label>
      )}
      <span className="screen-summary" data-testid="candidate-count">
        {list.total !== null && t('mining.count', { count: total, n: formatNumber(total, i18n.language) })}
      </span>
      {children}
    </div>
  )
}
