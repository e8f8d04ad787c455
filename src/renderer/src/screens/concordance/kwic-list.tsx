import { useTranslation } from 'react-i18next'

import type { ConcordanceHit } from '../../../../shared/api/concordance'
import { usePagedVirtualizer } from '../../components/use-paged-virtualizer'
import { KwicRow } from './kwic-row'

interface KwicListProps {
  total: number
  version: number
  rowAt: (index: number) => ConcordanceHit | undefined
  ensure: (start: number, end: number) => void
  onOpenDocument: (hit: ConcordanceHit) => void
  onAddExample: (hit: ConcordanceHit) => void
}

/** Virtualised hit list: only the pages of 100 the user scrolls to are ever fetched. */
export function KwicList(props: KwicListProps) {
  const { t } = useTranslation()
  // Memory hits carry a second line (the other side); rows measure themselves once drawn.
  const { scroller, virtualizer, items } = usePagedVirtualizer({
    total: props.total,
    estimateSize: 58,
    overscan: 8,
    ensure: props.ensure,
    version: props.version
  })

  return (
    <div
      className="vlist-scroll conc-list"
      ref={scroller}
      role="list"
      aria-label={t('concordance.results')}
      data-testid="kwic-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const hit = props.rowAt(item.index)
          const style = { transform: `translateY(${item.start}px)` }
          if (!hit) {
            return <div key={item.key} className="vlist-row placeholder" style={{ ...style, height: item.size }} />
          }
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              className={`vlist-row conc-row conc-${hit.kind}`}
              style={style}
              data-testid="kwic-row"
              data-hit-id={hit.id}
            >
              <KwicRow
                hit={hit}
                index={item.index}
                onOpenDocument={props.onOpenDocument}
                onAddExample={props.onAddExample}
              />
            </div>
          )
        })}
      </div>
    </div>
  )
}
