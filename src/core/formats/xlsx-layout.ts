/**
 * XLSX uses the same row/column layout as CSV (table-layout.ts); the main side writes/reads the workbook
 * with exceljs. Cells are plain strings: written as string cells they cannot become formulas, so no
 * apostrophe guard is applied here (the CSV writer applies it).
 */
import { csvRowsToConcepts, guessMapping, type ColumnRole } from './column-mapping'
import type { ExchangeConcept, WarningSink } from './model'
import { conceptsToTable } from './table-layout'

/** Header row, then one row per concept (a generator: stream rows into exceljs' streaming writer). */
export function conceptsToSheet(concepts: Iterable<ExchangeConcept>, languages: readonly string[])
  : Generator<string[]> {
  return conceptsToTable(concepts, languages)
}

export interface SheetReadResult {
  concepts: ExchangeConcept[]
  hasHeader: boolean
  mapping: ColumnRole[]
}

/** Rows as read from the first worksheet (cell values as strings, header row included if present). */
export function sheetToConcepts(rows: readonly string[][], options: { fileName?: string; onWarning?: WarningSink } = {})
  : SheetReadResult {
  const nonEmpty = rows.filter((r) => r.some((c) => c !== ''))
  if (nonEmpty.length === 0) return { concepts: [], hasHeader: false, mapping: [] }
  const guess = guessMapping(nonEmpty[0])
  const data = guess.hasHeader ? nonEmpty.slice(1) : nonEmpty
  const concepts = csvRowsToConcepts(data, guess.mapping, {
    fileName: options.fileName, firstLine: guess.hasHeader ? 2 : 1, onWarning: options.onWarning
  })
  return { concepts, hasHeader: guess.hasHeader, mapping: guess.mapping }
}
