import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

import { mineDocuments } from '../../core/mining'
import type { CorpusStats } from '../../core/mining/stats'
import { type MineResult, MiningCancelled, type MiningDocument } from '../../core/mining/types'
import { ApiError } from '../api-error'
import { type CallContext } from '../call-context'
import { builtWorkerFile } from '../jobs/worker-file'
import { type FinishPlan, mergeAndRank, saveMerged, StaleSnapshot } from './finish-run'
import { loadReference, referenceFile } from './load-reference'
import {
  anyStatsBuffers,
  type MineChineseChunkRequest,
  type MineChunkRequest,
  type MinerMessage
} from './miner-protocol'
import { splitDocuments } from './split-documents'

/** Below this much text a second worker costs more (start-up, its own reference table) than it saves. */
export const PARALLEL_MIN_CHARS = 1_000_000

export interface MinerOptions extends FinishPlan {
  /** Chunks to split the documents into; default: one per core (at most 2), one for small corpora. */
  chunks?: number
  /** Test seams: mine on the calling thread even when the built worker exists; another worker bundle. */
  inProcess?: boolean
  workerFile?: string
}

export interface MinerRun {
  result: MineResult
  /** Words mined by this run (the rest came from the earlier run's snapshot). */
  minedWords: number
  /** Settles once the merged stats are on disk (false when not asked to save, or the write failed). */
  saved: Promise<boolean>
}

export function defaultChunks(docs: MiningDocument[]): number {
  let chars = 0
  for (const d of docs) for (const s of d.segments) chars += s.text.length
  return chars < PARALLEL_MIN_CHARS ? 1 : Math.max(1, Math.min(2, availableParallelism()))
}

/** Mines documents and ranks the corpus (for callers that neither merge a snapshot nor save one). */
export async function runMiner(docs: MiningDocument[], call: CallContext): Promise<MineResult> {
  return (await runMining(docs, call)).result
}

/**
 * Mines off the main thread so the window and the other requests stay responsive: the documents are cut
 * into contiguous chunks, one worker each; the first worker merges (after the snapshot, when re-mining
 * incrementally), ranks and saves. Progress is the workers' sum; `workspace/cancelJob` terminates them all.
 */
export function runMining(docs: MiningDocument[], call: CallContext, opts: MinerOptions = {}): Promise<MinerRun> {
  const chunks = splitDocuments(docs, opts.chunks ?? defaultChunks(docs))
  const file = opts.workerFile ?? builtWorkerFile()
  if (opts.inProcess || !file || !existsSync(file)) return runInProcess(chunks, call, opts)
  const plan: FinishPlan = { base: opts.base, save: opts.save }
  return runWorkers(file, chunks, call, plan, (index): MineChunkRequest => ({
    kind: 'mine',
    docs: chunks[index],
    referenceFile: referenceFile(),
    lead: index === 0 ? { chunks: chunks.length, plan } : undefined
  }))
}

export function totalChars(chunks: MiningDocument[][]): number[] {
  return chunks.map((docs) => docs.reduce((a, d) => a + d.segments.reduce((b, s) => b + s.text.length, 0), 0))
}

/**
 * The worker pool of either miner: one worker per chunk, each sent `request(index)`; progress summed, the
 * others' stats handed to worker 0, its result answered; with `plan.save`, settled when it has saved.
 */
export function runWorkers(
  file: string,
  chunks: MiningDocument[][],
  call: CallContext,
  plan: FinishPlan,
  request: (index: number) => MineChunkRequest | MineChineseChunkRequest
): Promise<MinerRun> {
  const total = totalChars(chunks).reduce((a, b) => a + b, 0)
  const done = chunks.map(() => 0)
  const workers = chunks.map(() => new Worker(file, { workerData: { kind: 'mine' } }))
  // Workers let go on purpose (their stats handed on): their exit is no failure.
  const released = chunks.map(() => false)
  let resolveSaved: (ok: boolean) => void = () => {}
  const saved = new Promise<boolean>((resolve) => (resolveSaved = resolve))
  return new Promise<MinerRun>((resolve, reject) => {
    let settled = false
    const stopAll = () => {
      call.signal.removeEventListener('abort', onAbort)
      for (const w of workers) void w.terminate()
      resolveSaved(false)
    }
    const failWith = (error: Error) => {
      if (!settled) {
        settled = true
        reject(error)
      }
      stopAll()
    }
    const onAbort = () => failWith(new ApiError('cancelled', 'Mining cancelled'))
    call.signal.addEventListener('abort', onAbort, { once: true })
    workers.forEach((worker, index) => {
      worker.on('message', (message: MinerMessage) => {
        switch (message.type) {
          case 'progress':
            done[index] = message.done
            call.progress(
              done.reduce((a, b) => a + b, 0),
              total,
              'mining'
            )
            break
          case 'stats':
            // Another chunk is done: hand its stats to the leader (a transfer: no copy) and let this one go.
            workers[0].postMessage({ kind: 'part', index, stats: message.stats }, anyStatsBuffers(message.stats))
            released[index] = true
            void worker.terminate()
            break
          case 'ranking':
            call.progress(total, total, 'ranking')
            break
          case 'result':
            settled = true
            resolve({ result: message.result, minedWords: message.minedWords, saved })
            if (!plan.save) stopAll()
            break
          case 'saved':
            resolveSaved(message.ok)
            stopAll()
            break
          case 'error':
            failWith(message.stale ? new StaleSnapshot() : new ApiError('internal', message.message))
        }
      })
      worker.on('error', (error) => failWith(error))
      worker.on('exit', (code) => {
        if (!settled && !released[index] && code !== 0)
          failWith(new ApiError('internal', `Mining worker stopped (exit code ${code})`))
      })
    })
    workers.forEach((worker, index) => worker.postMessage(request(index)))
  })
}

/** The same steps on the calling thread (tests, and runs from sources where no built worker exists). */
async function runInProcess(chunks: MiningDocument[][], call: CallContext, opts: MinerOptions): Promise<MinerRun> {
  const reference = loadReference()
  const sizes = totalChars(chunks)
  const total = sizes.reduce((a, b) => a + b, 0)
  const isCancelled = () => call.signal.aborted
  try {
    const parts: CorpusStats[] = []
    let base = 0
    for (let i = 0; i < chunks.length; i++) {
      parts.push(
        mineDocuments(chunks[i], {
          reference,
          isCancelled,
          onProgress: (done) => call.progress(base + done, total, 'mining')
        })
      )
      base += sizes[i]
    }
    call.progress(total, total, 'ranking')
    const run = mergeAndRank(parts, opts, reference, isCancelled)
    const saved = saveMerged(run.merged, opts).ok
    return { result: run.result, minedWords: run.minedWords, saved: Promise.resolve(saved) }
  } catch (error) {
    if (error instanceof MiningCancelled) throw new ApiError('cancelled', 'Mining cancelled')
    throw error
  }
}
