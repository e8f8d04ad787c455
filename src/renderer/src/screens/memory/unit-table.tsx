import { type CSSProperties, type KeyboardEvent, memo, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { UnitRow } from '../../../../shared/models'
import { langOf } from '../../components/kwic-lines'
import { usePagedVirtualizer } from '../../components/use-paged-virtualizer'
import { formatDateTime } from '../../lib/format'

const rowHeight = 44

export interface UnitLabels {
  origin: Record<UnitRow['origin'], string>
  edit: string
  delete: string
  save: string
  cancel: string
  source: string
  target: string
}

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

  // Per-row useTranslation costs show in scroll profiles (see the candidate list): labels come from here.
  const labels = useMemo<UnitLabels>(
    () => ({
      origin: {
        tmx: t('memory.origin.tmx'),
        alignment: t('memory.origin.alignment'),
        example: t('memory.origin.example'),
        typed: t('memory.origin.typed'),
        import: t('memory.origin.import')
      },
      edit: t('memory.edit'),
      delete: t('memory.delete'),
      save: t('memory.save'),
      cancel: t('common.cancel'),
      source: t('memory.column.source'),
      target: t('memory.column.target')
    }),
    [t]
  )

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

interface RowProps {
  row: UnitRow
  style: CSSProperties
  locale: string
  labels: UnitLabels
  editing: boolean
  onEdit: (id: number | null) => void
  onSave: (row: UnitRow, source: string, target: string) => void
  onDelete: (row: UnitRow) => void
}

const UnitRowView = memo(function UnitRowView(props: RowProps) {
  const { row, labels } = props
  if (props.editing) return <EditRow {...props} />
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

/** Inline edit of both sides: Enter saves, Escape cancels. */
function EditRow(props: RowProps) {
  const { row, labels } = props
  const [source, setSource] = useState(row.source)
  const [target, setTarget] = useState(row.target)
  const save = () => props.onSave(row, source, target)
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') save()
    else if (event.key === 'Escape') {
      event.preventDefault()
      props.onEdit(null)
    }
  }
  return (
    <div
      role="row"
      className="vlist-row unit-grid is-current"
      style={props.style}
      data-testid="memory-row"
      data-unit-id={row.id}
    >
      <span role="gridcell">
        <input
          className="inline-input"
          data-testid="memory-edit-source"
          aria-label={labels.source}
          value={source}
          autoFocus
          onChange={(event) => setSource(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </span>
      <span role="gridcell">
        <input
          className="inline-input"
          data-testid="memory-edit-target"
          aria-label={labels.target}
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </span>
      <span role="gridcell" />
      <span role="gridcell" />
      <span role="gridcell" className="unit-actions">
        <button
          type="button"
          className="button button-primary button-small"
          data-testid="memory-save"
          disabled={!source.trim() || !target.trim()}
          onClick={save}
        >
          {labels.save}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => props.onEdit(null)}>
          {labels.cancel}
        </button>
      </span>
    </div>
  )
}
