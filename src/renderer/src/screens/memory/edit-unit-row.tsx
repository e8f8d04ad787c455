import { type KeyboardEvent, useState } from 'react'

import type { RowProps } from './unit-row'

/** Inline edit of both sides: Enter saves, Escape cancels. */
export function EditUnitRow(props: RowProps) {
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
