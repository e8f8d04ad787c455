import { type CSSProperties, memo } from 'react'

import type { UnitRow } from '../../../../shared/models'
import { langOf } from '../../components/kwic-lines'
import { formatDateTime } from '../../lib/format'
import { EditUnitRow } from './edit-unit-row'
import type { UnitLabels } from './unit-labels'

export interface RowProps {
  row: UnitRow
  style: CSSProperties
  locale: string
  labels: UnitLabels
  editing: boolean
  onEdit: (id: number | null) => void
  onSave: (row: UnitRow, source: string, target: string) => void
  onDelete: (row: UnitRow) => void
}

export const UnitRowView = memo(function UnitRowView(props: RowProps) {
  const { row, labels } = props
  if (props.editing) return <EditUnitRow {...props} />
  return (
    <div
      role="row"
      className="vlist-row unit-grid"
      style={props.style}
      data-testid="memory-row"
      data-unit-id={row.id}
      onDoubleClick={() => props.onEdit(row.id)}
    >
      <span role="gridcell" className="unit-text" lang={langOf(row.source)} title={row.source}>
        {row.source}
      </span>
      <span role="gridcell" className="unit-text" lang={langOf(row.target)} title={row.target}>
        {row.target}
      </span>
      <span role="gridcell">
        <span className="review-tag" title={row.originDetail || undefined}>
          {labels.origin[row.origin]}
        </span>
      </span>
      <span role="gridcell" className="unit-date">
        {formatDateTime(row.changedAt, props.locale)}
      </span>
      <span role="gridcell" className="unit-actions">
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="memory-edit"
          onClick={() => props.onEdit(row.id)}
        >
          {labels.edit}
        </button>
        <button
          type="button"
          className="button button-quiet button-small unit-delete"
          data-testid="memory-delete"
          aria-label={`${labels.delete}: ${row.source}`}
          onClick={() => props.onDelete(row)}
        >
          ✕
        </button>
      </span>
    </div>
  )
})
