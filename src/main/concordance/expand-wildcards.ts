/**
 * Wildcards FTS5 cannot express ("*ment", "de*ment") become the index terms they match, looked up
 * in concordance_terms (migration 002) by an index range: on the term for a literal prefix, on the
 * reversed term for a literal suffix. Only a pattern with neither ("*a*") scans the term list,
 * which holds word terms only (tens of thousands of rows, not the Han bigrams).
 */
import { foldText } from '../../core/concordance/fold'
import { type ExpandPattern, MAX_EXPANSIONS } from '../../core/concordance/to-fts'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { reverseTerm } from './index-segments'

/** Above every code point: the exclusive upper bound of a prefix range in SQLite's BINARY order. */
const TOP = '\u{10FFFF}'

export function wildcardExpander(db: Db): ExpandPattern {
  return (term) => {
    const glob = foldText(term.norm)
    const prefix = glob.slice(0, glob.indexOf('*'))
    const suffix = glob.slice(glob.lastIndexOf('*') + 1)
    let rows: string[]
    if (prefix && prefix.length >= suffix.length) {
      const sql = 'SELECT term FROM concordance_terms WHERE term >= ? AND term < ? AND term GLOB ? LIMIT ?'
      rows = stmt(db, sql)
        .pluck()
        .all(prefix, prefix + TOP, glob, MAX_EXPANSIONS + 1) as string[]
    } else if (suffix) {
      const rev = reverseTerm(suffix)
      rows = stmt(db, 'SELECT term FROM concordance_terms WHERE rev >= ? AND rev < ? AND term GLOB ? LIMIT ?')
        .pluck()
        .all(rev, rev + TOP, glob, MAX_EXPANSIONS + 1) as string[]
    } else {
      rows = stmt(db, 'SELECT term FROM concordance_terms WHERE term GLOB ? LIMIT ?')
        .pluck()
        .all(glob, MAX_EXPANSIONS + 1) as string[]
    }
    return rows.length > MAX_EXPANSIONS ? null : rows
  }
}
