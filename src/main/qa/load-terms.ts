/**
 * The term base loaded for QA: every term of every live concept, into the matchers of core/qa (built once
 * per run, then reused by the next run until the workspace changes: a translator re-checks a file after
 * fixing it, and 100,000 concepts take a second or two to load and index).
 */
import type { TermEntry } from '../../core/memory/term-recognition'
import { buildQaTermIndex, type QaTermIndex } from '../../core/qa'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

const cache = new WeakMap<Db, { key: string; index: QaTermIndex }>()

export function qaTermIndex(db: Db): QaTermIndex {
  // data_version moves when another connection commits, total_changes() with this connection's writes.
  const version = db.pragma('data_version', { simple: true }) as number
  const changes = stmt(db, 'SELECT total_changes()').pluck().get() as number
  const key = `${version}:${changes}`
  const cached = cache.get(db)
  if (cached?.key === key) return cached.index
  const entries = stmt(
    db,
    `SELECT t.concept_id AS conceptId, t.id AS termId, t.lang, t.text, t.status FROM terms t
     JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL ORDER BY t.concept_id, t.ordinal, t.id`
  ).all() as TermEntry[]
  const index = buildQaTermIndex(entries)
  cache.set(db, { key, index })
  return index
}
