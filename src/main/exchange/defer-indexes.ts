/**
 * Bulk-load indexes for a glossary import into a small term base. Maintaining the random-order
 * indexes (terms by normalised text, concepts by sort key, the example link indexes) row by row
 * costs more than building them once, sorted, at the end (100,000 concepts: import 15.7 → 11.6–12.5 s). Only indexes nothing reads during the
 * import are deferred (merges read terms and examples by concept id, so those stay), and only when
 * the term base is small: rebuilding covers the existing rows too. DDL is transactional in SQLite,
 * so a failed import's ROLLBACK brings the indexes back as they were.
 */
import type { Db } from '../db/open-database'

const DEFERRABLE = ['terms_norm', 'concepts_sort_term', 'examples_term', 'examples_segment', 'examples_document',
  'examples_tu']
/** Above this many concepts, rebuilding the indexes would cost more than keeping them. */
export const DEFER_BELOW_CONCEPTS = 20_000

export interface DeferredIndexes {
  /** Recreates the dropped indexes (inside the import's transaction). */
  restore(): void
}

/** Drops the deferrable indexes when the term base is small; call inside the import's transaction. */
export function deferIndexes(db: Db): DeferredIndexes {
  const concepts = db.prepare('SELECT count(*) FROM concepts').pluck().get() as number
  if (concepts >= DEFER_BELOW_CONCEPTS) return { restore: () => undefined }
  const marks = DEFERRABLE.map(() => '?').join(', ')
  const dropped = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (${marks})`)
    .all(...DEFERRABLE) as { name: string; sql: string }[]
  for (const index of dropped) db.exec(`DROP INDEX ${index.name}`)
  return {
    restore() {
      for (const index of dropped) db.exec(index.sql)
    }
  }
}
