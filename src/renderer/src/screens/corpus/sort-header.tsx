import { type DocumentSort, type DocumentSortKey, nextSort } from './sort-documents'

/** A column title that sorts the table by its column; a second click reverses the order. */
export function SortHeader(props: {
  sort: DocumentSort
  column: DocumentSortKey
  label: string
  numeric?: boolean
  onSort: (sort: DocumentSort) => void
}) {
  const { sort, column, label, numeric = false, onSort } = props
  const active = sort.key === column
  // Numeric columns are right-aligned, so their arrow goes first to keep labels over the digits.
  const mark = (
    <span className="sort-mark" aria-hidden="true">
      {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
    </span>
  )
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column))}>
        {numeric && mark}
        {label}
        {!numeric && mark}
      </button>
    </th>
  )
}
