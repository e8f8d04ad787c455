import { useTranslation } from 'react-i18next'

import type { UnitRow } from '../../../../shared/models'
import { usePagedVirtualizer } from '../../components/use-paged-virtualizer'
import { useUnitLabels } from './unit-labels'
import { UnitRowView } from './unit-row'

const rowHeight = 44

interface TableProps {
  total: number
  version: number
  rowAt: (index: number) => UnitRow | undefined
  ensure: (start: number, end: number) => void
  editingId: number | null
  onEdit: (id: number | null) => void
  onSave: (row: UnitRow, source: string, target: string) => void
  onDelete: (row: UnitRow) => void
}

/** The memory, a virtual window over paged units: only the rows on screen exist in the DOM. */
export function UnitTable(props: TableProps) {
  const { t, i18n } = useTranslation()
  const { scroller, virtualizer, items } = usePagedVirtualizer({
    total: props.total,
    estimateSize: rowHeight,
    overscan: 10,
    ensure: props.ensure,
    version: props.version
  })

  const labels = useUnitLabels()

  return (
    <div
      className="vlist unit-list"
      role="grid"
      aria-rowcount={props.total}
      aria-label={t('memory.tab.browse')}
      data-testid="memory-list"
    >
      <div className="vlist-head unit-grid" role="row">
        <span role="columnheader">{labels.source}</span>
        <span role="columnheader">{labels.target}</span>
        <span role="columnheader">{t('memory.column.origin')}</span>
        <span role="columnheader">{t('memory.column.changed')}</span>
        <span role="columnheader" aria-label={t('memory.column.actions')} />
      </div>
      <div className="vlist-scroll" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = props.rowAt(item.index)
            const style = { height: item.size, transform: `translateY(${item.start}px)` }
            if (!row) return <div key={item.key} className="vlist-row unit-grid placeholder" style={style} role="row" />
            return (
              <UnitRowView
                key={item.key}
                row={row}
                style={style}
                locale={i18n.language}
                labels={labels}
                editing={props.editingId === row.id}
                onEdit={props.onEdit}
                onSave={props.onSave}
                onDelete={props.onDelete}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
