/**
 * Concordance search over the FTS5 index (migration 002): FTS prefilters candidate rows in rowid
 * (= corpus) order, verify-match.ts finds the exact spans, KWIC lines are built for one page.
 * - The first page verifies only as many candidates as it needs (a small LIMIT read); the total is
 *   then an estimate (totalExact false) extrapolated from the hits per candidate rowid so far,
 *   over the candidates' rowid range — no count over the whole hit set.
 * - Paging continues where the previous page stopped: the hits found so far are kept in a small
 *   per-database cache keyed by the request and the data version.
 * - Deep pages and sorted views iterate one FTS query joined to the texts (candidates.ts) and verify
 *   in batches, ASCII text without token objects (ascii-verify.ts); sorting ranks distinct context
 *   words once instead of collating per comparison.
 */
import {
  addAsciiSortKeys,
  asciiMatches,
  type AsciiPlan,
  asciiPlan,
  isAsciiText
} from '../../core/concordance/ascii-verify'
import { singleHanChar } from '../../core/concordance/bigrams'
import { hanSpans } from '../../core/concordance/han-spans'
import { sortKeys } from '../../core/concordance/kwic'
import { type ParsedQuery, parseQuery, QueryError } from '../../core/concordance/parse-query'
import { SortKeyTable } from '../../core/concordance/sort-key-table'
import { quoteFts, toFts } from '../../core/concordance/to-fts'
import { scanTokens, type TextToken } from '../../core/concordance/tokens'
import type { ConcordanceRequest, ConcordanceResult } from '../../core/concordance/types'
import { findMatches, type MatchSpan, requiredLiterals } from '../../core/concordance/verify-match'
import { wholeWordSpans } from '../../core/concordance/word-boundaries'
import type { PinyinResolution } from '../../shared/api/concordance'
import { hasHan } from '../../shared/script'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { dictionaryVersion, syncTermDictionary, workspaceSegmenter } from '../text/term-dictionary'
import {
  candidateCursor,
  candidatePage,
  type CandidateRow,
  type FtsSource,
  lastCandidateId,
  type SourceKind
} from './candidates'
import { wildcardExpander } from './expand-wildcards'
import { hasHanTables, indexGeneration, indexPending } from './index-segments'
import { type HitRef, materialize } from './materialize'
import { resolvePinyin } from './pinyin-lookup'
import { runRegex } from './regex-runner'
import { wordIndexReady, wordPhrasesQuery } from './word-index'

export const MAX_PAGE = 500
/** Candidates per verification batch on full scans, and the largest LIMIT read. */
const BATCH = 5000
/**
 * Wanting more hits than this switches a source from LIMIT reads to one iterated query (a sorted
 * view, a deep page, an exact total): below it, one or two LIMIT reads cost less.
 */
const BULK_FROM = 5000
/** Time a regex search may take per request before it stops with the hits found so far. */
export const REGEX_BUDGET_MS = 2000

interface Source extends FtsSource {
  kind: SourceKind
  /** Last candidate rowid read. */
  after: number
  done: boolean
  /** This source's own FTS query (whole words over seg_zhw), instead of the state's. */
  match?: string
  /** First candidate rowid read (0 = none yet) and the last candidate rowid (for estimates). */
  first: number
  last?: number
  scanned: number
  hits: number
}

interface SearchState {
  parsed: ParsedQuery
  match: string | null
  refs: HitRef[]
  sources: Source[]
  timedOut: boolean
  /** Sort keys of every hit, row i = refs[i] (sorted views only). */
  keys: SortKeyTable
  /** The hits sorted for one sort order; `refs` stays in corpus order (ties keep it). */
  view: { order: string; refs: HitRef[] } | null
  sink?: HitSink
  /** The ASCII fast path's plan (false: the query needs the general path), made on first use. */
  plan?: AsciiPlan | false
  /** Pinyin requests: what the query resolved to; its strings are the alternatives searched. */
  pinyin?: PinyinResolution
  /**
   * Chinese strings found by position in the folded text instead of token by token: what a pinyin query
   * resolved to, or a whole-words query of one Han run (no token objects unless sort keys need them).
   */
  strings?: string[]
  /** Whole-words requests (Chinese): keeps the spans whose Chinese ends are word boundaries. */
  words?: (text: string, spans: MatchSpan[]) => MatchSpan[]
}

const caches = new WeakMap<Db, Map<string, SearchState>>()
const CACHE_SIZE = 16

/** Forgets cached hit lists (benchmarks; tests of cold searches). */
export function clearConcordanceCache(db: Db): void {
  caches.delete(db)
}

export function searchConcordance(db: Db, req: ConcordanceRequest): ConcordanceResult {
  // A term accepted since queues the segments holding it for their words: indexed before the search reads them.
  if (wantsWholeWords(req)) syncTermDictionary(db)
  indexPending(db)
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(req.limit ?? 50)))
  const offset = Math.max(0, Math.floor(req.offset ?? 0))
  const st = stateFor(db, req)
  const deadline = Date.now() + REGEX_BUDGET_MS
  const levels = req.sort ?? []
  let refs = st.refs
  if (levels.length) {
    scan(db, req, st, Infinity, true, deadline)
    const order = levels.join(',')
    if (st.view?.order !== order) {
      const all = st.refs
      st.view = { order, refs: Array.from(st.keys.order(levels), (i) => all[i]) }
    }
    refs = st.view.refs
  } else {
    scan(db, req, st, offset + limit + 1, false, deadline)
  }
  const done = st.sources.every((s) => s.done)
  return {
    hits: materialize(db, refs.slice(offset, offset + limit), req.width ?? 60),
    total: done ? st.refs.length : estimateTotal(db, req, st),
    totalExact: done && !st.timedOut,
    page: { offset, limit },
    timedOut: st.timedOut,
    ...(st.pinyin ? { pinyin: st.pinyin } : {})
  }
}

/** Receives each hit with its text and, for non-regex queries, its folded tokens. */
export type HitSink = (text: string, tokens: TextToken[] | undefined, start: number, end: number) => void

/**
 * Streams the first hits in corpus order (at least `max` unless there are fewer) to `sink`, for
 * collocates: no KWIC lines, no second read of the texts. Returns the total of all hits (exact or
 * estimated) and whether the hits seen are all of them. Uses a fresh, uncached hit list.
 */
export function streamFirstHits(
  db: Db,
  req: ConcordanceRequest,
  max: number,
  sink: HitSink
): { seen: number; total: number; exact: boolean; parsed: ParsedQuery } {
  if (wantsWholeWords(req)) syncTermDictionary(db)
  indexPending(db)
  const st = newState(db, req)
  st.sink = sink
  scan(db, req, st, max, false, Date.now() + REGEX_BUDGET_MS)
  const done = st.sources.every((s) => s.done)
  return {
    seen: st.refs.length,
    total: done ? st.refs.length : estimateTotal(db, req, st),
    exact: done && !st.timedOut,
    parsed: st.parsed
  }
}

/**
 * Whole words asked for and meaningful: a Chinese query or a pinyin one (English queries match whole words
 * anyway; a regex is its own rule).
 */
function wantsWholeWords(req: ConcordanceRequest): boolean {
  const o = req.options
  return Boolean(o?.wholeWords && !o.regex && (req.pinyin || hasHan(req.query)))
}

function stateFor(db: Db, req: ConcordanceRequest): SearchState {
  // Whole-words hits depend on the segmenter's dictionary, which follows the term base.
  const words = wantsWholeWords(req)
  if (words) syncTermDictionary(db)
  const dataVersion = db.pragma('data_version', { simple: true }) as number
  const changes = stmt(db, 'SELECT total_changes() AS n').pluck().get() as number
  // Only "sorted or not" is in the key: every sort order reuses one keyed hit list (views per order).
  const key = JSON.stringify([
    req.query,
    req.options ?? {},
    req.scope ?? 'corpus',
    req.language ?? null,
    req.side ?? 'both',
    req.documentIds ?? null,
    req.dateFrom ?? null,
    req.dateTo ?? null,
    (req.sort ?? []).length > 0,
    Boolean(req.pinyin),
    words ? dictionaryVersion() : null,
    indexGeneration(db),
    dataVersion,
    changes
  ])
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const state = newState(db, req)
  cache.set(key, state)
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return state
}

function newState(db: Db, req: ConcordanceRequest): SearchState {
  const st = req.pinyin ? pinyinState(db, req) : queryState(db, req)
  if (wantsWholeWords(req)) {
    const segmenter = workspaceSegmenter(db)
    // Chinese strings only (one Han run, or what pinyin resolved to): every occurrence is tried.
    const [only] = st.parsed.terms
    if (!st.strings && st.parsed.terms.length === 1 && only.kind === 'han') st.strings = [only.norm]
    const strings = st.strings
    st.words = (text, spans) => wholeWordSpans(text, spans, segmenter, strings)
    // Segments are read from their Chinese words (seg_zhw) when those are up to date: only rows where the
    // strings may stand as words, not every row holding their characters.
    const words = strings && wordIndexReady(db) ? wordPhrasesQuery(strings) : null
    for (const src of st.sources) {
      if (words && src.kind === 'seg' && !src.done) Object.assign(src, { words: true, han: false, match: words })
    }
  }
  return st
}

function queryState(db: Db, req: ConcordanceRequest): SearchState {
  const parsed = parseQuery(req.query, req.options)
  // One Han character alone: a lookup in the character tables (migration 006), not a prefix query.
  const char = parsed.regex ? null : singleHanChar(parsed.terms)
  const han = char !== null && hasHanTables(db)
  const match = han ? quoteFts(char) : toFts(parsed, wildcardExpander(db))
  return emptyState(req, parsed, match, han)
}

function emptyState(req: ConcordanceRequest, parsed: ParsedQuery, match: string | null, han: boolean): SearchState {
  const scope = req.scope ?? 'corpus'
  const kinds: SourceKind[] = scope === 'corpus' ? ['seg'] : scope === 'memory' ? ['tu'] : ['seg', 'tu']
  return {
    parsed,
    match,
    refs: [],
    sources: kinds.map((kind) => ({
      kind,
      han,
      after: 0,
      done: match === '',
      first: 0,
      scanned: 0,
      hits: 0
    })),
    timedOut: false,
    keys: new SortKeyTable(),
    view: null
  }
}

/**
 * A pinyin request: the Chinese strings it resolved to, searched as one query (an OR of their FTS
 * phrases; one-character strings alone read the character tables). Options (case, lemma, regex)
 * mean nothing for Chinese text and are ignored.
 */
function pinyinState(db: Db, req: ConcordanceRequest): SearchState {
  const pinyin = resolvePinyin(db, req)
  const texts = pinyin.strings.map((s) => s.text)
  // `parsed` only serves collocates (the node's language and terms): the most frequent string.
  const parsed = parseQuery(texts[0] ?? req.query)
  const singles = texts.length > 0 && texts.every((t) => [...t].length === 1) && hasHanTables(db)
  const phrases = texts.map((t) => (singles ? quoteFts(t) : toFts(parseQuery(t))))
  const match = phrases.length === 0 ? '' : phrases.length === 1 ? phrases[0] : `(${phrases.join(') OR (')})`
  const st = emptyState(req, parsed, match, singles)
  st.pinyin = pinyin
  st.strings = texts
  return st
}

function matchOf(st: SearchState, src: Source): string | null {
  return src.match ?? st.match
}

/** Verifies candidates until `want` hits are known (Infinity = all) or the sources run dry. */
function scan(db: Db, req: ConcordanceRequest, st: SearchState, want: number, keys: boolean, deadline: number): void {
  for (const src of st.sources) {
    if (!src.done && matchOf(st, src) !== null && want - st.refs.length > BULK_FROM) {
      scanAll(db, req, st, src, want, keys, deadline)
    }
    while (!src.done && st.refs.length < want && !st.timedOut) {
      const rows = nextCandidates(db, req, st, src, want - st.refs.length)
      take(req, st, src, rows, keys, deadline)
    }
    if (st.timedOut) {
      for (const s of st.sources) s.done = true
      return
    }
  }
}

/** Verifies a batch of candidate rows of one source. */
function take(
  req: ConcordanceRequest,
  st: SearchState,
  src: Source,
  rows: CandidateRow[],
  keys: boolean,
  deadline: number
): void {
  if (rows.length === 0) return
  if (!src.first) src.first = rows[0].id
  src.after = rows[rows.length - 1].id
  src.scanned += rows.length
  const before = st.refs.length
  verify(
    st,
    rows.flatMap((r) => candidateTexts(src.kind, r, req)),
    keys,
    deadline
  )
  src.hits += st.refs.length - before
}

/**
 * Many hits wanted (a sorted view, a deep page, an exact total): ONE FTS query iterated in rowid
 * order with the texts joined, verified in batches, closed as soon as enough hits are known. One
 * query avoids both the seek per restart of LIMIT reads and a second read of the texts by id.
 * Only pure JavaScript runs while the cursor is open (better-sqlite3 allows nothing else).
 */
function scanAll(
  db: Db,
  req: ConcordanceRequest,
  st: SearchState,
  src: Source,
  want: number,
  keys: boolean,
  deadline: number
): void {
  let batch: CandidateRow[] = []
  let exhausted = true
  for (const row of candidateCursor(db, src, matchOf(st, src) as string, req, src.after)) {
    batch.push(row)
    if (batch.length < BATCH) continue
    take(req, st, src, batch, keys, deadline)
    batch = []
    if (st.refs.length >= want || st.timedOut) {
      exhausted = false
      break
    }
  }
  take(req, st, src, batch, keys, deadline)
  if (exhausted) src.done = true
}

function nextCandidates(db: Db, req: ConcordanceRequest, st: SearchState, src: Source, need: number): CandidateRow[] {
  // Read about as many candidates as the hits still needed take at the hit rate seen so far (most
  // candidates are hits: FTS is exact for words and phrases), plus a margin; at least 64.
  const rate = src.scanned >= 64 ? Math.max(0.05, src.hits / src.scanned) : 1
  const chunk = Math.min(BATCH, Math.max(64, Math.ceil((need / rate) * 1.25)))
  const rows = candidatePage(db, src, matchOf(st, src), req, src.after, chunk)
  if (rows.length < chunk) src.done = true
  return rows
}

/**
 * Estimated hits: per source, hits per candidate rowid so far times the candidates' rowid range
 * (first to last candidate). A source not read yet gets the other sources' hits per candidate
 * times a small sample of its candidates, scaled the same way.
 */
function estimateTotal(db: Db, req: ConcordanceRequest, st: SearchState): number {
  const scanned = st.sources.reduce((n, s) => n + s.scanned, 0)
  const ratio = scanned ? st.refs.length / scanned : 1
  let total = 0
  for (const src of st.sources) {
    if (src.done) {
      total += src.hits
      continue
    }
    src.last ??= lastCandidateId(db, src, matchOf(st, src), req)
    if (src.scanned === 0) {
      const sample = candidatePage(db, src, matchOf(st, src), req, 0, 500)
      if (sample.length === 0) continue
      const first = sample[0].id
      const span = sample[sample.length - 1].id - first + 1 || 1
      const candidates = sample.length < 500 ? sample.length : (sample.length * (src.last - first + 1)) / span
      total += ratio * candidates
      continue
    }
    const covered = Math.max(1, src.after - src.first + 1)
    total += (src.hits * Math.max(covered, src.last - src.first + 1)) / covered
  }
  return Math.max(st.refs.length, Math.round(total))
}

interface CandidateText {
  unit: boolean
  id: number
  side: 'source' | 'target' | null
  text: string
}

function candidateTexts(kind: SourceKind, r: CandidateRow, req: ConcordanceRequest): CandidateText[] {
  if (kind === 'seg') return [{ unit: false, id: r.id, side: null, text: r.text as string }]
  const out: CandidateText[] = []
  const lang = req.language
  if (req.side !== 'target' && (!lang || String(r.source_lang).startsWith(lang))) {
    out.push({ unit: true, id: r.id, side: 'source', text: r.source_text as string })
  }
  if (req.side !== 'source' && (!lang || String(r.target_lang).startsWith(lang))) {
    out.push({ unit: true, id: r.id, side: 'target', text: r.target_text as string })
  }
  return out
}

function verify(st: SearchState, texts: CandidateText[], keys: boolean, deadline: number): void {
  if (st.strings) {
    verifyStrings(st, texts, st.strings, keys)
    return
  }
  const q = st.parsed
  let regexSpans: number[][] | null = null
  if (q.regex) {
    if (texts.length === 0) return
    regexSpans = runRegex(
      q.regex,
      texts.map((t) => t.text),
      deadline - Date.now()
    )
    if (!regexSpans) {
      st.timedOut = true
      return
    }
  }
  const literals = requiredLiterals(q)
  // Streaming to a sink (collocates) needs the token objects; otherwise ASCII text takes the fast path.
  const plan = st.sink ? null : (st.plan ??= asciiPlan(q) ?? false) || null
  texts.forEach((c, i) => {
    if (literals && !literals.every((l) => c.text.includes(l))) return
    if (plan && isAsciiText(c.text)) {
      verifyAscii(st, c, plan, keys)
      return
    }
    const tokens = keys || !q.regex ? scanTokens(c.text, { matchCase: q.matchCase }) : undefined
    let spans = regexSpans ? pairs(regexSpans[i]) : findMatches(c.text, q, tokens)
    if (st.words && spans.length) spans = st.words(c.text, spans)
    if (spans.length === 0) return
    const keyTokens = keys && q.matchCase ? scanTokens(c.text) : tokens
    for (const s of spans) {
      const ref: HitRef = { unit: c.unit, id: c.id, side: c.side, start: s.start, end: s.end }
      if (keys) st.keys.add(sortKeys(c.text, s.start, s.end, keyTokens))
      st.refs.push(ref)
      st.sink?.(c.text, tokens, s.start, s.end)
    }
  })
}

/** Chinese strings (pinyin alternatives, a whole-words Han run): every occurrence, in the folded text. */
function verifyStrings(st: SearchState, texts: CandidateText[], strings: string[], keys: boolean): void {
  for (const c of texts) {
    let spans = hanSpans(c.text, strings)
    if (st.words && spans.length) spans = st.words(c.text, spans)
    if (spans.length === 0) continue
    const tokens = keys || st.sink ? scanTokens(c.text) : undefined
    for (const s of spans) {
      if (keys) st.keys.add(sortKeys(c.text, s.start, s.end, tokens))
      st.refs.push({ unit: c.unit, id: c.id, side: c.side, start: s.start, end: s.end })
      st.sink?.(c.text, tokens, s.start, s.end)
    }
  }
}

function verifyAscii(st: SearchState, c: CandidateText, plan: AsciiPlan, keys: boolean): void {
  const lower = plan.matchCase && !keys ? c.text : c.text.toLowerCase()
  const spans = asciiMatches(plan.matchCase ? c.text : lower, plan)
  for (const s of spans) {
    const ref: HitRef = { unit: c.unit, id: c.id, side: c.side, start: s.start, end: s.end }
    if (keys) addAsciiSortKeys(st.keys, lower, s.start, s.end)
    st.refs.push(ref)
  }
}

function pairs(flat: number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] })
  return out
}

export { QueryError }
