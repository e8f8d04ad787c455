/**
 * The English–Chinese units whose English side may contain a term, found through the concordance's
 * FTS5 index over translation units (migration 002) instead of scanning every unit's text: at
 * 1,000,000 units an instr() scan took seconds. The FTS query is a superset (every word of the term
 * as a prefix of its light stem, so "forces" also finds "force" and "policy" finds "policies");
 * suggestEquivalents then keeps the units where term recognition really finds the term.
 */
import { lightStem } from '../../core/memory'
import { indexPending } from '../concordance/index-segments'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** Most candidate units read; the core samples at most 2,000 of them anyway. */
export const MAX_TERM_UNITS = 20_000

export interface TermUnit {
  id: number
  en: string
  zh: string
}

/** FTS5 query for the term's words, each a quoted prefix (quotes keep FTS syntax out of user text). */
export function termFtsQuery(term: string): string | null {
  const words = term.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) return null
  return words
    .map((w) => {
      // A stem can end in y where the text has "ies"/"ied": drop it to stay a prefix of every form.
      const stem = lightStem(w).replace(/y$/, '')
      const prefix = stem.length > 0 && w.startsWith(stem) ? stem : w.slice(0, Math.max(1, stem.length))
      return `"${prefix.replace(/"/g, '""')}"*`
    })
    .join(' AND ')
}

export function unitsWithTerm(db: Db, term: string): TermUnit[] {
  const query = termFtsQuery(term)
  if (!query) return []
  // The concordance index catches up with units imported since its last use.
  indexPending(db)
  return stmt(
    db,
    `SELECT t.id,
            CASE WHEN t.source_lang LIKE 'en%' THEN t.source_text ELSE t.target_text END AS en,
            CASE WHEN t.source_lang LIKE 'en%' THEN t.target_text ELSE t.source_text END AS zh
     FROM tu_fts JOIN translation_units t ON t.id = tu_fts.rowid
     WHERE tu_fts MATCH ? AND t.deleted_at IS NULL
       AND ((t.source_lang LIKE 'en%' AND t.target_lang LIKE 'zh%') OR (t.source_lang LIKE 'zh%' AND t.target_lang LIKE 'en%'))
     LIMIT ?`
  ).all(query, MAX_TERM_UNITS) as TermUnit[]
}
