import { type CSSProperties, memo, type MouseEvent, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateRow, CandidateStatus } from '../../../../shared/models'
import { usePagedVirtualizer } from '../../components/use-paged-virtualizer'

export const candidateRowHeight = 36

// Building an Intl formatter costs far more than using one: a scroll renders hundreds of cells.
const formatters = new Map<string, Intl.NumberFormat>()
function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`
  let found = formatters.get(key)
  if (!found) {
    const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
    found = new Intl.NumberFormat(locale, digits)
    formatters.set(key, found)
  }
  return found
}

/** Scores with two decimals always, so the column's digits line up. */
export function formatScore(score: number, locale: string): string {
  return formatter(locale, 2).format(score)
}

export function formatCount(value: number, locale: string): string {
  return formatter(locale, 0).format(value)
}

interface ListProps {
  total: number
  version: number
  rowAt: (index: number) => CandidateRow | undefined
  ensure: (start: number, end: number) => void
  cursor: number
  selected: ReadonlySet<number>
  editingId: number | null
  onRowClick: (index: number, event: MouseEvent) => void
  onToggle: (id: number) => void
  onEditDone: (id: number, term: string | null) => void
}

/** The review queue: a virtual window over the paged candidates; only visible rows exist in the DOM. */
export function CandidateList(props: ListProps) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const { scroller, virtualizer, items } = usePagedVirtualizer({
    total: props.total,
    estimateSize: candidateRowHeight,
    overscan: 12,
    ensure: props.ensure,
    version: props.version
  })
  const { cursor } = props
  const labels = useMemo<RowLabels>(
    () => ({
      status: {
        new: t('candidates.status.new'),
        accepted: t('candidates.status.accepted'),
        rejected: t('candidates.status.rejected'),
        merged: t('candidates.status.merged'),
        skipped: t('candidates.status.skipped')
      },
      select: (term) => t('candidates.select', { term })
    }),
    [t]
  )

  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])

  return (
    <div
      className="vlist candidate-list"
      role="grid"
      aria-rowcount={props.total}
      aria-label={t('nav.mining')}
      data-testid="candidate-list"
    >
      <div className="vlist-head candidate-grid" role="row">
        <span role="columnheader" aria-label={t('candidates.selectColumn')} />
        <span role="columnheader">
          {t('candidates.column.term')}
          <span className="candidate-variants"> · {t('candidates.column.variants')}</span>
        </span>
        <span role="columnheader" className="num">
          {t('candidates.column.score')}
        </span>
        <span role="columnheader" className="num">
          {t('candidates.column.freq')}
        </span>
        <span role="columnheader" className="num">
          {t('candidates.column.docs')}
        </span>
        <span role="columnheader">{t('candidates.column.status')}</span>
      </div>
      <div className="vlist-scroll" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = props.rowAt(item.index)
            const style = { height: item.size, transform: `translateY(${item.start}px)` }
            if (!row) {
              return <div key={item.key} className="vlist-row candidate-grid placeholder" style={style} role="row" />
            }
            return (
              <CandidateRowView
                key={item.key}
                row={row}
                index={item.index}
                style={style}
                locale={locale}
                current={item.index === cursor}
                checked={props.selected.has(row.id)}
                editing={props.editingId === row.id}
                onRowClick={props.onRowClick}
                onToggle={props.onToggle}
                onEditDone={props.onEditDone}
                labels={labels}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}

interface RowProps {
  row: CandidateRow
  index: number
  style: CSSProperties
  locale: string
  current: boolean
  checked: boolean
  editing: boolean
  onRowClick: (index: number, event: MouseEvent) => void
  onToggle: (id: number) => void
  onEditDone: (id: number, term: string | null) => void
  labels: RowLabels
}

interface RowLabels {
  status: Record<CandidateStatus, string>
  select: (term: string) => string
}

/** One row; memoised so a scroll step renders only the rows that came into view. */
const CandidateRowView = memo(
  function CandidateRowView(props: RowProps) {
    // No useTranslation here: its per-row cost showed up in scroll profiles; labels come from the list.
    const { row, current, checked, locale, labels } = props
    // The term takes the row's spare width; its other spellings follow it, muted, as far as they fit.
    const others = row.variants.filter((v) => v !== row.term)
    const fullText = others.length > 0 ? `${row.term} · ${others.join(' · ')}` : row.term
    return (
      <div
        role="row"
        aria-selected={current}
        className={['vlist-row candidate-grid', current && 'is-current', checked && 'is-checked']
          .filter(Boolean)
          .join(' ')}
        style={props.style}
        data-testid="candidate-row"
        data-candidate-id={row.id}
        data-status={row.status}
        onClick={(event) => props.onRowClick(props.index, event)}
      >
        <span role="gridcell">
          <input
            type="checkbox"
            checked={checked}
            aria-label={labels.select(row.term)}
            onClick={(event) => event.stopPropagation()}
            onChange={() => props.onToggle(row.id)}
          />
        </span>
        <span role="gridcell" className="candidate-term" title={props.editing ? undefined : fullText}>
          {props.editing ? (
            <EditTerm initial={row.term} onDone={(term) => props.onEditDone(row.id, term)} />
          ) : (
            <>
              {row.term}
              {others.length > 0 && <span className="candidate-variants"> · {others.join(' · ')}</span>}
            </>
          )}
        </span>
        <span role="gridcell" className="num">
          {formatScore(row.score, locale)}
        </span>
        <span role="gridcell" className="num">
          {formatCount(row.freq, locale)}
        </span>
        <span role="gridcell" className="num">
          {formatCount(row.docs, locale)}
        </span>
        <span role="gridcell">
          <span className={`review-tag review-${row.status}`}>{labels.status[row.status]}</span>
        </span>
      </div>
    )
  },
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.current === b.current &&
    a.checked === b.checked &&
    a.editing === b.editing &&
    a.locale === b.locale &&
    a.style.transform === b.style.transform &&
    a.style.height === b.style.height &&
    a.onRowClick === b.onRowClick &&
    a.onToggle === b.onToggle &&
    a.onEditDone === b.onEditDone &&
    a.labels === b.labels
)

/** Inline edit of a candidate's text: Enter saves, Escape cancels. */
function EditTerm({ initial, onDone }: { initial: string; onDone: (term: string | null) => void }) {
  const { t } = useTranslation()
  const [value, setValue] = useState(initial)
  return (
    <input
      className="inline-input"
      data-testid="candidate-edit"
      aria-label={t('candidates.editTerm')}
      value={value}
      autoFocus
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => onDone(null)}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Enter') onDone(value)
        else if (event.key === 'Escape') {
          event.preventDefault()
          onDone(null)
        }
      }}
    />
  )
}
