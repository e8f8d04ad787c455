/**
 * `exchange/export`: the term base as TBX v3 / TBX v2 / CSV / OmegaT TSV / XLSX (interchange or readable
 * layout) / printable HTML glossary, or the memory as TMX, streamed from SQLite batches through the core
 * serialisers into the file.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { setImmediate } from 'node:timers/promises'

import {
  conceptsToSheet,
  type ExchangeConcept,
  serializeCsv,
  serializeOmegatTsv,
  serializeTbx2,
  serializeTbx3,
  serializeTmx
} from '../../core/exchange'
import { serializeGlossaryHtml } from '../../core/exchange/glossary-html'
import { glossaryEntry, READABLE_COLUMNS, readableRow, sortGlossary } from '../../core/exchange/glossary-view'
import type { ExportArg, ExportReport, XlsxLayout } from '../../shared/models'
import { ApiError } from '../api-error'
import { type CallContext } from '../call-context'
import type { Db } from '../db/open-database'
import { withBigCache } from './lang-cache'
import { conceptLanguages, countConcepts, countUnits, readConcepts, readUnits } from './read-workspace'
import { writeChunks } from './write-chunks'
import { type SheetOut, writeXlsx } from './xlsx-file'

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
      bytes = await exportXlsx(
        path,
        concepts,
        conceptLanguages(db, arg.filter),
        arg.layout ?? 'interchange',
        call.signal
      )
      break
    case 'html': {
      const date = new Date().toISOString().slice(0, 10)
      const html = serializeGlossaryHtml(concepts, { ...arg.glossary, date })
      bytes = await writeChunks(path, html, { signal: call.signal })
      break
    }
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

/**
 * The workbook: the interchange layout (the CSV's columns, which the importer reads back) or the
 * readable one (a row per concept for people: head term, Chinese, status, other terms, definition,
 * example, sorted by head term, text wrapped). Both freeze and filter the header row.
 */
async function exportXlsx(
  path: string,
  concepts: Iterable<ExchangeConcept>,
  languages: string[],
  layout: XlsxLayout,
  signal: AbortSignal
): Promise<number> {
  let sheet: SheetOut
  if (layout === 'readable') {
    const entries = sortGlossary(
      [...concepts].map((c) => glossaryEntry(c)),
      'alphabetical'
    )
    sheet = {
      name: 'Glossary',
      header: true,
      autoFilter: true,
      wrap: true,
      widths: READABLE_COLUMNS.map(([, w]) => w),
      rows: [READABLE_COLUMNS.map(([name]) => name), ...entries.map(readableRow)]
    }
  } else {
    const rows = conceptsToSheet(concepts, languages)
    sheet = { name: 'Glossary', header: true, autoFilter: true, widths: [], rows }
  }
  return writeXlsx(path, [sheet], async (n) => {
    if (n % PROGRESS_EVERY !== 0) return
    if (signal.aborted) throw new ApiError('cancelled', 'Export cancelled', { key: 'exchange.exportCancelled' })
    // Let progress events and a cancel request through.
    await setImmediate()
  })
}
