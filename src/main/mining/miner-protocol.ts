/** Messages between the mining coordinator (run-miner.ts) and its worker threads (jobs/worker.ts). */
import type { CorpusStats } from '../../core/mining/stats'
import type { MineResult, MiningDocument } from '../../core/mining/types'
import { type ChineseStats, chineseStatsBuffers } from '../../core/mining/zh/stats'
import type { FinishPlan } from './finish-run'

/** Sent once to each worker: its contiguous chunk of documents. Worker 0 leads: it also merges and ranks. */
export interface MineChunkRequest {
  kind: 'mine'
  docs: MiningDocument[]
  referenceFile: string
  /** Only for the leader: how many chunks in all, and the snapshot to merge first / save to. */
  lead?: { chunks: number; plan: FinishPlan }
}

/**
 * The Chinese miner's chunk: the same protocol (progress, stats handed to the leader, result), no snapshot
 * (a Chinese run mines every Chinese document: its stats are not saved for incremental runs yet).
 */
export interface MineChineseChunkRequest {
  kind: 'mine-zh'
  docs: MiningDocument[]
  referenceFile: string
  /** The term base's accepted Chinese terms (term-dictionary.ts), added to the worker's jieba first. */
  userWords: string[]
  lead?: { chunks: number }
}

/** Coordinator → leader: another worker's stats (transferred, not copied). */
export interface ChunkPart {
  kind: 'part'
  index: number
  stats: CorpusStats | ChineseStats
}

export type MinerMessage =
  | { type: 'progress'; done: number }
  | { type: 'stats'; stats: CorpusStats | ChineseStats }
  | { type: 'ranking' }
  | { type: 'result'; result: MineResult; minedWords: number }
  | { type: 'saved'; ok: boolean; message?: string }
  | { type: 'error'; message: string; stale?: boolean }

/** The buffers to transfer for either miner's stats (the Chinese stats are the ones with records). */
export function anyStatsBuffers(stats: CorpusStats | ChineseStats): ArrayBuffer[] {
  return 'rec' in stats ? chineseStatsBuffers(stats) : statsBuffers(stats)
}

/** The buffers of a stats object's typed arrays, for a postMessage transfer list (each once). */
export function statsBuffers(stats: CorpusStats): ArrayBuffer[] {
  const arrays = [
    stats.wordCount,
    stats.wordCues,
    stats.table,
    stats.hash,
    stats.seqStart,
    stats.n,
    stats.kind,
    stats.freq,
    stats.docs,
    stats.lastDoc,
    stats.standalone,
    stats.capitalised,
    stats.cues,
    stats.pool,
    stats.surfHash,
    stats.surfCount,
    stats.occHead,
    stats.occTail,
    stats.occCount,
    stats.occ
  ]
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]
}
