/**
 * The last step of a mining run, shared by the leading worker and the in-process path: merge the
 * earlier run's stats (when re-mining incrementally) and the chunks' stats in document order, rank,
 * and save the merged stats for the next run.
 */
import type { MineResult, ReferenceFrequencies } from '../../core/mining'
import { mergeStats, rankStats } from '../../core/mining'
import type { CorpusStats } from '../../core/mining/stats'
import { readStatsSnapshot, type StatsSnapshotHeader, writeStatsSnapshot } from './stats-snapshot'

export interface FinishPlan {
  /** Snapshot of the documents mined before this run's chunks (all with lower ids), merged first. */
  base?: string
  /** Where and under which header to save the merged stats. */
  save?: { file: string; header: StatsSnapshotHeader }
}

/** The base snapshot was readable when the run was planned but not any more (damaged, replaced). */
export class StaleSnapshot extends Error {
  constructor() {
    super('The saved mining statistics could not be read')
    this.name = 'StaleSnapshot'
  }
}

export interface MergedRun {
  result: MineResult
  merged: CorpusStats
  /** Words in the chunks mined by this run (the rest came from the snapshot). */
  minedWords: number
}

/**
 * Merges in order: base, then parts (each a contiguous run of documents, ascending ids). Merging in
 * document order makes candidate indexes (the ranking's last tie-break), surface-form slots and the
 * capped occurrence lists exactly those of one sequential pass, so chunked and incremental runs rank
 * the same as a full one.
 */
export function mergeAndRank(
  parts: CorpusStats[],
  plan: FinishPlan,
  reference: ReferenceFrequencies,
  isCancelled?: () => boolean
): MergedRun {
  let merged: CorpusStats | undefined
  if (plan.base) {
    const snap = readStatsSnapshot(plan.base)
    if (!snap?.stats) throw new StaleSnapshot()
    merged = snap.stats
  }
  let minedWords = 0
  for (const p of parts) {
    minedWords += p.words
    merged = merged ? mergeStats(merged, p) : p
  }
  if (!merged) throw new Error('mergeAndRank: nothing to rank')
  const result = rankStats(merged, { reference, limit: 0, isCancelled })
  return { result, merged, minedWords }
}

/** Saves the merged stats; false (and the old snapshot left as it was) when the disk refuses. */
export function saveMerged(merged: CorpusStats, plan: FinishPlan): { ok: boolean; message?: string } {
  if (!plan.save) return { ok: false }
  try {
    writeStatsSnapshot(plan.save.file, plan.save.header, merged)
    return { ok: true }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
