/**
 * CSV/TSV/XLSX glossaries → concepts, with the column-mapping step: the mapping is guessed from the
 * header (core column-mapping.ts) unless the caller passes one (the UI lets the user correct the guess).
 * Tables are read whole (limited in input-file.ts); bytes are decoded like corpus text files
 * (UTF-8 with or without BOM, UTF-16, GB18030, Big5).
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import ExcelJS from 'exceljs'
import { csvRowsToConcepts, guessMapping, parseCsv, type ColumnRole, type ExchangeConcept,
  type FormatWarning } from '../../core/formats'
import type { ColumnMapping } from '../../shared/models'
import { decodeText } from '../corpus/decode-text'
import { ApiError } from '../handlers/types'

export interface TableRead {
  concepts: ExchangeConcept[]
  columns: string[]
  mapping: ColumnMapping[]
}

export function readCsvTable(path: string, tsv: boolean, mapping: ColumnMapping[] | undefined,
  onWarning: (w: FormatWarning) => void): TableRead {
  const name = basename(path)
  const { text } = decodeText(path, name, readFileSync(path))
  const result = parseCsv(text, { fileName: name, separator: tsv ? '\t' : 'auto' })
  result.warnings.forEach(onWarning)
  const used = (mapping as ColumnRole[] | undefined) ?? result.mapping
  const concepts = csvRowsToConcepts(result.rows, used, { fileName: name, firstLine: result.lines[0] ?? 1, onWarning })
  return { concepts, columns: result.hasHeader ? result.header : (result.rows[0] ?? []), mapping: used as ColumnMapping[] }
}

export async function readXlsxTable(path: string, mapping: ColumnMapping[] | undefined,
  onWarning: (w: FormatWarning) => void): Promise<TableRead> {
  const name = basename(path)
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.readFile(path)
  } catch (error) {
    const reason = (error as Error).message
    throw new ApiError('bad-input', `${name} is not a readable XLSX workbook: ${reason}`,
      { file: path, key: 'exchange.xlsx.unreadable', params: { name, reason } })
  }
  const sheet = wb.worksheets[0]
  const rows: string[][] = []
  const lines: number[] = []
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell)
    })
    for (let i = 0; i < cells.length; i++) cells[i] ??= ''
    if (cells.some((c) => c !== '')) {
      rows.push(cells)
      lines.push(rowNumber)
    }
  })
  if (rows.length === 0) return { concepts: [], columns: [], mapping: [] }
  const guess = guessMapping(rows[0])
  const data = guess.hasHeader ? rows.slice(1) : rows
  const used = (mapping as ColumnRole[] | undefined) ?? guess.mapping
  const concepts = csvRowsToConcepts(data, used, { fileName: name, firstLine: lines[guess.hasHeader ? 1 : 0] ?? 1,
    onWarning })
  return { concepts, columns: rows[0], mapping: used as ColumnMapping[] }
}

/** A cell as the string the user sees (rich text joined, formulas by their result, dates as ISO). */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (v instanceof Date) return v.toISOString()
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('')
  if (typeof v === 'object' && 'result' in v) return v.result === undefined ? '' : String(v.result)
  return cell.text
}
