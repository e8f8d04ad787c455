/**
 * Fuzzy matching of translation-memory segments, the way CAT tools count it: a weighted edit
 * distance over word and punctuation tokens for English, over characters for Chinese, turned into a
 * percentage of the longer segment. Differences of letter case or character width (，vs ,) cost a
 * quarter of an edit; whitespace-only differences cap the score at 99 so that only identical text
 * shows 100.
 */
import { detectMatchLang, type MatchLang, type MatchToken, tokenizeWithOffsets } from './match-tokens'

export type { MatchLang } from './match-tokens'

/** Cost of a substitution between tokens that differ only in case or width. */
export const LIGHT_COST = 0.25

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete' | 'replace'
  /** Text of segment a covered by this op (with the whitespace that follows it). */
  a?: string
  /** Text of segment b covered by this op (with the whitespace that follows it). */
  b?: string
}

export interface MatchCandidate {
  id: number
  source: string
  target: string
}

export interface RankedMatch extends MatchCandidate {
  score: number
  /** Source identical to the query, character for character (after trimming the ends). */
  exact: boolean
}

export interface RankOptions {
  /** Lowest score returned, 0..100; default 70. */
  min?: number
  /** Most matches returned; default 10. */
  limit?: number
  /** Language of the source side; guessed from the query when absent. */
  lang?: MatchLang
}

export function tokenizeForMatch(text: string, lang: MatchLang): string[] {
  return tokenizeWithOffsets(text, lang).map((t) => t.text)
}

function subCost(x: MatchToken, y: MatchToken): number {
  if (x.text === y.text) return 0
  return x.fold === y.fold ? LIGHT_COST : 1
}

/** Weighted token edit distance, two rows of memory. */
function distance(a: MatchToken[], b: MatchToken[]): number {
  let prev = new Float64Array(b.length + 1)
  let cur = new Float64Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    const ai = a[i - 1]
    for (let j = 1; j <= b.length; j++) {
      const diag = prev[j - 1] + subCost(ai, b[j - 1])
      const del = prev[j] + 1
      const ins = cur[j - 1] + 1
      cur[j] = diag < del ? (diag < ins ? diag : ins) : del < ins ? del : ins
    }
    const t = prev
    prev = cur
    cur = t
  }
  return prev[b.length]
}

function scoreFromDistance(d: number, la: number, lb: number, sameText: boolean): number {
  if (sameText) return 100
  const longest = Math.max(la, lb)
  if (longest === 0) return 0
  // Floor, as CAT tools do: a unit shown as 70% really is at least 70% (ngram-keys relies on it).
  const score = Math.floor(100 * (1 - d / longest) + 1e-9)
  return Math.max(0, Math.min(99, score))
}

function scoreTokens(a: string, ta: MatchToken[], b: string, tb: MatchToken[]): number {
  const sameText = a.trim() === b.trim()
  if (sameText) return 100
  return scoreFromDistance(distance(ta, tb), ta.length, tb.length, false)
}

/** Match percentage 0..100 between two segments of the same language. */
export function matchScore(a: string, b: string, lang: MatchLang): number {
  return scoreTokens(a, tokenizeWithOffsets(a, lang), b, tokenizeWithOffsets(b, lang))
}

/** Slice of the text for tokens [from, to), including the whitespace after the last one. */
function sliceTokens(text: string, tokens: MatchToken[], from: number, to: number): string {
  const end = to < tokens.length ? tokens[to].start : text.length
  return text.slice(tokens[from].start, end)
}

/**
 * Differences between a and b for highlighting. Concatenating the `a` parts gives a (less leading
 * whitespace), the `b` parts likewise b. Case-only changes show as 'replace'.
 */
export function diffTokens(a: string, b: string, lang: MatchLang): DiffOp[] {
  const ta = tokenizeWithOffsets(a, lang)
  const tb = tokenizeWithOffsets(b, lang)
  const w = tb.length + 1
  const dp = new Float64Array((ta.length + 1) * w)
  for (let j = 0; j <= tb.length; j++) dp[j] = j
  for (let i = 1; i <= ta.length; i++) {
    dp[i * w] = i
    for (let j = 1; j <= tb.length; j++) {
      dp[i * w + j] = Math.min(
        dp[(i - 1) * w + j - 1] + subCost(ta[i - 1], tb[j - 1]),
        dp[(i - 1) * w + j] + 1,
        dp[i * w + j - 1] + 1
      )
    }
  }
  // Walk back, recording per step whether it kept a token unchanged.
  type Step = { kind: 'eq' | 'sub' | 'del' | 'ins'; i: number; j: number }
  const steps: Step[] = []
  let i = ta.length
  let j = tb.length
  const eps = 1e-9
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0) {
      const c = subCost(ta[i - 1], tb[j - 1])
      if (Math.abs(dp[i * w + j] - (dp[(i - 1) * w + j - 1] + c)) < eps) {
        steps.push({ kind: c === 0 ? 'eq' : 'sub', i: i - 1, j: j - 1 })
        i--
        j--
        continue
      }
    }
    if (i > 0 && Math.abs(dp[i * w + j] - (dp[(i - 1) * w + j] + 1)) < eps) {
      steps.push({ kind: 'del', i: i - 1, j })
      i--
    } else {
      steps.push({ kind: 'ins', i, j: j - 1 })
      j--
    }
  }
  steps.reverse()

  const ops: DiffOp[] = []
  let k = 0
  while (k < steps.length) {
    const equal = steps[k].kind === 'eq'
    let end = k
    while (end < steps.length && (steps[end].kind === 'eq') === equal) end++
    // Token ranges this run covers on each side.
    let aFrom = -1,
      aTo = -1,
      bFrom = -1,
      bTo = -1
    for (let s = k; s < end; s++) {
      const st = steps[s]
      if (st.kind !== 'ins') {
        if (aFrom < 0) aFrom = st.i
        aTo = st.i + 1
      }
      if (st.kind !== 'del') {
        if (bFrom < 0) bFrom = st.j
        bTo = st.j + 1
      }
    }
    const aText = aFrom >= 0 ? sliceTokens(a, ta, aFrom, aTo) : undefined
    const bText = bFrom >= 0 ? sliceTokens(b, tb, bFrom, bTo) : undefined
    if (equal) ops.push({ op: 'equal', a: aText, b: bText })
    else if (aText !== undefined && bText !== undefined) ops.push({ op: 'replace', a: aText, b: bText })
    else if (aText !== undefined) ops.push({ op: 'delete', a: aText })
    else ops.push({ op: 'insert', b: bText })
    k = end
  }
  return ops
}

/**
 * Score the candidates against the query and return the best: exact matches first, then by score,
 * then by closeness of length, then by id (stable, newest-last ids win nothing by accident).
 */
export function rankMatches(query: string, candidates: MatchCandidate[], options: RankOptions = {}): RankedMatch[] {
  const min = options.min ?? 70
  const limit = options.limit ?? 10
  const lang = options.lang ?? detectMatchLang(query)
  const tq = tokenizeWithOffsets(query, lang)
  const q = query.trim()
  const ratio = min / 100
  const out: (RankedMatch & { lenGap: number })[] = []
  for (const c of candidates) {
    const exact = c.source.trim() === q
    let score: number
    const tc = tokenizeWithOffsets(c.source, lang)
    if (exact) score = 100
    else {
      // Every token of length difference costs a full insertion: skip what cannot reach min.
      const shorter = Math.min(tq.length, tc.length)
      const longer = Math.max(tq.length, tc.length)
      if (longer === 0 || shorter < ratio * longer) continue
      score = scoreTokens(query, tq, c.source, tc)
    }
    if (score < min) continue
    out.push({ ...c, score, exact, lenGap: Math.abs(tc.length - tq.length) })
  }
  out.sort((x, y) => Number(y.exact) - Number(x.exact) || y.score - x.score || x.lenGap - y.lenGap || x.id - y.id)
  return out.slice(0, limit).map(({ lenGap: _lenGap, ...m }) => m)
}
