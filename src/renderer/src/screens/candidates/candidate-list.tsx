import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CandidateRow, CandidateStatus } from '../../../../shared/models'
import { formatNumber } from '../../lib/format'

export const candidateRowHeight = 36

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
  const scroller = useRef<HTMLDivElement | null>(null)
  const locale = i18n.language
  const virtualizer = useVirtualizer({
    count: props.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => candidateRowHeight,
    overscan: 12
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? -1
  const { ensure, cursor } = props

  useEffect(() => {
    if (last >= first) ensure(first, last)
  }, [ensure, first, last, props.version])

  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])

  const statusLabels: Record<CandidateStatus, string> = {
    new: t('candidates.status.new'),
    accepted: t('candidates.status.accepted'),
    rejected: t('candidates.status.rejected'),
    merged: t('candidates.status.merged'),
    skipped: t('candidates.status.skipped')
  }

  return (
    <div className="vlist candidate-list" role="grid" aria-rowcount={props.total} aria-label={t('nav.candidates')}
      data-testid="candidate-list">
      <div className="vlist-head candidate-grid" role="row">
        <span role="columnheader" aria-label={t('candidates.selectColumn')} />
        <span role="columnheader">{t('candidates.column.term')}</span>
        <span role="columnheader" className="num">{t('candidates.column.score')}</span>
        <span role="columnheader" className="num">{t('candidates.column.freq')}</span>
        <span role="columnheader" className="num">{t('candidates.column.docs')}</span>
        <span role="columnheader">{t('candidates.column.variants')}</span>
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
            const checked = props.selected.has(row.id)
            const current = item.index === cursor
            return (
              <div
                key={item.key}
                role="row"
                aria-selected={current}
                className={`vlist-row candidate-grid${current ? ' is-current' : ''}${checked ? ' is-checked' : ''}`}
                style={style}
                data-testid="candidate-row"
                data-candidate-id={row.id}
                data-status={row.status}
                onClick={(event) => props.onRowClick(item.index, event)}
              >
                <span role="gridcell">
                  <input type="checkbox" checked={checked} aria-label={t('candidates.select', { term: row.term })}
                    onClick={(event) => event.stopPropagation()} onChange={() => props.onToggle(row.id)} />
                </span>
                <span role="gridcell" className="candidate-term">
                  {props.editingId === row.id ? (
                    <EditTerm initial={row.term} onDone={(term) => props.onEditDone(row.id, term)} />
                  ) : row.term}
                </span>
                <span role="gridcell" className="num">{formatNumber(Math.round(row.score * 100) / 100, locale)}</span>
                <span role="gridcell" className="num">{formatNumber(row.freq, locale)}</span>
                <span role="gridcell" className="num">{formatNumber(row.docs, locale)}</span>
                <span role="gridcell" className="candidate-variants" title={row.variants.join(' · ')}>
                  {row.variants.join(' · ')}
                </span>
                <span role="gridcell">
                  <span className={`review-tag review-${row.status}`}>{statusLabels[row.status]}</span>
                </span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

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
