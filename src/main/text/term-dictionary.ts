/**
 * The term base's accepted Chinese terms in jieba's user dictionary, so they segment whole everywhere in the
 * process (新质生产力, not 新质/生产力): loaded when a workspace's segmenter is first asked for, and again after
 * the term base changed. Accepted = a preferred or admitted term (USABLE_STATUSES) of a live concept, in any
 * Chinese language tag (zh, zh-CN, zh-TW…: stored canonical, lower-case primary subtag).
 *
 * No event has to reach this module (workers, the CLI and the app alike): a fingerprint of the terms table is
 * compared on use, and only read again when the connection saw a write (data_version for other connections,
 * total_changes() for this one). jieba cannot forget words, so a term deprecated or deleted stays a word in
 * this process; that only keeps it whole, which is harmless.
 */
import type { Segmenter } from '../../core/text/segmenter'
import { USABLE_STATUSES } from '../../shared/vocabulary'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { addUserWords, jiebaSegmenter } from './jieba-segmenter'

interface Loaded {
  /** data_version and total_changes() when the fingerprint was last compared. */
  seen: string
  fingerprint: string
}

const loaded = new WeakMap<Db, Loaded>()
let version = 0
const plain = jiebaSegmenter({ tags: false })

const STATUSES = USABLE_STATUSES.map((s) => `'${s}'`).join(', ')

/**
 * Changes with every term base write that can add an accepted term: a term added or restored (the count and
 * the last id of terms), a status or concept change (each records a history entry). Index lookups only
 * (≈0.5 ms at 300,000 terms; a scan of modified_at took 40 ms CPU). Not seen: undoing a status change
 * (undo marks an old entry); a term it makes accepted again was accepted, and loaded, before.
 */
function fingerprint(db: Db): string {
  const row = stmt(
    db,
    'SELECT (SELECT count(*) FROM terms) AS n, (SELECT max(id) FROM terms) AS last, (SELECT max(id) FROM history) AS h'
  ).get() as { n: number; last: number | null; h: number | null }
  return `${row.n}:${row.last ?? 0}:${row.h ?? 0}`
}

/** The accepted Chinese terms of the workspace. */
export function acceptedChineseTerms(db: Db): string[] {
  return stmt(
    db,
    `SELECT DISTINCT t.text FROM terms t JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL
     WHERE t.lang >= 'zh' AND t.lang < 'zi' AND t.status IN (${STATUSES})`
  )
    .pluck()
    .all() as string[]
}

/** Brings this process's jieba dictionary up to date with the workspace's term base; cheap when nothing changed. */
export function syncTermDictionary(db: Db): void {
  const seen = `${db.pragma('data_version', { simple: true }) as number}:${
    stmt(db, 'SELECT total_changes()').pluck().get() as number
  }`
  const last = loaded.get(db)
  if (last?.seen === seen) return
  const print = fingerprint(db)
  if (last?.fingerprint !== print) {
    if (addUserWords(acceptedChineseTerms(db)) > 0) version++
  }
  loaded.set(db, { seen, fingerprint: print })
}

/**
 * The segmenter for Chinese text of this workspace (words only, no tags): jieba with the term base's accepted
 * Chinese terms. Search caches key on dictionaryVersion(), which changes when words were added.
 */
export function workspaceSegmenter(db: Db): Segmenter {
  syncTermDictionary(db)
  return plain
}

/** Changes whenever a workspace's terms were added to the process's dictionary (segmentation may differ). */
export function dictionaryVersion(): number {
  return version
}
