// The Chinese miner in a worker thread (jobs/worker.ts), as mine-job.ts runs the English one: each worker
// segments (its own jieba) and mines one contiguous chunk of Chinese documents into mergeable stats; worker 0
// leads: it takes the others' stats, merges them in document order, ranks and answers. Nothing is saved.
import type { MessagePort } from 'node:worker_threads'

import { type ChineseStats, mergeChineseStats, mineChineseDocuments, rankChineseStats } from '../../core/mining/zh'
import { loadChineseReference } from '../mining/load-zh-reference'
import type { MineChineseChunkRequest, MinerMessage } from '../mining/miner-protocol'
import { anyStatsBuffers } from '../mining/miner-protocol'
import { addUserWords, jiebaSegmenter } from '../text/jieba-segmenter'

/** Mines one chunk (reporting progress through `post`, at most ~10 times a second). */
export function mineChineseChunk(
  req: MineChineseChunkRequest,
  post: (message: MinerMessage) => void,
  isCancelled?: () => boolean
): ChineseStats {
  let last = 0
  addUserWords(req.userWords)
  return mineChineseDocuments(req.docs, jiebaSegmenter({ tags: false }), {
    reference: loadChineseReference(req.referenceFile),
    isCancelled,
    onProgress: (done) => {
      const now = Date.now()
      if (now - last > 100) {
        last = now
        post({ type: 'progress', done })
      }
    }
  })
}

/** Merges the chunks' stats in document order and ranks them: every candidate over the threshold. */
export function rankChineseChunks(parts: ChineseStats[], referenceFile?: string, isCancelled?: () => boolean) {
  let merged = parts[0]
  for (let i = 1; i < parts.length; i++) merged = mergeChineseStats(merged, parts[i])
  const result = rankChineseStats(merged, loadChineseReference(referenceFile), { limit: 0, isCancelled })
  return { result, minedWords: merged.hanChars }
}

/** The worker's side of a Chinese run; `parts` holds the stats received so far (the leader's own first). */
export function serveChineseChunk(
  req: MineChineseChunkRequest,
  parts: (ChineseStats | undefined)[],
  port: MessagePort | null
): void {
  const post = (message: MinerMessage, transfer: ArrayBuffer[] = []) => port?.postMessage(message, transfer)
  const stats = mineChineseChunk(req, post)
  if (!req.lead) {
    post({ type: 'stats', stats }, anyStatsBuffers(stats))
    return
  }
  parts[0] = stats
  finishChinese(req, parts, post)
}

/** The leader, once every chunk's stats are in: merge, rank, answer. */
export function finishChinese(
  req: MineChineseChunkRequest,
  parts: (ChineseStats | undefined)[],
  post: (message: MinerMessage) => void
): void {
  const lead = req.lead
  if (!lead) return
  for (let i = 0; i < lead.chunks; i++) if (!parts[i]) return
  post({ type: 'ranking' })
  const run = rankChineseChunks(parts as ChineseStats[], req.referenceFile)
  parts.length = 0
  post({ type: 'result', ...run })
}
