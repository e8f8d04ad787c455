/**
 * The English–Chinese units whose English side (or, for a Chinese term, Chinese side) may contain a term, found through the concordance's
 * FTS5 index over translation units (migration 002) instead of scanning every unit's text: at
 * 1,000,000 units an instr() scan took seconds. The FTS query is a superset (every word of the term
 * as a prefix of its light stem, so "forces" also finds "force" and "policy" finds "policies");
 * suggestEquivalents then keeps the units where term recognition really finds the term.
 */
import { foldText } from '../../core/concordance/fold'
import { lightStem } from '../../core/memory'
import { hasHan } from '../../shared/script'
import { indexPending } from '../concordance/index-segments'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** Most candidate units read: an even sample of the index hits (the core then examines at most 600). */
export const MAX_TERM_UNITS = 720

export interface TermUnit {
  id: number
  en: string
  zh: string
}

export interface TermUnitSample {
  /** English–Chinese units, not deleted, whose English may hold the term: an even sample of `hits`. */
  units: TermUnit[]
  /** Estimated English–Chinese units holding the term's words in the whole memory (sample share × hits). */
  candidates: number
}

/**
 * FTS5 query for a Chinese term: each run of Han characters as the phrase of its overlapping bigrams
 * (how the index holds Han text, core/concordance/bigrams.ts), other words as they are. Superset: the
 * core keeps the units where the term stands on word boundaries.
 */
function chineseFtsQuery(term: string): string | null {
  const runs = foldText(term, { matchCase: true }).match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []
  const parts = runs.map((run) => {
    const chars = [...run]
    if (!hasHan(run)) return `"${run.toLowerCase().replace(/"/g, '""')}"`
    if (chars.length === 1) return `"${run}"*`
    return `"${chars
      .slice(1)
      .map((c, k) => chars[k] + c)
      .join(' ')}"`
  })
  return parts.length > 0 ? parts.join(' AND ') : null
}

/** FTS5 query for the term's words, each a quoted prefix (quotes keep FTS syntax out of user text). */
export function termFtsQuery(term: string): string | null {
  if (hasHan(term)) return chineseFtsQuery(term)
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

/** Consecutive hits per run of the sample. */
const SAMPLE_RUN = 20

/**
 * Evenly spaced runs of consecutive hits (deterministic: the same memory gives the same sample).
 * Runs rather than single picks: neighbouring hits share table pages, so a cold workspace reads far
 * fewer pages.
 */
function evenly(ids: number[], max: number): number[] {
  if (ids.length <= max) return ids
  const runs = Math.ceil(max / SAMPLE_RUN)
  const out: number[] = []
  for (let r = 0; r < runs; r++) {
    const first = Math.floor((r * ids.length) / runs)
    for (let k = 0; k < SAMPLE_RUN && out.length < max; k++) out.push(ids[first + k])
  }
  return out
}

/**
 * Units that may hold the term. Only rowids come from the index (cheap even for 100,000 hits); the
 * texts are read for an even sample of at most `max` of them, so a very frequent term costs no more
 * than a rare one.
 */
export function unitsWithTerm(db: Db, term: string, max = MAX_TERM_UNITS): TermUnitSample {
  const query = termFtsQuery(term)
  if (!query) return { units: [], candidates: 0 }
  // The concordance index catches up with units imported since its last use.
  indexPending(db)
  const hits = stmt(db, 'SELECT rowid FROM tu_fts WHERE tu_fts MATCH ? ORDER BY rowid').pluck().all(query) as number[]
  const picked = evenly(hits, max)
  if (picked.length === 0) return { units: [], candidates: 0 }
  const units = stmt(
    db,
    `SELECT t.id,
            CASE WHEN t.source_lang LIKE 'en%' THEN t.source_text ELSE t.target_text END AS en,
            CASE WHEN t.source_lang LIKE 'en%' THEN t.target_text ELSE t.source_text END AS zh
     FROM translation_units t
     WHERE t.id IN (SELECT value FROM json_each(?)) AND t.deleted_at IS NULL
       AND ((t.source_lang LIKE 'en%' AND t.target_lang LIKE 'zh%') OR (t.source_lang LIKE 'zh%' AND t.target_lang LIKE 'en%'))
     ORDER BY t.id`
  ).all(JSON.stringify(picked)) as TermUnit[]
  return { units, candidates: Math.round((hits.length * units.length) / picked.length) }
}
