// Mining in a worker thread (jobs/worker.ts). Each worker mines one contiguous chunk of documents into
// mergeable stats; worker 0 leads: it receives the others' stats, merges them after the earlier run's
// snapshot, ranks, answers, then saves the merged stats for the next incremental run.
import type { MessagePort } from 'node:worker_threads'

import { mineDocuments } from '../../core/mining'
import type { CorpusStats } from '../../core/mining/stats'
import type { ChineseStats } from '../../core/mining/zh'
import { mergeAndRank, saveMerged, StaleSnapshot } from '../mining/finish-run'
import { loadReference } from '../mining/load-reference'
import {
  type ChunkPart,
  type MineChineseChunkRequest,
  type MineChunkRequest,
  type MinerMessage,
  statsBuffers
} from '../mining/miner-protocol'
import { finishChinese, serveChineseChunk } from './mine-zh-job'

let port: MessagePort | null = null
const post = (message: MinerMessage, transfer: ArrayBuffer[] = []) => port?.postMessage(message, transfer)

const parts: (CorpusStats | undefined)[] = []
let request: MineChunkRequest | undefined
const chineseParts: (ChineseStats | undefined)[] = []
let chineseRequest: MineChineseChunkRequest | undefined

function fail(error: unknown): void {
  post({
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
    stale: error instanceof StaleSnapshot
  })
}

function mineChunk(req: MineChunkRequest): CorpusStats {
  let last = 0
  return mineDocuments(req.docs, {
    reference: loadReference(req.referenceFile),
    onProgress: (done) => {
      // At most ~10 progress messages a second.
      const now = Date.now()
      if (now - last > 100) {
        last = now
        post({ type: 'progress', done })
      }
    }
  })
}

function finishIfComplete(): void {
  const lead = request?.lead
  if (!request || !lead) return
  for (let i = 0; i < lead.chunks; i++) if (!parts[i]) return
  try {
    post({ type: 'ranking' })
    const run = mergeAndRank(parts as CorpusStats[], lead.plan, loadReference(request.referenceFile))
    parts.length = 0
    post({ type: 'result', result: run.result, minedWords: run.minedWords })
    post({ type: 'saved', ...saveMerged(run.merged, lead.plan) })
  } catch (error) {
    fail(error)
  }
}

/** Answers the coordinator's messages on `parent` (the worker's parentPort). */
export function serveMining(parent: MessagePort | null): void {
  port = parent
  port?.on('message', onMessage)
}

function onMessage(message: MineChunkRequest | MineChineseChunkRequest | ChunkPart): void {
  try {
    if (message.kind === 'part' && chineseRequest) {
      chineseParts[message.index] = message.stats as ChineseStats
      finishChinese(chineseRequest, chineseParts, post)
      return
    }
    if (message.kind === 'mine-zh') {
      chineseRequest = message
      serveChineseChunk(message, chineseParts, port)
      return
    }
  } catch (error) {
    fail(error)
    return
  }
  if (message.kind === 'part') {
    parts[message.index] = message.stats as CorpusStats
    finishIfComplete()
    return
  }
  request = message
  try {
    const stats = mineChunk(message)
    if (!message.lead) {
      post({ type: 'stats', stats }, statsBuffers(stats))
      return
    }
    parts[0] = stats
    finishIfComplete()
  } catch (error) {
    fail(error)
  }
}
