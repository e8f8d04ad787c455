/**
 * `exchange/export`: the term base as TBX v3 / TBX v2 / CSV / OmegaT TSV / XLSX, or the memory as TMX,
 * streamed from SQLite batches through the core serialisers into the file.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { setImmediate } from 'node:timers/promises'

import ExcelJS from 'exceljs'

import {
  conceptsToSheet,
  type ExchangeConcept,
  serializeCsv,
  serializeOmegatTsv,
  serializeTbx2,
  serializeTbx3,
  serializeTmx
} from '../../core/exchange'
import type { ExportArg, ExportReport } from '../../shared/models'
import { ApiError } from '../api-error'
import { type CallContext } from '../call-context'
import type { Db } from '../db/open-database'
import { withBigCache } from './lang-cache'
import { conceptLanguages, countConcepts, countUnits, readConcepts, readUnits } from './read-workspace'
import { writeChunks } from './write-chunks'

const PROGRESS_EVERY = 1000

export async function runExport(db: Db, arg: ExportArg, call: CallContext): Promise<ExportReport> {
  return withBigCache(db, () => exportTo(db, arg, call))
}

async function exportTo(db: Db, arg: ExportArg, call: CallContext): Promise<ExportReport> {
  const path = resolve(arg.path)
  // Never replace a file the user did not agree to lose (the UI asks, then sends overwrite: true).
  if (!arg.overwrite && existsSync(path)) {
    throw new ApiError('conflict', `${path} already exists`, { key: 'exchange.fileExists', params: { file: path } })
  }
  if (arg.format === 'tmx') {
    const total = countUnits(db)
    let done = 0
    const units = serializeTmx(
      counted(readUnits(db), () => tick(++done, total, call)),
      { creationDate: new Date().toISOString() }
    )
    const bytes = await writeChunks(path, units, { signal: call.signal })
    call.progress(total, total)
    return { path, format: arg.format, units: done, bytes }
  }
  const total = countConcepts(db, arg.filter)
  let done = 0
  const concepts = counted(readConcepts(db, arg.filter), () => tick(++done, total, call))
  let bytes: number
  switch (arg.format) {
    case 'tbx':
      bytes = await writeChunks(path, serializeTbx3(concepts, meta()), { signal: call.signal })
      break
    case 'tbx2':
      bytes = await writeChunks(path, serializeTbx2(concepts, meta()), { signal: call.signal })
      break
    case 'csv':
      bytes = await writeChunks(path, serializeCsv(concepts, { languages: conceptLanguages(db, arg.filter) }), {
        signal: call.signal
      })
      break
    case 'tsv':
      bytes = await writeChunks(path, serializeOmegatTsv(concepts), { signal: call.signal })
      break
    case 'xlsx':
      bytes = await writeXlsx(path, concepts, conceptLanguages(db, arg.filter), call.signal)
      break
  }
  call.progress(total, total)
  return { path, format: arg.format, concepts: done, bytes }
}

function meta() {
  return { title: 'Shuyu term base', sourceDesc: `Exported from Shuyu on ${new Date().toISOString().slice(0, 10)}.` }
}

function* counted<T>(items: Iterable<T>, onItem: () => void): Generator<T> {
  for (const item of items) {
    onItem()
    yield item
  }
}

function tick(done: number, total: number, call: CallContext): void {
  if (done % PROGRESS_EVERY === 0) call.progress(done, total)
}

/** exceljs' streaming writer: rows are committed (flushed to the zip) one by one. */
async function writeXlsx(
  path: string,
  concepts: Iterable<ExchangeConcept>,
  languages: string[],
  signal: AbortSignal
): Promise<number> {
  const temp = `${path}.part`
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: false, useStyles: false })
    const sheet = wb.addWorksheet('Glossary')
    let n = 0
    for (const row of conceptsToSheet(concepts, languages)) {
      sheet.addRow(row).commit()
      if (++n % PROGRESS_EVERY === 0) {
        if (signal.aborted) {
          throw new ApiError('cancelled', 'Export cancelled', { key: 'exchange.exportCancelled' })
        }
        // Let the zip stream flush what the rows produced.
        await setImmediate()
      }
    }
    sheet.commit()
    await wb.commit()
    renameSync(temp, path)
    return statSync(path).size
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
