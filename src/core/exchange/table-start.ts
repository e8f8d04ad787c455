/**
 * Where the table of a CSV/TSV/XLSX glossary starts. Hand-made files often carry a title or a note
 * above the table ("My glossary", "Compiled 2024-03"); taken as the header, a one-cell title made the
 * whole file a one-column table and every Chinese term was dropped. Leading rows are skipped (and
 * reported) when they have fewer filled cells than the table's typical row, or when they stand above
 * a recognised header row that is wider than each of them. Then the header is guessed from the first
 * remaining row (column-mapping.ts).
 */
import { type ColumnRole, guessMapping } from './column-mapping'
import type { FormatWarning } from './model'

export interface TableLayout {
  /** Whether the first table row was recognised as a header. */
  hasHeader: boolean
  header: string[]
  /** Data rows (header and skipped rows excluded). */
  rows: string[][]
  /** 1-based line (CSV) or row number (XLSX) of each data row. */
  lines: number[]
  mapping: ColumnRole[]
  /** The skipped rows above the table, and rows whose width differs from the header's. */
  warnings: FormatWarning[]
}

/** Leading rows looked at for a title or notes above the table. */
const MAX_LEADING = 10
/** Rows sampled for the typical width and for the column languages. */
const SAMPLE_ROWS = 200

export function layoutTable(records: readonly string[][], lines: readonly number[], file: string): TableLayout {
  const warnings: FormatWarning[] = []
  const start = tableStart(records)
  for (let i = 0; i < start; i++) {
    const text = records[i]
      .filter((c) => c.trim() !== '')
      .join(' ')
      .trim()
    if (text === '') continue
    const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text
    warnings.push({
      file,
      line: lines[i],
      key: 'rowBeforeTable',
      params: { text: shown },
      message: `"${shown}" skipped: it stands above the table (fewer cells than the rows below)`
    })
  }
  const table = records.slice(start)
  const tableLines = lines.slice(start)
  if (table.length === 0) return { hasHeader: false, header: [], rows: [], lines: [], mapping: [], warnings }
  const guess = guessMapping(table[0], table.slice(1, SAMPLE_ROWS))
  const rows = guess.hasHeader ? table.slice(1) : table
  const rowLines = guess.hasHeader ? tableLines.slice(1) : tableLines
  const width = guess.hasHeader ? table[0].length : Math.max(...table.map((r) => r.length))
  rows.forEach((r, i) => {
    if (r.length !== width) {
      warnings.push({
        file,
        line: rowLines[i],
        message: `row has ${r.length} cells, header has ${width}`,
        key: 'raggedRow',
        params: { cells: r.length, width }
      })
    }
  })
  return {
    hasHeader: guess.hasHeader,
    header: guess.hasHeader ? table[0] : [],
    rows,
    lines: rowLines,
    mapping: guess.mapping,
    warnings
  }
}

/** Index of the header (or first data) row. */
export function tableStart(records: readonly string[][]): number {
  const leading = Math.min(MAX_LEADING, records.length - 1)
  const filled = records.slice(0, SAMPLE_ROWS).map(filledCells)
  // A recognised header below narrower rows: those are notes above it.
  for (let j = 1; j <= leading; j++) {
    if (filled.slice(0, j).every((n) => n < filled[j]) && guessMapping(records[j]).hasHeader) return j
  }
  const typical = typicalWidth(filled)
  if (typical < 2) return 0
  let start = 0
  while (start < leading && filled[start] < typical && !guessMapping(records[start]).hasHeader) start++
  return start
}

function filledCells(row: readonly string[]): number {
  let n = 0
  for (const cell of row) if (cell.trim() !== '') n++
  return n
}

/** The most common number of filled cells (the larger on a tie). */
function typicalWidth(filled: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const n of filled) counts.set(n, (counts.get(n) ?? 0) + 1)
  let best = 0
  let bestCount = 0
  for (const [n, count] of counts) {
    if (count > bestCount || (count === bestCount && n > best)) {
      best = n
      bestCount = count
    }
  }
  return best
}
