/**
 * Candidate rows of a concordance query: the SQL that reads them in corpus (rowid) order, with the
 * document / date / language filters. Two access paths, because restarting an FTS5 query costs
 * milliseconds on a large doclist (a seek per restart): small pages read "MATCH … rowid > ? LIMIT n"
 * (the first page stops after a few dozen rows), full scans iterate ONE query with the texts joined.
 */
import type { ConcordanceRequest } from '../../core/concordance/types'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

export type SourceKind = 'seg' | 'tu'

/**
 * Which FTS table answers a source: the main index (seg_fts / tu_fts: words and Han bigrams), or,
 * for a query of one Han character, the character tables of migration 006 (seg_han / tu_han), or,
 * for a whole-word Chinese query over segments, their Chinese words (seg_zhw, migration 013).
 */
export interface FtsSource {
  kind: SourceKind
  han: boolean
  words?: boolean
}

function ftsTable(src: FtsSource): string {
  if (src.words && src.kind === 'seg') return 'seg_zhw'
  return (src.kind === 'seg' ? 'seg' : 'tu') + (src.han ? '_han' : '_fts')
}

/** A candidate row: a segment, or a translation unit with both sides. */
export interface CandidateRow {
  id: number
  text?: string
  source_text?: string
  target_text?: string
  source_lang?: string
  target_lang?: string
}

interface Filters {
  where: string
  args: unknown[]
}

function add(where: string[], args: unknown[], clause: string, value: unknown): void {
  where.push(clause)
  args.push(value)
}

function segFilters(req: ConcordanceRequest): Filters {
  const where: string[] = ['d.deleted_at IS NULL']
  const args: unknown[] = []
  if (req.language) add(where, args, 'd.language = ?', req.language)
  if (req.dateFrom) add(where, args, 'd.date >= ?', req.dateFrom)
  if (req.dateTo) add(where, args, 'd.date <= ?', req.dateTo)
  if (req.documentIds) {
    add(where, args, 's.document_id IN (SELECT value FROM json_each(?))', JSON.stringify(req.documentIds))
  }
  return { where: where.join(' AND '), args }
}

function tuFilters(req: ConcordanceRequest): Filters {
  const where: string[] = ['t.deleted_at IS NULL', 'd.deleted_at IS NULL']
  const args: unknown[] = []
  const date = 'coalesce(d.date, substr(t.created_at, 1, 10))'
  if (req.dateFrom) add(where, args, `${date} >= ?`, req.dateFrom)
  if (req.dateTo) add(where, args, `${date} <= ?`, req.dateTo)
  if (req.documentIds) {
    add(where, args, 't.document_id IN (SELECT value FROM json_each(?))', JSON.stringify(req.documentIds))
  }
  return { where: where.join(' AND '), args }
}

export function tuMatch(match: string, side: ConcordanceRequest['side']): string {
  if (side === 'source') return `{source} : (${match})`
  if (side === 'target') return `{target} : (${match})`
  return match
}

const SEG_FROM = 'segments s JOIN documents d ON d.id = s.document_id'
const TU_FROM = 'translation_units t LEFT JOIN documents d ON d.id = t.document_id'
const TU_COLS = 't.id, t.source_text, t.target_text, t.source_lang, t.target_lang'

/** Up to `limit` candidates with rowid > after, in rowid order, texts included. */
export function candidatePage(
  db: Db,
  src: FtsSource,
  match: string | null,
  req: ConcordanceRequest,
  after: number,
  limit: number
): CandidateRow[] {
  const kind = src.kind
  const seg = kind === 'seg'
  const f = seg ? segFilters(req) : tuFilters(req)
  const cols = seg ? 's.id, s.text' : TU_COLS
  const from = seg ? SEG_FROM : TU_FROM
  const key = seg ? 's.id' : 't.id'
  if (match === null) {
    const sql = `SELECT ${cols} FROM ${from} WHERE ${key} > ? AND ${f.where} ORDER BY ${key} LIMIT ?`
    return stmt(db, sql).all(after, ...f.args, limit) as CandidateRow[]
  }
  const fts = ftsTable(src)
  const sql = `SELECT ${cols} FROM ${ftsFrom(src)}
    WHERE ${fts} MATCH ? AND ${fts}.rowid > ? AND ${f.where} ORDER BY ${fts}.rowid LIMIT ?`
  return stmt(db, sql).all(ftsMatch(kind, match, req), after, ...f.args, limit) as CandidateRow[]
}

/** FTS table joined to its rows and their documents (a unit may have no document). */
function ftsFrom(src: FtsSource): string {
  const fts = ftsTable(src)
  return src.kind === 'seg'
    ? `${fts} JOIN segments s ON s.id = ${fts}.rowid JOIN documents d ON d.id = s.document_id`
    : `${fts} JOIN translation_units t ON t.id = ${fts}.rowid LEFT JOIN documents d ON d.id = t.document_id`
}

function ftsMatch(kind: SourceKind, match: string, req: ConcordanceRequest): string {
  return kind === 'tu' ? tuMatch(match, req.side) : match
}

/**
 * Every candidate with rowid > after, in rowid order, texts included, as one iterated query: the
 * caller must run no other statement on `db` until the iterator is finished or closed.
 */
export function candidateCursor(
  db: Db,
  src: FtsSource,
  match: string,
  req: ConcordanceRequest,
  after: number
): IterableIterator<CandidateRow> {
  const seg = src.kind === 'seg'
  const f = seg ? segFilters(req) : tuFilters(req)
  const fts = ftsTable(src)
  const sql = `SELECT ${seg ? 's.id, s.text' : TU_COLS} FROM ${ftsFrom(src)}
    WHERE ${fts} MATCH ? AND ${fts}.rowid > ? AND ${f.where} ORDER BY ${fts}.rowid`
  const args = [ftsMatch(src.kind, match, req), after, ...f.args]
  return stmt(db, sql).iterate(...args) as IterableIterator<CandidateRow>
}

/**
 * The last candidate rowid (filters included), for the total estimate: FTS5 iterates a MATCH
 * backwards as cheaply as forwards, so this costs about as much as finding the first hit.
 */
export function lastCandidateId(db: Db, src: FtsSource, match: string | null, req: ConcordanceRequest): number {
  const kind = src.kind
  const seg = kind === 'seg'
  const f = seg ? segFilters(req) : tuFilters(req)
  const key = seg ? 's.id' : 't.id'
  const from = seg ? SEG_FROM : TU_FROM
  if (match === null) {
    const sql = `SELECT ${key} FROM ${from} WHERE ${f.where} ORDER BY ${key} DESC LIMIT 1`
    return (
      (stmt(db, sql)
        .pluck()
        .get(...f.args) as number | undefined) ?? 0
    )
  }
  const fts = ftsTable(src)
  const sql = `SELECT ${fts}.rowid FROM ${ftsFrom(src)}
    WHERE ${fts} MATCH ? AND ${f.where} ORDER BY ${fts}.rowid DESC LIMIT 1`
  return (
    (stmt(db, sql)
      .pluck()
      .get(ftsMatch(kind, match, req), ...f.args) as number | undefined) ?? 0
  )
}
