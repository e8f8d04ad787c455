/**
 * Verification and sort keys for the common case — ASCII text, a query starting with a literal
 * word — without token objects. A sorted view of "the" verifies ~360,000 segments: building a
 * token object per word (scanTokens) was most of its time. Here the first word is found with
 * indexOf on the folded text and only the tokens a match or a sort key needs are read, by
 * character code. Same token model as tokens.ts (an ASCII word is a run of [A-Za-z0-9]), so the
 * results equal findMatches + sortKeys exactly (tests/core/concordance/ascii-verify.test.ts).
 */
import type { SortKeys } from './kwic'
import type { ParsedQuery, QueryTerm } from './parse-query'
import type { SortKeyTable } from './sort-key-table'
import type { MatchSpan } from './verify-match'

/** A query the fast path can verify. */
export interface AsciiPlan {
  first: string
  rest: QueryTerm[]
  matchCase: boolean
  /** The query holds a Han term: it can never match ASCII text. */
  never: boolean
}

const NON_ASCII = /[^\p{ASCII}]/u

export function isAsciiText(text: string): boolean {
  return !NON_ASCII.test(text)
}

/**
 * null when the query needs the general path: a regex, a first term that is not a literal word,
 * or lemma forms (every word of a lemma query has them).
 */
export function asciiPlan(query: ParsedQuery): AsciiPlan | null {
  const [first, ...rest] = query.terms
  if (query.regex || !first || first.kind !== 'word' || first.pattern) return null
  if (query.terms.some((t) => t.kind === 'word' && t.forms)) return null
  return {
    first: first.norm,
    rest,
    matchCase: query.matchCase,
    never: query.terms.some((t) => t.kind === 'han')
  }
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
}

/**
 * All non-overlapping matches in `text` (which must be ASCII), left to right. `folded` is the
 * text as the query compares it: lower-cased, or the text itself when matching case.
 */
export function asciiMatches(folded: string, plan: AsciiPlan): MatchSpan[] {
  const out: MatchSpan[] = []
  if (plan.never) return out
  const n = folded.length
  const len = plan.first.length
  for (let i = folded.indexOf(plan.first); i >= 0;) {
    const after = i + len
    const inWord =
      (i > 0 && isWordCode(folded.charCodeAt(i - 1))) || (after < n && isWordCode(folded.charCodeAt(after)))
    if (inWord) {
      i = folded.indexOf(plan.first, i + 1)
      continue
    }
    const end = matchRest(folded, after, plan)
    if (end >= 0) {
      out.push({ start: i, end })
      i = folded.indexOf(plan.first, end)
    } else i = folded.indexOf(plan.first, after)
  }
  return out
}

/** End of the match whose first word ends at `pos`, or -1. */
function matchRest(folded: string, pos: number, plan: AsciiPlan): number {
  const n = folded.length
  for (const t of plan.rest) {
    if (t.kind === 'han') return -1
    let s = pos
    while (s < n && !isWordCode(folded.charCodeAt(s))) s++
    if (s >= n) return -1
    let e = s + 1
    while (e < n && isWordCode(folded.charCodeAt(e))) e++
    if (t.kind === 'word') {
      const ok = t.pattern
        ? t.pattern.test(folded.slice(s, e))
        : e - s === t.norm.length && folded.startsWith(t.norm, s)
      if (!ok) return -1
    }
    pos = e
  }
  return pos
}

/** Sort keys of a match in lower-cased ASCII text: up to 3 words each side, nearest first. */
export function asciiSortKeys(lower: string, start: number, end: number): SortKeys {
  const left: string[] = []
  const right: string[] = []
  let p = start
  while (left.length < 3) {
    while (p > 0 && !isWordCode(lower.charCodeAt(p - 1))) p--
    if (p === 0) break
    const e = p
    while (p > 0 && isWordCode(lower.charCodeAt(p - 1))) p--
    left.push(lower.slice(p, e))
  }
  const n = lower.length
  p = end
  while (right.length < 3) {
    while (p < n && !isWordCode(lower.charCodeAt(p))) p++
    if (p >= n) break
    const s = p
    while (p < n && isWordCode(lower.charCodeAt(p))) p++
    right.push(lower.slice(s, p))
  }
  return { left, right }
}

const LEFT = [0, 0, 0]
const RIGHT = [0, 0, 0]

/** asciiSortKeys straight into a table, as word ids: no strings for words seen before. */
export function addAsciiSortKeys(table: SortKeyTable, lower: string, start: number, end: number): void {
  LEFT.fill(0)
  RIGHT.fill(0)
  let p = start
  for (let n = 0; n < 3; n++) {
    while (p > 0 && !isWordCode(lower.charCodeAt(p - 1))) p--
    if (p === 0) break
    const e = p
    while (p > 0 && isWordCode(lower.charCodeAt(p - 1))) p--
    LEFT[n] = table.wordIdAt(lower, p, e)
  }
  const len = lower.length
  p = end
  for (let n = 0; n < 3; n++) {
    while (p < len && !isWordCode(lower.charCodeAt(p))) p++
    if (p >= len) break
    const s = p
    while (p < len && isWordCode(lower.charCodeAt(p))) p++
    RIGHT[n] = table.wordIdAt(lower, s, p)
  }
  table.addIds(LEFT, RIGHT)
}
