/** Messages between the mining coordinator (run-miner.ts) and its worker threads (jobs/worker.ts). */
import type { CorpusStats } from '../../core/mining/stats'
import type { MineResult, MiningDocument } from '../../core/mining/types'
import type { FinishPlan } from './finish-run'

/** Sent once to each worker: its contiguous chunk of documents. Worker 0 leads: it also merges and ranks. */
export interface MineChunkRequest {
  kind: 'mine'
  docs: MiningDocument[]
  referenceFile: string
  /** Only for the leader: how many chunks in all, and the snapshot to merge first / save to. */
  lead?: { chunks: number; plan: FinishPlan }
}

/** Coordinator → leader: another worker's stats (transferred, not copied). */
export interface ChunkPart {
  kind: 'part'
  index: number
  stats: CorpusStats
}

export type MinerMessage =
  | { type: 'progress'; done: number }
  | { type: 'stats'; stats: CorpusStats }
  | { type: 'ranking' }
  | { type: 'result'; result: MineResult; minedWords: number }
  | { type: 'saved'; ok: boolean; message?: string }
  | { type: 'error'; message: string; stale?: boolean }

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
