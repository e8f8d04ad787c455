import { type MouseEvent, useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateRow } from '../../../../shared/models'
import { usePagedVirtualizer } from '../../components/use-paged-virtualizer'
import { CandidateListHead, useRowLabels } from './candidate-list-head'
import { CandidateRowView } from './candidate-row'
import type { EquivalentsColumn } from './use-candidate-equivalents'

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
  /** The Chinese column, when on (English candidates). */
  equivalents?: EquivalentsColumn
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
  const labels = useRowLabels()

  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])

  // The rows in view ask for their Chinese equivalents once they are loaded (one call for them all).
  const chinese = props.equivalents?.enabled ? props.equivalents : undefined
  const inView = items.map((item) => props.rowAt(item.index)?.id ?? 0).join(',')
  useEffect(() => {
    if (!chinese) return
    const ids = inView
      .split(',')
      .map(Number)
      .filter((id) => id > 0)
    if (ids.length > 0) chinese.request(ids)
  }, [chinese, inView])

  return (
    <div
      className="vlist candidate-list"
      role="grid"
      aria-rowcount={props.total}
      aria-label={t('nav.mining')}
      data-testid="candidate-list"
    >
      <CandidateListHead chinese={chinese !== undefined} />
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
                chinese={chinese ? (chinese.byId.get(row.id) ?? null) : undefined}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
