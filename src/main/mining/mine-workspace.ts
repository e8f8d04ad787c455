import type { MineResult } from '../../core/mining/types'
import type { CallContext } from '../call-context'
import type { Db } from '../db/open-database'
import { StaleSnapshot } from './finish-run'
import { loadMiningDocuments } from './load-corpus'
import { planRun, recordSnapshot, type RunPlan } from './plan-run'
import { type MinerOptions, type MinerRun, runMining } from './run-miner'
import { storeCandidates } from './store-candidates'

export interface WorkspaceMining {
  result: MineResult
  plan: RunPlan
  /**
   * Documents and words this run mined (an incremental run: only those added since the last); words as the
   * corpus table counts them, as is result.words (the corpus the candidates were ranked over).
   */
  documentsMined: number
  wordsMined: number
  /** Live documents left out because the miner reads English only (Chinese ones). */
  documentsSkipped: number
  /** Candidates whose review state was kept (see storeCandidates). */
  kept: number
  /** Where the time went, in ms: reading segments, mining + ranking, storing candidates, waiting for the save. */
  timings: { read: number; mine: number; store: number; save: number }
}

/**
 * Words of the given documents as the corpus table counts them (documents.word_count, core/text/count-words.ts):
 * the summary of a run says the same number as the corpus and the concordance, not the miner's own token count.
 */
function documentWords(db: Db, ids: readonly number[]): number {
  return db
    .prepare('SELECT coalesce(sum(word_count), 0) FROM documents WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify(ids)) as number
}

/** Live documents the miner does not read: it mines English text only. */
function countNotMined(db: Db): number {
  return (
    db.prepare(`SELECT count(*) AS n FROM documents WHERE deleted_at IS NULL AND language <> 'en'`).get() as {
      n: number
    }
  ).n
}

/**
 * One `mining/run`: plan (incremental when the last run's stats still hold), mine, store the candidates
 * while the worker saves the merged stats, then record the snapshot as this workspace's.
 */
export async function mineWorkspace(
  db: Db,
  call: CallContext,
  opts: Pick<MinerOptions, 'chunks' | 'inProcess' | 'workerFile'> & { full?: boolean } = {}
): Promise<WorkspaceMining> {
  let t = performance.now()
  const lap = (): number => {
    const now = performance.now()
    const ms = Math.round(now - t)
    t = now
    return ms
  }
  let plan = planRun(db, opts.full)
  let docs = loadMiningDocuments(db, plan.afterId)
  const read = lap()
  let run: MinerRun
  try {
    run = await runMining(docs, call, { ...opts, base: plan.base, save: plan.save })
  } catch (error) {
    if (!(error instanceof StaleSnapshot)) throw error
    plan = {
      ...planRun(db, true),
      notes: ['The saved statistics of the last run were unreadable: the whole ' + 'corpus was mined.']
    }
    docs = loadMiningDocuments(db, 0)
    run = await runMining(docs, call, { ...opts, save: plan.save })
  }
  const mine = lap()
  const kept = storeCandidates(db, run.result.candidates)
  const store = lap()
  if (await run.saved) recordSnapshot(db, plan)
  // The corpus the ranking covered: every live English document (incremental runs merge the earlier ones).
  const corpusWords = db
    .prepare(`SELECT coalesce(sum(word_count), 0) FROM documents WHERE deleted_at IS NULL AND language = 'en'`)
    .pluck()
    .get() as number
  return {
    result: { ...run.result, words: corpusWords },
    plan,
    documentsMined: docs.length,
    wordsMined: documentWords(
      db,
      docs.map((d) => d.id)
    ),
    kept,
    documentsSkipped: countNotMined(db),
    timings: { read, mine, store, save: lap() }
  }
}
