import { existsSync } from 'node:fs'

import { MiningCancelled, type MiningDocument } from '../../core/mining/types'
import type { ChineseStats } from '../../core/mining/zh'
import { ApiError } from '../api-error'
import type { CallContext } from '../call-context'
import { mineChineseChunk, rankChineseChunks } from '../jobs/mine-zh-job'
import { builtWorkerFile } from '../jobs/worker-file'
import { chineseReferenceFile } from './load-zh-reference'
import type { MineChineseChunkRequest } from './miner-protocol'
import { defaultChunks, type MinerOptions, type MinerRun, runWorkers, totalChars } from './run-miner'
import { splitDocuments } from './split-documents'

export interface ChineseMinerOptions extends Pick<MinerOptions, 'chunks' | 'inProcess' | 'workerFile'> {
  /** The term base's accepted Chinese terms, for each worker's jieba (term-dictionary.ts userWordForms). */
  userWords?: string[]
}

/**
 * Mines Chinese documents off the main thread as runMining does English ones: contiguous chunks, one worker
 * each (its own jieba), worker 0 merges in document order and ranks; progress is the workers' sum in
 * characters, `workspace/cancelJob` terminates them. No snapshot: every run mines all Chinese documents.
 */
export function runChineseMining(
  docs: MiningDocument[],
  call: CallContext,
  opts: ChineseMinerOptions = {}
): Promise<MinerRun> {
  const chunks = splitDocuments(docs, opts.chunks ?? defaultChunks(docs))
  const referenceFile = chineseReferenceFile()
  const request = (index: number): MineChineseChunkRequest => ({
    kind: 'mine-zh',
    docs: chunks[index],
    referenceFile,
    userWords: opts.userWords ?? [],
    lead: index === 0 ? { chunks: chunks.length } : undefined
  })
  const file = opts.workerFile ?? builtWorkerFile()
  if (opts.inProcess || !file || !existsSync(file)) return runInProcess(chunks, call, request)
  return runWorkers(file, chunks, call, {}, request)
}

/** The same steps on the calling thread (tests, runs from sources). */
async function runInProcess(
  chunks: MiningDocument[][],
  call: CallContext,
  request: (index: number) => MineChineseChunkRequest
): Promise<MinerRun> {
  const sizes = totalChars(chunks)
  const total = sizes.reduce((a, b) => a + b, 0)
  const isCancelled = () => call.signal.aborted
  try {
    const parts: ChineseStats[] = []
    let base = 0
    for (let i = 0; i < chunks.length; i++) {
      if (isCancelled()) throw new MiningCancelled()
      parts.push(
        mineChineseChunk(
          request(i),
          (m) => {
            if (m.type === 'progress') call.progress(base + m.done, total, 'mining')
          },
          isCancelled
        )
      )
      if (isCancelled()) throw new MiningCancelled()
      base += sizes[i]
    }
    call.progress(total, total, 'ranking')
    const run = rankChineseChunks(parts, request(0).referenceFile, isCancelled)
    return { ...run, saved: Promise.resolve(false) }
  } catch (error) {
    if (error instanceof MiningCancelled) throw new ApiError('cancelled', 'Mining cancelled')
    throw error
  }
}
