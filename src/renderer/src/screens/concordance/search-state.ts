import type {
  ConcordanceHit,
  ConcordanceRequest,
  PinyinResolution,
  SortLevel
} from '../../../../shared/api/concordance'
import { hasHan } from '../../../../shared/script'
import type { Lang } from '../../../../shared/vocabulary'

export const SORT_LEVELS: readonly SortLevel[] = ['1L', '2L', '3L', '1R', '2R', '3R']
/** Like AntConc: up to three sort keys, applied in order. */
export const MAX_SORT_LEVELS = 3

/** Everything the user chose; the query text only counts once submitted. */
export interface SearchState {
  query: string
  matchCase: boolean
  lemma: boolean
  regex: boolean
  /** Read the query as pinyin (xinzhi shengchanli → 新质生产力). */
  pinyin: boolean
  /** Chinese: only where the query stands as whole words. */
  wholeWords: boolean
  scope: 'corpus' | 'memory' | 'both'
  language: '' | Lang
  documentIds: number[]
  dateFrom: string
  dateTo: string
  sort: SortLevel[]
}

export const initialSearch: SearchState = {
  query: '',
  matchCase: false,
  lemma: false,
  regex: false,
  pinyin: false,
  wholeWords: false,
  scope: 'corpus',
  language: '',
  documentIds: [],
  dateFrom: '',
  dateTo: '',
  sort: []
}

/** The API request for one page; unset filters are left out rather than sent empty. */
export function buildRequest(state: SearchState, offset: number, limit: number): ConcordanceRequest {
  const request: ConcordanceRequest = { query: state.query, scope: state.scope, offset, limit }
  const options = { matchCase: state.matchCase, lemma: state.lemma, regex: state.regex }
  // Case, forms and regex mean nothing for the Chinese strings a pinyin query resolves to; whole words do.
  if (state.pinyin) {
    request.pinyin = true
    if (state.wholeWords) request.options = { wholeWords: true }
  } else if (options.matchCase || options.lemma || options.regex || state.wholeWords) {
    request.options = state.wholeWords ? { ...options, wholeWords: true } : options
  }
  if (state.language) request.language = state.language
  if (state.documentIds.length > 0) request.documentIds = [...state.documentIds]
  if (state.dateFrom) request.dateFrom = state.dateFrom
  if (state.dateTo) request.dateTo = state.dateTo
  if (state.sort.length > 0) request.sort = [...state.sort]
  return request
}

/** Identifies the result list: a new key starts paging over from the top. */
export function searchKey(state: SearchState): string {
  return JSON.stringify(buildRequest(state, 0, 0))
}

/**
 * Sets sort level `index` (0-based) to `value` ('' clears it and the levels after it). A key
 * already used at another level swaps places with the one it replaces, so none sorts twice.
 */
export function setSortLevel(levels: readonly SortLevel[], index: number, value: SortLevel | ''): SortLevel[] {
  const next = levels.slice(0, MAX_SORT_LEVELS)
  if (value === '') return next.slice(0, index)
  const position = Math.min(index, next.length)
  const existing = next.indexOf(value)
  if (existing === position) return next
  if (position === next.length) {
    if (existing >= 0) next.splice(existing, 1)
    return [...next, value].slice(0, MAX_SORT_LEVELS)
  }
  if (existing >= 0) next[existing] = next[position]
  next[position] = value
  return next
}

const wordPattern = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu

function words(text: string): string[] {
  return text.match(wordPattern) ?? []
}

/**
 * Where a collocate usually stands relative to the match in the loaded hits: signed distance in
 * words (English) or characters (Chinese), −1 = just before, +1 = just after; null when it does
 * not occur within the window in any of them.
 */
export function collocatePosition(hits: readonly ConcordanceHit[], word: string, window: number): number | null {
  const counts = new Map<number, number>()
  const bump = (distance: number) => counts.set(distance, (counts.get(distance) ?? 0) + 1)
  const han = hasHan(word)
  const target = word.toLocaleLowerCase()
  for (const hit of hits) {
    if (han) {
      // No spaces in Chinese: distance counts the characters between the match and the word.
      const reach = window * 4 + word.length
      const right = hit.right.slice(0, reach).indexOf(word)
      if (right >= 0) bump(right + 1)
      const leftText = hit.left.slice(-reach)
      const left = leftText.lastIndexOf(word)
      if (left >= 0) bump(-(leftText.length - left - word.length + 1))
      continue
    }
    const before = words(hit.left)
      .slice(-window)
      .map((w) => w.toLocaleLowerCase())
    const after = words(hit.right)
      .slice(0, window)
      .map((w) => w.toLocaleLowerCase())
    const r = after.indexOf(target)
    if (r >= 0) bump(r + 1)
    const l = before.lastIndexOf(target)
    if (l >= 0) bump(-(before.length - l))
  }
  let best: number | null = null
  let bestCount = 0
  for (const [distance, count] of counts) {
    // Ties go to the nearer position: an adjacent phrase is the likelier refinement.
    if (count > bestCount || (count === bestCount && best !== null && Math.abs(distance) < Math.abs(best))) {
      best = distance
      bestCount = count
    }
  }
  return best
}

/**
 * The refined query for a clicked collocate: the query and the word as a phrase in their usual
 * order, `*` standing for each word in between (at most three); otherwise the word alone.
 */
export function refineQuery(query: string, word: string, distance: number | null): string {
  const q = query.trim()
  if (distance === null || distance === 0 || Math.abs(distance) > 4) return word
  const gap = Math.abs(distance) - 1
  const han = hasHan(q) && hasHan(word)
  if (han && gap === 0) return distance > 0 ? `${q}${word}` : `${word}${q}`
  const stars = Array<string>(gap).fill('*')
  const parts = distance > 0 ? [q, ...stars, word] : [word, ...stars, q]
  return parts.join(' ')
}

/** Text of the hits currently loaded, for `collocatePosition` (undefined = not loaded yet). */
export function loadedHits(rowAt: (index: number) => ConcordanceHit | undefined, count: number): ConcordanceHit[] {
  const out: ConcordanceHit[] = []
  for (let i = 0; i < count; i++) {
    const hit = rowAt(i)
    if (hit) out.push(hit)
  }
  return out
}

/** "xin zhi → 新质 (12), 新知 (3)": what a pinyin query resolved to, for the line above the hits. */
export function pinyinSummary(resolution: PinyinResolution, formatCount: (n: number) => string): string {
  return resolution.strings.map((s) => `${s.text} (${formatCount(s.count)})`).join('\u3001')
}
