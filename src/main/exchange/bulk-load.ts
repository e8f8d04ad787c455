/**
 * Bulk-load mode for a glossary import into a small term base. Maintaining the random-order indexes
 * (terms by normalised text, concepts by sort key, the example link indexes) row by row costs more than
 * building them once, sorted, at the end; and the sort-key triggers of migration 004 run an UPDATE of the
 * concept for every inserted term (100,000 concepts: 300,000 UPDATEs, about 2 s of a 6 s insert phase).
 * So both are set aside for the import: the importer writes each new concept's sort key with the row
 * (core/termbase/sort-term.ts computes what the triggers would), and at the end the triggers come back,
 * the indexes are rebuilt and the concepts the import merged into get their key recomputed.
 *
 * Only indexes nothing reads during the import are deferred (merges read terms and examples by concept
 * id, so those stay), and only when the term base is small: rebuilding covers the existing rows too.
 * DDL is transactional in SQLite, so a failed import's ROLLBACK brings indexes and triggers back as they
 * were.
 */
import type { Db } from '../db/open-database'

const DEFERRABLE_INDEXES = [
  'terms_norm',
  'concepts_sort_term',
  'examples_term',
  'examples_segment',
  'examples_document',
  'examples_tu'
]
const DEFERRABLE_TRIGGERS = ['terms_sort_after_insert_en', 'terms_sort_after_insert_other']
/** Above this many concepts, rebuilding the indexes would cost more than keeping them. */
export const BULK_BELOW_CONCEPTS = 20_000

export interface BulkLoad {
  /** Restores triggers and indexes and recomputes the sort key of `merged` concepts (inside the transaction). */
  finish(merged: readonly number[]): void
}

/** Sets indexes and sort-key triggers aside when the term base is small; call inside the import's transaction. */
export function startBulkLoad(db: Db): BulkLoad {
  const concepts = db.prepare('SELECT count(*) FROM concepts').pluck().get() as number
  if (concepts >= BULK_BELOW_CONCEPTS) return { finish: () => undefined }
  const names = [...DEFERRABLE_INDEXES, ...DEFERRABLE_TRIGGERS]
  const dropped = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')
    AND name IN (${names.map(() => '?').join(', ')})`
    )
    .all(...names) as { type: string; name: string; sql: string }[]
  for (const item of dropped) db.exec(`DROP ${item.type === 'index' ? 'INDEX' : 'TRIGGER'} ${item.name}`)
  return {
    finish(merged) {
      for (const item of dropped) db.exec(item.sql)
      if (merged.length === 0) return
      // The same rule as migration 004's update trigger.
      db.prepare(
        `UPDATE concepts SET sort_term = coalesce((
          SELECT lower(t.text) FROM terms t WHERE t.concept_id = concepts.id
          ORDER BY (t.lang = 'en' OR t.lang LIKE 'en-%') DESC, t.ordinal, t.id LIMIT 1), '')
        WHERE id IN (SELECT value FROM json_each(?))`
      ).run(JSON.stringify(merged))
    }
  }
}
