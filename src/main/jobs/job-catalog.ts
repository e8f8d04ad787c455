/**
 * Every long job, declared once: its name, its argument and result types, whether it writes, and the
 * function that does it on a database connection of its own. The job runner (job-runner.ts) runs
 * these in a worker thread (job-host.ts) and the handlers call them by name; the main thread never
 * runs the work itself (except from sources, where no built worker exists: then in-process).
 */
import type {
  AlignmentView,
  ExchangeImportReport,
  ExportArg,
  ExportReport,
  ImportArg,
  ImportReport,
  MiningSummary
} from '../../shared/models'
import type { CallContext } from '../call-context'
import { indexPendingInSteps, rebuildConcordanceIndex } from '../concordance/index-segments'
import { importCorpusPaths } from '../corpus/import-corpus'
import type { Db } from '../db/open-database'
import { runExport } from '../exchange/export-run'
import { runImport } from '../exchange/import-run'
import { alignDocuments } from '../memory/memory-service'
import { type HandOver, UnitIndex } from '../memory/unit-index'
import { mineWorkspace } from '../mining/mine-workspace'

/** What a job's function gets: its own connection, progress and cancellation, and a way to hand buffers back. */
export interface JobContext {
  db: Db
  call: CallContext
  /** Typed-array buffers in the result, moved (not copied) to the main thread. */
  transfer(buffers: ArrayBuffer[]): void
}

interface JobDef<A, R> {
  /** Whether it takes the workspace's write lock (the main thread's edits queue while it holds it). */
  writes: boolean
  run(ctx: JobContext, arg: A): Promise<R>
}

function job<A, R>(def: JobDef<A, R>): JobDef<A, R> {
  return def
}

export interface ExchangeImportJob extends ImportArg {
  preview?: boolean
  /** After a TMX import: index the new units for the concordance and the fuzzy matcher in the same job. */
  indexAfter?: boolean
}

export const jobCatalog = {
  /** TBX, TMX, CSV, TSV, XLSX into the term base or the memory, one transaction (a preview rolls back). */
  'exchange/import': job({
    writes: true,
    run: async ({ db, call, transfer }, arg: ExchangeImportJob) => {
      const report: ExchangeImportReport = await runImport(db, arg, call, arg.preview ?? false)
      let memory: HandOver | null = null
      if (!arg.preview && arg.indexAfter && report.kind === 'tmx' && report.new > 0) {
        // A cancel here keeps the import; what is left is indexed later, in the background.
        await indexPendingInSteps(db, (done, total) => call.progress(done, total, 'indexing'), call.signal, {
          beforeStep: call.yieldToEdits
        })
        if (!call.signal.aborted) memory = await warmMemory(db, call, transfer)
      }
      return { report, memory }
    }
  }),
  /** The term base (TBX, CSV, TSV, XLSX) or the memory (TMX) to a file. */
  'exchange/export': job({
    writes: false,
    run: async ({ db, call }, arg: ExportArg): Promise<ExportReport> => runExport(db, arg, call)
  }),
  /** Corpus documents from disk, one transaction for the whole call. */
  'corpus/import': job({
    writes: true,
    run: async ({ db, call }, arg: { paths: string[]; names?: Record<string, string> }): Promise<ImportReport> =>
      importCorpusPaths(db, arg.paths, call, { names: arg.names })
  }),
  /** Mines the corpus (itself on mining worker threads) and stores the candidates. */
  'mining/run': job({
    writes: true,
    run: async ({ db, call }, _arg: Record<string, never>): Promise<MiningSummary> => {
      const started = performance.now()
      call.yieldToEdits?.()
      const run = await mineWorkspace(db, call)
      const zh = run.chinese
      return {
        candidates: run.result.candidates.length,
        words: run.result.words,
        documents: run.result.documents,
        kept: run.kept,
        ms: Math.round(performance.now() - started),
        // A workspace of Chinese documents only: the English miner's "nothing to mine" would mislead.
        warnings: [...(zh && run.result.documents === 0 ? [] : run.result.warnings), ...(zh?.result.warnings ?? [])],
        chinese: zh && {
          candidates: zh.result.candidates.length,
          characters: zh.result.words,
          documents: zh.result.documents,
          ms: zh.ms
        },
        mode: run.plan.mode,
        documentsMined: run.documentsMined,
        wordsMined: run.wordsMined,
        notes: run.plan.notes,
        documentsSkipped: run.documentsSkipped
      }
    }
  }),
  /** Indexes what waits in the concordance queue, in steps (new segments and units). */
  'concordance/index': job({
    writes: true,
    run: async ({ db, call }, _arg: Record<string, never>) => ({
      indexed: await indexPendingInSteps(db, (done, total) => call.progress(done, total, 'indexing'), call.signal, {
        beforeStep: call.yieldToEdits
      })
    })
  }),
  /** Drops and rebuilds the concordance index. */
  'concordance/rebuild': job({
    writes: true,
    run: async ({ db, call }, _arg: Record<string, never>) => {
      call.yieldToEdits?.()
      return rebuildConcordanceIndex(db)
    }
  }),
  /** The fuzzy-match index brought up to date from its snapshot and the units, saved, and handed over. */
  'memory/warmUp': job({
    writes: true,
    run: async ({ db, call, transfer }, _arg: Record<string, never>) => warmMemory(db, call, transfer)
  }),
  /** Copies the WAL into the database file (the app's main thread never does: it may take seconds). */
  'workspace/checkpoint': job({
    writes: false,
    run: async ({ db }, _arg: Record<string, never>) => ({ checkpoint: db.pragma('wal_checkpoint(PASSIVE)') })
  }),
  /** Sentence alignment of two documents. */
  'memory/align': job({
    writes: false,
    run: async ({ db }, arg: { enDocumentId: number; zhDocumentId: number }): Promise<AlignmentView> =>
      alignDocuments(db, arg.enDocumentId, arg.zhDocumentId)
  })
}

async function warmMemory(db: Db, call: CallContext, transfer: (b: ArrayBuffer[]) => void): Promise<HandOver> {
  const index = new UnitIndex(() => db)
  await index.warmUp((done, total) => call.progress(done, total, 'indexing-memory'), call.signal)
  const handOver = index.handOver()
  transfer(handOverBuffers(handOver))
  return handOver
}

function handOverBuffers(h: HandOver): ArrayBuffer[] {
  const b = h.base
  const views = [b.ids, b.lengths, b.table.hashes, b.table.start, b.table.postings, b.tokStart, b.tokens]
  return [...new Set(views.map((v) => v.buffer as ArrayBuffer))]
}

export type JobCatalog = typeof jobCatalog
export type JobName = keyof JobCatalog
export type JobArg<K extends JobName> = Parameters<JobCatalog[K]['run']>[1]
export type JobResult<K extends JobName> = Awaited<ReturnType<JobCatalog[K]['run']>>
