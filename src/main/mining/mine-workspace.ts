import type { MineResult } from '../../core/mining/types'
import type { CallContext } from '../call-context'
import type { Db } from '../db/open-database'
import { userWordForms, workspaceSegmenter } from '../text/term-dictionary'
import { StaleSnapshot } from './finish-run'
import { loadMiningDocuments } from './load-corpus'
import { planRun, recordSnapshot, type RunPlan } from './plan-run'
import { type MinerOptions, type MinerRun, runMining } from './run-miner'
import { runChineseMining } from './run-zh-miner'
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
  /** Live documents neither miner read (Chinese-script documents that are Japanese or hold no Chinese). */
  documentsSkipped: number
  /** The Chinese miner's run (undefined when the workspace holds no Chinese document). */
  chinese?: { result: MineResult; documentsMined: number; ms: number }
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

/**
 * The Chinese documents mined with the Chinese miner, each run in full (its stats are not saved: see
 * run-zh-miner.ts). Japanese documents (stored as 'zh': kanji outweigh Latin letters) are skipped by the
 * miner and named in its warnings.
 */
async function mineChinese(
  db: Db,
  call: CallContext,
  opts: Pick<MinerOptions, 'chunks' | 'inProcess' | 'workerFile'>
): Promise<WorkspaceMining['chinese']> {
  const started = performance.now()
  const docs = loadMiningDocuments(db, 0, 'zh')
  if (docs.length === 0) {
    // Candidates of Chinese documents since deleted: not proposed any more (review decisions stay).
    storeCandidates(db, [], undefined, undefined, 'zh')
    return undefined
  }
  workspaceSegmenter(db) // brings zh_user_words up to date with the term base
  const run = await runChineseMining(docs, call, { ...opts, userWords: userWordForms(db) })
  storeCandidates(db, run.result.candidates, undefined, undefined, 'zh')
  return { result: run.result, documentsMined: docs.length, ms: Math.round(performance.now() - started) }
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
  const chinese = await mineChinese(db, call, opts)
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
    documentsSkipped: chinese ? chinese.documentsMined - chinese.result.documents : 0,
    chinese,
    timings: { read, mine, store, save: lap() }
  }
}
