/**
 * CSV/TSV/XLSX glossaries → concepts, with the column-mapping step: the mapping is guessed from the
 * header (core column-mapping.ts) unless the caller passes one (the UI lets the user correct the guess).
 * Tables are read whole (limited in input-file.ts); bytes are decoded like corpus text files
 * (corpus/decode-text.ts: UTF-8 with or without BOM, UTF-16, GB18030/GBK, Big5, Shift-JIS, Latin-1).
 * A title above the table is skipped (core table-start.ts); a table without data rows is an error.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

import {
  type ColumnRole,
  csvRowsToConcepts,
  type ExchangeConcept,
  type FormatWarning,
  parseCsv
} from '../../core/exchange'
import { layoutTable } from '../../core/exchange/table-start'
import type { ColumnMapping } from '../../shared/models'
import { ApiError } from '../api-error'
import { decodeText } from '../corpus/decode-text'
import { formatBytes } from '../corpus/format-bytes'
import { MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, ZipCheckError } from '../corpus/zip-check'
import { readXlsxRows, XlsxDamagedError } from './xlsx-file'

export interface TableRead {
  concepts: ExchangeConcept[]
  columns: string[]
  mapping: ColumnMapping[]
}

export function readCsvTable(
  path: string,
  tsv: boolean,
  mapping: ColumnMapping[] | undefined,
  onWarning: (w: FormatWarning) => void
): TableRead {
  const name = basename(path)
  const { text } = decodeText(path, name, readFileSync(path))
  const result = parseCsv(text, { fileName: name, separator: tsv ? '\t' : 'auto' })
  result.warnings.forEach(onWarning)
  if (result.rows.length === 0) throw noRows(path, name, result.hasHeader)
  const used = (mapping as ColumnRole[] | undefined) ?? result.mapping
  const concepts = csvRowsToConcepts(result.rows, used, {
    fileName: name,
    firstLine: result.lines[0] ?? 1,
    lines: result.lines,
    onWarning,
    cellLists: result.hasHeader
  })
  return {
    concepts,
    columns: result.hasHeader ? result.header : (result.rows[0] ?? []),
    mapping: used as ColumnMapping[]
  }
}

export async function readXlsxTable(
  path: string,
  mapping: ColumnMapping[] | undefined,
  onWarning: (w: FormatWarning) => void
): Promise<TableRead> {
  const name = basename(path)
  const sheet = await loadSheet(path, name)
  const records = sheet.map((r) => r.cells)
  const numbers = sheet.map((r) => r.number)
  // A sheet stores no trailing empty cells: a row is as wide as the widest one (no "ragged row" warning).
  const width = records.reduce((m, r) => Math.max(m, r.length), 0)
  for (const r of records) while (r.length < width) r.push('')
  const table = layoutTable(records, numbers, name)
  table.warnings.forEach(onWarning)
  if (table.rows.length === 0) throw noRows(path, name, table.hasHeader)
  const used = (mapping as ColumnRole[] | undefined) ?? table.mapping
  const concepts = csvRowsToConcepts(table.rows, used, {
    fileName: name,
    firstLine: table.lines[0] ?? 1,
    lines: table.lines,
    onWarning,
    cellLists: table.hasHeader
  })
  return { concepts, columns: table.hasHeader ? table.header : table.rows[0], mapping: used as ColumnMapping[] }
}

/** The first sheet's non-empty rows as text cells, each with its row number (also bilingual tables, qa). */
export async function readXlsxRecords(path: string): Promise<{ records: string[][]; numbers: number[] }> {
  const sheet = await loadSheet(path, basename(path))
  return { records: sheet.map((r) => r.cells), numbers: sheet.map((r) => r.number) }
}

/**
 * The first worksheet's rows, the ZIP checked first (zip-check.ts: no part may unpack to more than
 * 64 MiB). A damaged archive or workbook is told as such, by a key the UI translates.
 */
async function loadSheet(path: string, name: string): ReturnType<typeof readXlsxRows> {
  try {
    return await readXlsxRows(readFileSync(path))
  } catch (error) {
    if (error instanceof ZipCheckError) throw zipError(path, name, error)
    if (error instanceof XlsxDamagedError) {
      throw new ApiError(
        'bad-input',
        `${name} is not a readable XLSX workbook: it is damaged (cut short, or not ` +
          'saved by a spreadsheet program)',
        { file: path, key: 'exchange.xlsx.damaged', params: { name } }
      )
    }
    throw error
  }
}

function zipError(path: string, name: string, error: ZipCheckError): ApiError {
  if (error.problem === 'notZip') {
    return new ApiError(
      'bad-input',
      `${name} is not an XLSX workbook: it is not a ZIP archive (an old .xls, or ` + 'another kind of file renamed?)',
      { file: path, key: 'exchange.xlsx.notZip', params: { name } }
    )
  }
  if (error.problem === 'damaged') {
    return new ApiError(
      'bad-input',
      `${name} is not a readable XLSX workbook: it is damaged (cut short, or not ` + 'saved by a spreadsheet program)',
      { file: path, key: 'exchange.xlsx.damaged', params: { name } }
    )
  }
  if (error.problem === 'totalTooLarge') {
    const limit = formatBytes(MAX_TOTAL_BYTES)
    return new ApiError(
      'bad-input',
      `${name} unpacks to more than the ${limit} limit in all; the file was not ` + 'read (damaged, or a zip bomb)',
      { file: path, key: 'exchange.xlsx.totalTooLarge', params: { name, limit } }
    )
  }
  const limit = formatBytes(MAX_ENTRY_BYTES)
  const entry = error.entry ?? ''
  return new ApiError(
    'bad-input',
    `${name}: ${entry} inside it unpacks to more than the ${limit} limit; the ` +
      'file was not read (damaged, or a zip bomb)',
    { file: path, key: 'exchange.xlsx.entryTooLarge', params: { name, entry, limit } }
  )
}

/** A table with no data rows: an error, not a silent "0 new" (a header alone, a title alone). */
function noRows(path: string, name: string, hasHeader: boolean): ApiError {
  return hasHeader
    ? new ApiError('bad-input', `${name} has a header row but no rows of terms below it`, {
        file: path,
        key: 'exchange.table.headerOnly',
        params: { name }
      })
    : new ApiError('bad-input', `${name} holds no table of terms`, {
        file: path,
        key: 'exchange.table.noRows',
        params: { name }
      })
}
