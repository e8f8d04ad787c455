/**
 * Concordance search over the FTS5 index (migration 002): FTS prefilters candidate rows in rowid
 * (= corpus) order, verify-match.ts finds the exact spans, KWIC lines are built for one page.
 * Paging without re-verifying: the hits found so far for a query are kept in a small per-database
 * cache, so page N+1 continues where page N stopped; a sorted view verifies every candidate once.
 */
import type { Database } from 'better-sqlite3'
import { kwicLine, sortKeys, compareByLevels, type SortKeys } from '../../core/concordance/kwic'
import { parseQuery, QueryError, type ParsedQuery } from '../../core/concordance/parse-query'
import { toFts, MAX_EXPANSIONS, type ExpandPattern } from '../../core/concordance/to-fts'
import { findMatches } from '../../core/concordance/verify-match'
import { scanTokens } from '../../core/concordance/tokens'
import type { ConcordanceHit, ConcordanceRequest, ConcordanceResult } from '../../core/concordance/types'
import { indexGeneration, indexPending } from './index-segments'
import { runRegex } from './regex-runner'

export const MAX_PAGE = 500
const CHUNK = 400
/** Time a regex search may take per request before it stops with the hits found so far. */
export const REGEX_BUDGET_MS = 2000

/** A hit without its text: segment/unit id, side and offsets (+ sort keys for sorted views). */
interface HitRef {
  unit: boolean
  id: number
  side: 'source' | 'target' | null
  start: number
  end: number
  keys?: SortKeys
}

interface Source {
  kind: 'seg' | 'tu'
  after: number
  done: boolean
}

interface SearchState {
  parsed: ParsedQuery
  match: string | null
  refs: HitRef[]
  sources: Source[]
  scanned: number
  timedOut: boolean
  sorted: boolean
  candidateCount?: number
}

const caches = new WeakMap<Database, Map<string, SearchState>>()
const CACHE_SIZE = 16

/** Forgets cached hit lists (benchmarks; tests of cold searches). */
export function clearConcordanceCache(db: Database): void {
  caches.delete(db)
}

export function searchConcordance(db: Database, req: ConcordanceRequest): ConcordanceResult {
  indexPending(db)
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(req.limit ?? 50)))
  const offset = Math.max(0, Math.floor(req.offset ?? 0))
  const state = stateFor(db, req)
  const deadline = Date.now() + REGEX_BUDGET_MS
  const sortLevels = req.sort ?? []
  if (sortLevels.length) {
    scan(db, req, state, Infinity, true, deadline)
    if (!state.sorted) {
      // Stable: equal keys keep corpus order.
      state.refs.sort((a, b) => compareByLevels(a.keys!, b.keys!, sortLevels))
      state.sorted = true
    }
  } else {
    scan(db, req, state, offset + limit + 1, false, deadline)
  }
  const done = state.sources.every((s) => s.done)
  let total = state.refs.length
  if (!done) {
    state.candidateCount ??= countCandidates(db, req, state)
    const perCandidate = state.refs.length / Math.max(1, state.scanned)
    total = Math.max(state.refs.length, Math.round(perCandidate * state.candidateCount))
  }
  const page = state.refs.slice(offset, offset + limit)
  return {
    hits: materialize(db, page, req.width ?? 60),
    total,
    totalExact: done && !state.timedOut,
    page: { offset, limit },
    timedOut: state.timedOut
  }
}

function stateFor(db: Database, req: ConcordanceRequest): SearchState {
  const parsed = parseQuery(req.query, req.options)
  const dataVersion = db.pragma('data_version', { simple: true }) as number
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
  const key = JSON.stringify([
    req.query, req.options ?? {}, req.scope ?? 'corpus', req.language ?? null, req.side ?? 'both',
    req.documentIds ?? null, req.dateFrom ?? null, req.dateTo ?? null, (req.sort ?? []).join(','),
    indexGeneration(db), dataVersion, changes
  ])
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const scope = req.scope ?? 'corpus'
  const kinds: ('seg' | 'tu')[] = scope === 'corpus' ? ['seg'] : scope === 'memory' ? ['tu'] : ['seg', 'tu']
  const match = toFts(parsed, expander(db, kinds))
  const state: SearchState = {
    parsed,
    match,
    refs: [],
    sources: kinds.map((kind) => ({ kind, after: 0, done: match === '' })),
    scanned: 0,
    timedOut: false,
    sorted: false
  }
  cache.set(key, state)
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return state
}

/** Wildcards that FTS cannot express ("*ment", "de*ment") become the index terms they match. */
function expander(db: Database, kinds: ('seg' | 'tu')[]): ExpandPattern {
  return (term) => {
    const glob = term.norm.toLowerCase()
    const prefix = glob.slice(0, glob.indexOf('*'))
    const found = new Set<string>()
    for (const kind of kinds) {
      const table = kind === 'seg' ? 'seg_fts_vocab' : 'tu_fts_vocab'
      const sql = prefix
        ? `SELECT term FROM ${table} WHERE term >= ? AND term < ? AND term GLOB ? LIMIT ?`
        : `SELECT term FROM ${table} WHERE term GLOB ? LIMIT ?`
      const args = prefix ? [prefix, prefix + '\uffff', glob, MAX_EXPANSIONS + 1] : [glob, MAX_EXPANSIONS + 1]
      for (const row of db.prepare(sql).all(...args) as { term: string }[]) found.add(row.term)
    }
    return found.size > MAX_EXPANSIONS ? null : [...found]
  }
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
  if (req.documentIds) add(where, args, 's.document_id IN (SELECT value FROM json_each(?))', JSON.stringify(req.documentIds))
  return { where: where.join(' AND '), args }
}

function tuFilters(req: ConcordanceRequest): Filters {
  const where: string[] = ['t.deleted_at IS NULL', 'd.deleted_at IS NULL']
  const args: unknown[] = []
  const date = "coalesce(d.date, substr(t.created_at, 1, 10))"
  if (req.dateFrom) add(where, args, `${date} >= ?`, req.dateFrom)
  if (req.dateTo) add(where, args, `${date} <= ?`, req.dateTo)
  if (req.documentIds) add(where, args, 't.document_id IN (SELECT value FROM json_each(?))', JSON.stringify(req.documentIds))
  return { where: where.join(' AND '), args }
}

function tuMatch(match: string, side: ConcordanceRequest['side']): string {
  if (side === 'source') return `{source} : (${match})`
  if (side === 'target') return `{target} : (${match})`
  return match
}

function candidateSql(kind: 'seg' | 'tu', match: string | null, req: ConcordanceRequest): { sql: string; args: unknown[] } {
  if (kind === 'seg') {
    const f = segFilters(req)
    if (match === null) {
      return {
        sql: `SELECT s.id, s.text FROM segments s JOIN documents d ON d.id = s.document_id
              WHERE s.id > ? AND ${f.where} ORDER BY s.id LIMIT ?`,
        args: f.args
      }
    }
    return {
      sql: `SELECT s.id, s.text FROM seg_fts JOIN segments s ON s.id = seg_fts.rowid JOIN documents d ON d.id = s.document_id
            WHERE seg_fts MATCH ? AND seg_fts.rowid > ? AND ${f.where} ORDER BY seg_fts.rowid LIMIT ?`,
      args: [match, ...f.args]
    }
  }
  const f = tuFilters(req)
  const cols = 't.id, t.source_text, t.target_text, t.source_lang, t.target_lang'
  if (match === null) {
    return {
      sql: `SELECT ${cols} FROM translation_units t LEFT JOIN documents d ON d.id = t.document_id
            WHERE t.id > ? AND ${f.where} ORDER BY t.id LIMIT ?`,
      args: f.args
    }
  }
  return {
    sql: `SELECT ${cols} FROM tu_fts JOIN translation_units t ON t.id = tu_fts.rowid
          LEFT JOIN documents d ON d.id = t.document_id
          WHERE tu_fts MATCH ? AND tu_fts.rowid > ? AND ${f.where} ORDER BY tu_fts.rowid LIMIT ?`,
    args: [tuMatch(match, req.side), ...f.args]
  }
}

interface CandidateText {
  unit: boolean
  id: number
  side: 'source' | 'target' | null
  text: string
}

/** Verifies candidates until `want` hits are known (Infinity = all) or the sources run dry. */
function scan(db: Database, req: ConcordanceRequest, st: SearchState, want: number, keys: boolean, deadline: number): void {
  for (const src of st.sources) {
    while (!src.done && st.refs.length < want) {
      const { sql, args } = candidateSql(src.kind, st.match, req)
      // The MATCH argument comes first, then the rowid cursor, the filters and the chunk size.
      // Small first chunks keep the first page cheap; full pages for sorted views and deep pages.
      const chunk = Math.min(CHUNK, Math.max(64, (want - st.refs.length) * 2))
      const ordered = st.match === null ? [src.after, ...args, chunk] : [args[0], src.after, ...args.slice(1), chunk]
      const rows = db.prepare(sql).all(...ordered) as Record<string, unknown>[]
      if (rows.length < chunk) src.done = true
      if (rows.length) src.after = rows[rows.length - 1].id as number
      st.scanned += rows.length
      const texts = rows.flatMap((r) => candidateTexts(src.kind, r, req))
      verify(st, texts, keys, deadline)
      if (st.timedOut) {
        for (const s of st.sources) s.done = true
        return
      }
    }
  }
}

function candidateTexts(kind: 'seg' | 'tu', r: Record<string, unknown>, req: ConcordanceRequest): CandidateText[] {
  const id = r.id as number
  if (kind === 'seg') return [{ unit: false, id, side: null, text: r.text as string }]
  const out: CandidateText[] = []
  const lang = req.language
  if (req.side !== 'target' && (!lang || String(r.source_lang).startsWith(lang))) {
    out.push({ unit: true, id, side: 'source', text: r.source_text as string })
  }
  if (req.side !== 'source' && (!lang || String(r.target_lang).startsWith(lang))) {
    out.push({ unit: true, id, side: 'target', text: r.target_text as string })
  }
  return out
}

function verify(st: SearchState, texts: CandidateText[], keys: boolean, deadline: number): void {
  const q = st.parsed
  let regexSpans: number[][] | null = null
  if (q.regex) {
    regexSpans = runRegex(q.regex, texts.map((t) => t.text), deadline - Date.now())
    if (!regexSpans) {
      st.timedOut = true
      return
    }
  }
  texts.forEach((c, i) => {
    const tokens = keys || !q.regex ? scanTokens(c.text, { matchCase: q.matchCase }) : undefined
    const spans = regexSpans
      ? pairs(regexSpans[i])
      : findMatches(c.text, q, tokens)
    const keyTokens = keys && q.matchCase ? scanTokens(c.text) : tokens
    for (const s of spans) {
      const ref: HitRef = { unit: c.unit, id: c.id, side: c.side, start: s.start, end: s.end }
      if (keys) ref.keys = sortKeys(c.text, s.start, s.end, keyTokens)
      st.refs.push(ref)
    }
  })
}

function pairs(flat: number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] })
  return out
}

/**
 * Candidate rows (an upper bound on matching rows), for the total estimate. Without filters the
 * FTS index alone answers (no join: ~10× faster on large hit sets; soft-deleted documents are
 * counted, which only an estimate can afford).
 */
function countCandidates(db: Database, req: ConcordanceRequest, st: SearchState): number {
  let n = 0
  const unfiltered = !req.language && !req.dateFrom && !req.dateTo && !req.documentIds && !req.side
  for (const src of st.sources) {
    if (unfiltered && st.match !== null) {
      const table = src.kind === 'seg' ? 'seg_fts' : 'tu_fts'
      n += (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(st.match) as { n: number }).n
      continue
    }
    const { sql, args } = candidateSql(src.kind, st.match, req)
    const countSql = `SELECT count(*) AS n FROM (${sql.replace(/ORDER BY [^ ]+ LIMIT \?$/, '')})`
    const ordered = st.match === null ? [0, ...args] : [args[0], 0, ...args.slice(1)]
    n += (db.prepare(countSql).get(...ordered) as { n: number }).n
  }
  return n
}

interface SegInfo {
  id: number
  text: string
  document_id: number
  ordinal: number
  title: string
  date: string | null
}
interface TuInfo {
  id: number
  source_text: string
  target_text: string
  document_id: number | null
  title: string | null
  date: string | null
}

function materialize(db: Database, refs: HitRef[], width: number): ConcordanceHit[] {
  const segIds = refs.filter((r) => !r.unit).map((r) => r.id)
  const tuIds = refs.filter((r) => r.unit).map((r) => r.id)
  const segs = new Map<number, SegInfo>()
  const tus = new Map<number, TuInfo>()
  if (segIds.length) {
    const sql = `SELECT s.id, s.text, s.document_id, s.ordinal, d.title, d.date FROM segments s
                 JOIN documents d ON d.id = s.document_id WHERE s.id IN (SELECT value FROM json_each(?))`
    for (const r of db.prepare(sql).all(JSON.stringify(segIds)) as SegInfo[]) segs.set(r.id, r)
  }
  if (tuIds.length) {
    const sql = `SELECT t.id, t.source_text, t.target_text, t.document_id, d.title, d.date FROM translation_units t
                 LEFT JOIN documents d ON d.id = t.document_id WHERE t.id IN (SELECT value FROM json_each(?))`
    for (const r of db.prepare(sql).all(JSON.stringify(tuIds)) as TuInfo[]) tus.set(r.id, r)
  }
  const out: ConcordanceHit[] = []
  for (const ref of refs) {
    if (!ref.unit) {
      const s = segs.get(ref.id)
      if (!s) continue
      out.push({
        kind: 'segment', id: s.id, documentId: s.document_id, documentTitle: s.title, date: s.date,
        ordinal: s.ordinal, side: null, otherText: null, text: s.text, start: ref.start, end: ref.end,
        ...kwicLine(s.text, ref.start, ref.end, width)
      })
    } else {
      const t = tus.get(ref.id)
      if (!t) continue
      const text = ref.side === 'target' ? t.target_text : t.source_text
      out.push({
        kind: 'unit', id: t.id, documentId: t.document_id, documentTitle: t.title, date: t.date, ordinal: null,
        side: ref.side, otherText: ref.side === 'target' ? t.source_text : t.target_text, text,
        start: ref.start, end: ref.end, ...kwicLine(text, ref.start, ref.end, width)
      })
    }
  }
  return out
}

export { QueryError }
