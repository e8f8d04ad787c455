/**
 * The term base's accepted Chinese terms in jieba's user dictionary, so they segment whole everywhere in the
 * process (新质生产力, not 新/质/生产力). Accepted = a preferred or admitted term (USABLE_STATUSES) of a live
 * concept, in any Chinese language tag (zh, zh-CN, zh-TW…: stored canonical, lower-case primary subtag).
 *
 * The workspace keeps its words in zh_user_words (migration 013): a term accepted since the last look is
 * added there, and the segments holding it are queued to have their words index (seg_zhw) written again.
 * A word stays when its term is no longer accepted: jieba cannot forget a word within a process, and the
 * words index was written with it, so every process cuts the workspace's text the same way. A process
 * loads the workspace's words when it first asks for the workspace's segmenter.
 *
 * No event has to reach this module (workers, the CLI and the app alike): a fingerprint of the term base is
 * compared on use, and only read again when the connection saw a write (data_version for other connections,
 * total_changes() for this one).
 */
import { foldText } from '../../core/concordance/fold'
import type { Segmenter } from '../../core/text/segmenter'
import { USABLE_STATUSES } from '../../shared/vocabulary'
import { queueSegmentsHolding } from '../concordance/word-index'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { addUserWords, jiebaSegmenter } from './jieba-segmenter'

interface State {
  /** data_version and total_changes() when the fingerprint was last compared. */
  seen: string
  fingerprint: string
  /** Whether this process's jieba holds every word of zh_user_words as of the fingerprint. */
  loaded: boolean
}

const states = new WeakMap<Db, State>()
let version = 0
const plain = jiebaSegmenter({ tags: false })

const STATUSES = USABLE_STATUSES.map((s) => `'${s}'`).join(', ')

/**
 * Changes with every term base write that can add an accepted term: a term added or restored (the count and
 * the last id of terms), a status or concept change (each records a history entry), and with words another
 * process added. Index lookups only (≈0.2 ms at 300,000 terms; a scan of modified_at took 40 ms CPU). Not
 * seen: undoing a status change (undo marks an old entry); a term it makes accepted again was accepted, and
 * kept among the workspace's words, before.
 */
function fingerprint(db: Db): string {
  const row = stmt(
    db,
    `SELECT (SELECT count(*) FROM terms) AS n, (SELECT max(id) FROM terms) AS last,
      (SELECT max(id) FROM history) AS h, (SELECT count(*) FROM zh_user_words) AS w`
  ).get() as { n: number; last: number | null; h: number | null; w: number }
  return `${row.n}:${row.last ?? 0}:${row.h ?? 0}:${row.w}`
}

/** The accepted Chinese terms of the workspace. */
export function acceptedChineseTerms(db: Db): string[] {
  return stmt(
    db,
    `SELECT DISTINCT trim(t.text) FROM terms t JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL
     WHERE t.lang >= 'zh' AND t.lang < 'zi' AND t.status IN (${STATUSES})`
  )
    .pluck()
    .all() as string[]
}

/** Records accepted terms the workspace's words lack, and queues the segments holding them; true if any. */
function learnNewTerms(db: Db): boolean {
  const known = new Set(stmt(db, 'SELECT word FROM zh_user_words').pluck().all() as string[])
  const fresh = acceptedChineseTerms(db).filter((w) => w && !known.has(w))
  if (fresh.length === 0) return false
  db.transaction(() => {
    const add = stmt(db, 'INSERT OR IGNORE INTO zh_user_words (word) VALUES (?)')
    for (const w of fresh) add.run(w)
    queueSegmentsHolding(db, fresh)
  })()
  return true
}

/**
 * Brings the workspace's words up to date with its term base (and, when this process's jieba is in use,
 * jieba with them); cheap when nothing changed.
 */
export function syncTermDictionary(db: Db): void {
  const seen = `${db.pragma('data_version', { simple: true }) as number}:${
    stmt(db, 'SELECT total_changes()').pluck().get() as number
  }`
  let state = states.get(db)
  if (state?.seen === seen) return
  const before = fingerprint(db)
  if (state?.fingerprint === before) {
    state.seen = seen
    return
  }
  learnNewTerms(db)
  // Read again after our own writes, so the next call compares with them in.
  const after = fingerprint(db)
  const next = `${db.pragma('data_version', { simple: true }) as number}:${
    stmt(db, 'SELECT total_changes()').pluck().get() as number
  }`
  state = { seen: next, fingerprint: after, loaded: false }
  states.set(db, state)
}

/**
 * The segmenter for Chinese text of this workspace (words only, no tags): jieba with the workspace's words
 * (each also folded to simplified: the concordance segments folded text). Search caches key on
 * dictionaryVersion(), which changes when words were added to the process's jieba.
 */
export function workspaceSegmenter(db: Db): Segmenter {
  syncTermDictionary(db)
  const state = states.get(db)
  if (state && !state.loaded) {
    if (addUserWords(userWordForms(db)) > 0) version++
    state.loaded = true
  }
  return plain
}

/** The workspace's words and their simplified folds: what another thread's jieba (a miner's) is given. */
export function userWordForms(db: Db): string[] {
  const words = stmt(db, 'SELECT word FROM zh_user_words').pluck().all() as string[]
  return words.flatMap((w) => {
    const folded = foldText(w, { matchCase: true })
    return folded === w ? [w] : [w, folded]
  })
}

/** Changes whenever words were added to the process's dictionary (segmentation may differ). */
export function dictionaryVersion(): number {
  return version
}
