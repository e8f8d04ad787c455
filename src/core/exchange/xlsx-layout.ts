/**
 * XLSX uses the same row/column layout as CSV (table-layout.ts); the main side writes/reads the workbook
 * with xlsx-file.ts (the OOXML parts in ooxml-write.ts). Cells are plain strings: written as string cells they cannot become formulas, so no
 * apostrophe guard is applied here (the CSV writer applies it).
 */
import { type ColumnRole, csvRowsToConcepts } from './column-mapping'
import type { ExchangeConcept, WarningSink } from './model'
import { conceptsToTable } from './table-layout'
import { layoutTable } from './table-start'

/** Header row, then one row per concept (a generator: rows stream into the workbook writer). */
export function conceptsToSheet(
  concepts: Iterable<ExchangeConcept>,
  languages: readonly string[]
): Generator<string[]> {
  return conceptsToTable(concepts, languages)
}

export interface SheetReadResult {
  concepts: ExchangeConcept[]
  hasHeader: boolean
  mapping: ColumnRole[]
}

/** Rows as read from the first worksheet (cell values as strings, header row included if present). */
export function sheetToConcepts(
  rows: readonly string[][],
  options: { fileName?: string; onWarning?: WarningSink } = {}
): SheetReadResult {
  const nonEmpty: string[][] = []
  const numbers: number[] = []
  rows.forEach((r, i) => {
    if (r.some((c) => c !== '')) {
      nonEmpty.push([...r])
      numbers.push(i + 1)
    }
  })
  if (nonEmpty.length === 0) return { concepts: [], hasHeader: false, mapping: [] }
  const table = layoutTable(nonEmpty, numbers, options.fileName ?? '')
  table.warnings.forEach((w) => options.onWarning?.(w))
  const concepts = csvRowsToConcepts(table.rows, table.mapping, {
    fileName: options.fileName,
    firstLine: table.lines[0] ?? 1,
    lines: table.lines,
    onWarning: options.onWarning,
    cellLists: table.hasHeader
  })
  return { concepts, hasHeader: table.hasHeader, mapping: table.mapping }
}
