/**
 * `exchange/preview` and `exchange/import` for TBX (v2/v3), TMX, CSV, TSV and XLSX.
 *
 * One transaction for the whole file: BEGIN IMMEDIATE, concepts/units written (in batches) as they are parsed,
 * COMMIT at the end — or ROLLBACK on any error, leaving the workspace exactly as before. A preview runs
 * the very same code and always rolls back, so its counts are the ones the import will report.
 *
 * It runs as a job (jobs/job-catalog.ts): in a worker thread with a connection of its own, so the main
 * thread keeps answering while it writes, and edits made meanwhile queue until it commits. TBX and TMX
 * are parsed in yet another worker when the built worker is there (parse-in-worker.ts: the parse and
 * the inserts overlap on two cores) and their entries taken synchronously; otherwise (tests, tsx) the
 * XML chunks are read synchronously (input-file.ts), so the parser's async generator only ever waits on
 * microtasks and no other request can run on this connection half-way. A cancel is seen every
 * PROGRESS_EVERY entries and rolls the whole import back: a cancelled import leaves nothing.
 */
import { basename, resolve } from 'node:path'

import { type ExchangeConcept, type ExchangeUnit, type FormatWarning, parseTbx, parseTmx } from '../../core/exchange'
import type { ExchangeImportReport, ExchangeKind, ImportArg, ImportWarningText } from '../../shared/models'
import { ApiError } from '../api-error'
import { type CallContext } from '../call-context'
import type { Db } from '../db/open-database'
import { inWriteTransaction } from '../db/write-lock'
import { builtWorkerFile } from '../jobs/worker-file'
import { startBulkLoad } from './bulk-load'
import { ConceptImporter, type ImportCounts } from './import-concepts'
import { recordImport } from './import-history'
import { UnitImporter } from './import-units'
import { checkSize, exchangeKind, readTextChunks } from './input-file'
import { withBigCache } from './lang-cache'
import { canWaitSynchronously, parseInWorker } from './parse-in-worker'
import { readCsvTable, readXlsxTable, type TableRead } from './read-table'

const MAX_WARNINGS = 200
const PROGRESS_EVERY = 1000

/** Thrown to roll a preview back; never escapes. */
class PreviewDone extends Error {}

export async function runImport(
  db: Db,
  arg: ImportArg,
  call: CallContext,
  preview: boolean
): Promise<ExchangeImportReport> {
  return withBigCache(db, () => importFile(db, arg, call, preview))
}

async function importFile(db: Db, arg: ImportArg, call: CallContext, preview: boolean): Promise<ExchangeImportReport> {
  const path = resolve(arg.path)
  const file = basename(path)
  const kind = exchangeKind(path)
  if (!kind) {
    throw new ApiError('bad-input', `${file}: not a TBX, TMX, CSV, TSV or XLSX file (by its extension or XML root)`, {
      file: path,
      key: 'exchange.file.unsupported',
      params: { name: file }
    })
  }
  checkSize(path, kind)
  // Each warning twice: the English text (CLI, logs) and, beside it, the key and parameters the UI says.
  const warnings: string[] = []
  const warningTexts: (ImportWarningText | null)[] = []
  let dropped = 0
  const say = (message: string, text: ImportWarningText | null): void => {
    if (warnings.length >= MAX_WARNINGS) return void dropped++
    warnings.push(message)
    warningTexts.push(text)
  }
  const warn = (message: string, key: string, params: Record<string, string | number> = {}): void =>
    say(message, { key, params })
  // Entries the parser itself skips (a tu with one language) are rejected entries too.
  let parserRejected = 0
  const onWarning = (w: FormatWarning): void => {
    if (w.key === 'oneLanguageTu') parserRejected++
    const text: ImportWarningText | null = w.key ? { key: w.key, params: w.params ?? {} } : null
    if (text && w.line) Object.assign(text, { file: w.file, line: w.line })
    say(w.line ? `${w.file}:${w.line}: ${w.message}` : w.message, text)
  }

  // Tables are read (and their errors raised) before the transaction starts.
  let table: TableRead | null = null
  if (kind === 'csv' || kind === 'tsv') table = readCsvTable(path, kind === 'tsv', arg.mapping, onWarning)
  else if (kind === 'xlsx') table = await readXlsxTable(path, arg.mapping, onWarning)

  if (call.signal.aborted) throw new ApiError('cancelled', 'Import cancelled', { key: 'exchange.importCancelled' })
  if (db.inTransaction) {
    throw new ApiError('conflict', 'Another change to the workspace is in progress; try again', {
      key: 'exchange.busy'
    })
  }
  const stamp = new Date().toISOString()
  let counts: ImportCounts = { new: 0, merged: 0, conflicting: 0, rejected: 0, duplicates: 0 }
  let historyId: number | undefined
  let listed: Pick<ConceptImporter, 'proposals' | 'conflicts'> | null = null
  const cancelled = (): void => {
    if (call.signal.aborted) throw new ApiError('cancelled', 'Import cancelled', { key: 'exchange.importCancelled' })
  }
  const write = async (): Promise<void> => {
    if (kind === 'tmx') {
      const importer = new UnitImporter(db, file, stamp, warn)
      let n = 0
      for await (const unit of xmlEntries<ExchangeUnit>('tmx', path, file, onWarning)) {
        importer.add(unit)
        if (++n % PROGRESS_EVERY === 0) {
          call.progress(n, 0, 'units')
          cancelled()
        }
      }
      importer.finish()
      counts = { ...importer.counts, rejected: importer.counts.rejected + parserRejected }
      if (!preview && importer.created) {
        historyId = recordImport(
          db,
          file,
          { concepts: null, units: importer.created, merged: { concepts: {}, candidates: {} } },
          { merged: { concepts: {}, candidates: {} } }
        )
      }
    } else {
      const importer = new ConceptImporter(db, stamp, warn, arg.answers)
      listed = importer
      const bulk = preview ? null : startBulkLoad(db)
      let n = 0
      const concepts = table ? table.concepts : xmlEntries<ExchangeConcept>('tbx', path, file, onWarning)
      for await (const concept of concepts) {
        importer.add(concept)
        if (++n % PROGRESS_EVERY === 0) {
          call.progress(n, table?.concepts.length ?? 0, 'concepts')
          cancelled()
        }
      }
      importer.finish()
      bulk?.finish([...importer.mergedInto])
      if (n === 0) {
        // A preview says so (the column mapping may be what to change); an import fails: nothing was imported.
        if (!preview) {
          throw new ApiError('bad-input', `${file}: no entries found`, {
            file: path,
            key: 'exchange.noEntries',
            params: { name: file }
          })
        }
        warn(`${file}: no entries found`, 'noEntries', { name: file })
      }
      counts = importer.counts
      const merged = Object.keys(importer.before.concepts).length > 0
      if (!preview && (importer.created || merged)) {
        historyId = recordImport(
          db,
          file,
          { concepts: importer.created, units: null, merged: importer.before },
          { merged: importer.afterState() }
        )
      }
    }
    cancelled()
    if (preview) throw new PreviewDone()
  }
  try {
    // Waits (saying for whom) while another process or job holds the write lock; commits at the end.
    await inWriteTransaction(db, call, `${preview ? 'previewing' : 'importing'} ${file}`, write)
  } catch (error) {
    if (!(error instanceof PreviewDone)) throw error
  }
  if (dropped) {
    warnings.push(`… and ${dropped} more warnings`)
    warningTexts.push({ key: 'more', params: { count: dropped } })
  }
  const report: ExchangeImportReport = { file: path, kind: kind as ExchangeKind, ...counts, warnings, warningTexts }
  if (table) {
    report.columns = table.columns
    report.mapping = table.mapping
  }
  if (historyId !== undefined) report.historyId = historyId
  // Set inside write(): the compiler cannot see that it ran.
  const read = listed as Pick<ConceptImporter, 'proposals' | 'conflicts'> | null
  if (read) {
    report.proposals = read.proposals
    report.conflicts = read.conflicts
  }
  return report
}

/** The entries of a TBX/TMX file: parsed in the worker thread when there is one, else in-process. */
function xmlEntries<T extends ExchangeConcept | ExchangeUnit>(
  format: 'tbx' | 'tmx',
  path: string,
  file: string,
  onWarning: (w: FormatWarning) => void
): Iterable<T> | AsyncIterable<T> {
  const worker = builtWorkerFile()
  if (worker && canWaitSynchronously()) return parseInWorker<T>(worker, format, path, file, onWarning)
  const chunks = readTextChunks(path, file)
  return (
    format === 'tbx' ? parseTbx(chunks, file, { onWarning }) : parseTmx(chunks, file, { onWarning })
  ) as AsyncIterable<T>
}
