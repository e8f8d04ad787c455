import { useTranslation } from 'react-i18next'

import type { ConceptRow } from '../../../../shared/models'
import { usePagedVirtualizer } from '../../components/use-paged-virtualizer'
import { TermLine } from './term-line'

interface ConceptListProps {
  total: number
  version: number
  rowAt: (index: number) => ConceptRow | undefined
  ensure: (start: number, end: number) => void
  selectedId: number | null
  onSelect: (id: number) => void
  /** Ticked for a bulk edit (apart from the one open in the editor). */
  ticked: ReadonlySet<number>
  onTick: (index: number, id: number, shift: boolean) => void
}

/** Virtualised, paged list of concepts: a tick box (bulk edit), English terms, Chinese terms, domain. */
export function ConceptList(props: ConceptListProps) {
  const { t } = useTranslation()
  const { scroller, virtualizer, items } = usePagedVirtualizer({
    total: props.total,
    estimateSize: 52,
    overscan: 10,
    ensure: props.ensure,
    version: props.version
  })

  return (
    <div
      className="vlist-scroll concept-list"
      ref={scroller}
      role="listbox"
      aria-label={t('nav.termbase')}
      data-testid="concept-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = props.rowAt(item.index)
          const style = { height: item.size, transform: `translateY(${item.start}px)` }
          if (!row) return <div key={item.key} className="vlist-row placeholder" style={style} />
          const active = row.id === props.selectedId
          const ticked = props.ticked.has(row.id)
          return (
            <div
              key={item.key}
              role="option"
              aria-selected={active}
              tabIndex={0}
              className={`vlist-row concept-row${active ? ' is-current' : ''}${ticked ? ' is-ticked' : ''}`}
              style={style}
              data-testid="concept-row"
              data-concept-id={row.id}
              onClick={() => props.onSelect(row.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  props.onSelect(row.id)
                }
              }}
            >
              <input
                type="checkbox"
                className="concept-tick"
                checked={ticked}
                aria-label={t('termbase.bulk.tick', { name: row.en[0] ?? row.zh[0] ?? `#${row.id}` })}
                data-testid="concept-tick"
                // The click (with Shift for a range) ticks; it does not open the concept.
                onClick={(event) => {
                  event.stopPropagation()
                  props.onTick(item.index, row.id, event.shiftKey)
                }}
                onKeyDown={(event) => event.stopPropagation()}
                onChange={() => undefined}
              />
              <span className="concept-en">
                {row.en.length > 0 ? <TermLine texts={row.en} statuses={row.enStatuses} /> : '—'}
              </span>
              <span className="concept-zh" lang="zh-CN">
                {row.zh.length > 0 ? <TermLine texts={row.zh} statuses={row.zhStatuses} /> : t('termbase.noChinese')}
              </span>
              {row.domain && <span className="concept-domain">{row.domain}</span>}
            </div>
          )
        })}
      </div>
    </div>
  )
}
