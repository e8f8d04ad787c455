/**
 * Chinese equivalents for an English term, proposed from the translation memory.
 *
 * The units whose English side contains the term (lemma-aware, as term recognition finds it) are the
 * positives. Every Chinese character n-gram (2–8 characters, not crossing punctuation) of a positive
 * unit is a candidate, scored by its association with the term: Dice over units
 * (2·both / (term units + n-gram units)), with Dunning's log-likelihood ratio as tie-breaker and to
 * drop n-grams no more frequent with the term than without it. Greedy pruning then keeps, of an
 * n-gram and its sub- and super-strings, only the best scored: 新质生产力 beats both 质生产力 and
 * 发展新质生产力.
 *
 * Scale: the caller passes the units that contain the term (the main side finds them through its
 * index), plus either some units without it, or `background`, a synchronous count of memory units
 * whose Chinese side contains each n-gram (the SQLite bigram index answers that). Nothing here walks
 * the whole memory.
 */
import { buildTermMatcher } from './term-recognition'

export interface SuggestUnit {
  id: number
  en: string
  zh: string
}

export interface SuggestBackground {
  /** Units in the whole memory. */
  totalUnits: number
  /** Units in the whole memory containing the term (default: estimated from the units passed). */
  termUnits?: number
  /**
   * The units passed are an even sample of this many candidate units (the caller sampled its index
   * hits): the term-unit estimate scales the share of true term units in the sample up to it.
   */
  sampledFrom?: number
  /** For each n-gram, how many units of the whole memory have it in their Chinese side. */
  countUnits(ngrams: string[]): number[]
}

export interface SuggestOptions {
  /** Shortest and longest n-gram in characters; default 2 and 8. */
  minLength?: number
  maxLength?: number
  /** Most proposals returned, known equivalents not counted; default 10. */
  limit?: number
  /**
   * Least number of term units an n-gram must occur in; default 1% of them and at least 2 (1 when the
   * term is in a single unit). A rendering rarer than that could not score above 0.02 anyway.
   */
  minFreq?: number
  /** Chinese equivalents the term base already has: always returned, marked known. */
  known?: string[]
  background?: SuggestBackground
  /** Term units examined at most (an even sample of them); default 2000. */
  maxUnits?: number
  /** Evidence unit ids kept per proposal; default 20. */
  maxEvidence?: number
}

export interface EquivalentSuggestion {
  zh: string
  /** Dice coefficient, 0..1. */
  score: number
  /** Units (examined) holding both the term and this n-gram. */
  freq: number
  /** Some of those units. */
  unitIds: number[]
  /** Log-likelihood ratio (G²) of the association. */
  llr: number
  known?: boolean
}

// Runs an equivalent can lie in: Han characters with Latin letters and digits (5G网络, 2025年).
const RUN = /[\p{Script=Han}A-Za-z0-9]+/gu

function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0
}

/** Dunning's G² for the 2×2 table [[k11, k12], [k21, k22]]. */
export function logLikelihoodRatio(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22
  const rows = xlogx(k11 + k12) + xlogx(k21 + k22)
  const cols = xlogx(k11 + k21) + xlogx(k12 + k22)
  const cells = xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22)
  return Math.max(0, 2 * (cells - rows - cols + xlogx(n)))
}

/** Distinct n-grams of one Chinese text, as arrays of code points so surrogate pairs stay whole. */
function ngramsOf(zh: string, minLength: number, maxLength: number, out: Set<string>): void {
  out.clear()
  for (const m of zh.matchAll(RUN)) {
    const chars = [...m[0]]
    for (let i = 0; i < chars.length; i++) {
      let g = ''
      for (let len = 1; len <= maxLength && i + len <= chars.length; len++) {
        g += chars[i + len - 1]
        if (len >= minLength) out.add(g)
      }
    }
  }
}

function sample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items
  const step = items.length / max
  return Array.from({ length: max }, (_, k) => items[Math.floor(k * step)])
}

/**
 * Distinct-unit counts of the n-grams that occur in at least minFreq units, level by level (Apriori):
 * an n-gram can only be that frequent if both its one-shorter edges are, so each level extends only
 * the positions where two frequent n-grams overlap. N-grams are numbered (prefix id × 65536 + next
 * UTF-16 unit) instead of being built as strings: only the frequent ones ever become strings, which
 * keeps 3,000 units well under the time budget. Lengths count UTF-16 units (a rare supplementary-plane
 * character counts as two).
 */
function countFrequentNgrams(
  units: SuggestUnit[],
  minLength: number,
  maxLength: number,
  minFreq: number,
  maxEvidence: number
): { freq: Map<string, number>; evidence: Map<string, number[]> } {
  const runs: { unit: number; text: string }[] = []
  units.forEach((u, k) => {
    for (const m of u.zh.matchAll(RUN)) runs.push({ unit: k, text: m[0] })
  })
  const freq = new Map<string, number>()
  const evidence = new Map<string, number[]>()
  // ids[r][i]: number of the current-length n-gram starting at i in run r, -1 when not frequent.
  let ids: Int32Array[] = runs.map((r) => Int32Array.from(r.text, (_, i) => r.text.charCodeAt(i)))
  for (let len = 1; len <= maxLength; len++) {
    const intern = new Map<number, number>()
    const count: number[] = []
    const last: number[] = []
    const where: number[] = [] // run * 2^20 + position of a first occurrence, to spell it later
    const unitIds: number[][] = []
    const next: Int32Array[] = []
    for (let r = 0; r < runs.length; r++) {
      const { unit, text } = runs[r]
      const prev = ids[r]
      const row = new Int32Array(Math.max(0, text.length - len + 1)).fill(-1)
      for (let i = 0; i < row.length; i++) {
        let key: number
        if (len === 1) key = prev[i]
        else {
          if (prev[i] < 0 || prev[i + 1] < 0) continue
          key = prev[i] * 65536 + text.charCodeAt(i + len - 1)
        }
        let id = intern.get(key)
        if (id === undefined) {
          id = count.length
          intern.set(key, id)
          count.push(0)
          last.push(-1)
          where.push(r * 2 ** 20 + i)
          unitIds.push([])
        }
        row[i] = id
        if (last[id] !== unit) {
          last[id] = unit
          count[id]++
          if (unitIds[id].length < maxEvidence) unitIds[id].push(units[unit].id)
        }
      }
      next.push(row)
    }
    let any = false
    for (const row of next) {
      for (let i = 0; i < row.length; i++) {
        if (row[i] >= 0 && count[row[i]] < minFreq) row[i] = -1
        else if (row[i] >= 0) any = true
      }
    }
    if (len >= minLength) {
      for (let id = 0; id < count.length; id++) {
        if (count[id] < minFreq) continue
        const r = Math.floor(where[id] / 2 ** 20)
        const i = where[id] % 2 ** 20
        const g = runs[r].text.slice(i, i + len)
        freq.set(g, count[id])
        evidence.set(g, unitIds[id])
      }
    }
    ids = next
    if (!any) break
  }
  return { freq, evidence }
}

export function suggestEquivalents(
  term: string,
  units: SuggestUnit[],
  options: SuggestOptions = {}
): EquivalentSuggestion[] {
  const minLength = options.minLength ?? 2
  const maxLength = options.maxLength ?? 8
  const limit = options.limit ?? 10
  const maxEvidence = options.maxEvidence ?? 20
  const known = (options.known ?? []).map((k) => k.trim()).filter(Boolean)

  const matcher = buildTermMatcher([{ conceptId: 0, termId: 0, lang: 'en', text: term, status: 'admitted' }], 'en')
  const maxUnits = options.maxUnits ?? 2000
  const bg = options.background
  // With a background the caller passes (mostly) the term's units: an even sample of them is enough,
  // and checking the term in each of thousands of sentences would cost more than the counting.
  const pool = bg && units.length > maxUnits ? sample(units, maxUnits) : units
  const allPositives: SuggestUnit[] = []
  const negatives: SuggestUnit[] = []
  for (const u of pool) (matcher.match(u.en).length > 0 ? allPositives : negatives).push(u)
  const positives = sample(allPositives, maxUnits)
  const n1 = positives.length
  // Term units in the whole set passed (estimated from the sample when one was taken).
  const termUnitsPassed = Math.round(
    (allPositives.length * (bg?.sampledFrom ?? units.length)) / Math.max(1, pool.length)
  )

  // Once the term is in two units, a rendering must recur: a string seen in one of them is that
  // sentence's wording ("我们将发展新质生"), not evidence of a rendering.
  const minFreq = options.minFreq ?? (n1 < 2 ? 1 : Math.max(2, Math.ceil(n1 * 0.01)))
  const { freq, evidence } = countFrequentNgrams(positives, minLength, maxLength, minFreq, maxEvidence)
  for (const k of known) {
    const holding = positives.filter((u) => u.zh.includes(k))
    freq.set(k, holding.length)
    evidence.set(
      k,
      holding.slice(0, maxEvidence).map((u) => u.id)
    )
  }
  const candidates = [...freq.keys()]
  const grams = new Set<string>()

  // Counts without the term: from the background index, or from the negatives passed in.
  const other = new Map<string, number>()
  let n2: number
  // Positive counts come from a sample when there were more than maxUnits term units: scale them
  // up to all term units before comparing them with counts over the rest of the memory.
  let scale = n1 > 0 ? allPositives.length / n1 : 1
  if (bg) {
    const counts = bg.countUnits(candidates)
    const termUnits = bg.termUnits ?? termUnitsPassed
    scale = n1 > 0 ? termUnits / n1 : 1
    candidates.forEach((g, k) => other.set(g, Math.max(0, counts[k] - (freq.get(g) ?? 0) * scale)))
    n2 = Math.max(1, bg.totalUnits - termUnits)
  } else {
    const wanted = new Set(candidates)
    for (const u of negatives) {
      ngramsOf(u.zh, minLength, maxLength, grams)
      for (const k of known) if (u.zh.includes(k)) grams.add(k)
      for (const g of grams) if (wanted.has(g)) other.set(g, (other.get(g) ?? 0) + 1)
    }
    n2 = negatives.length
  }

  // A fragment that never occurs outside one longer n-gram (质生产力 inside 新质生产力, 扩大内 inside
  // 扩大内需) says nothing of its own. Counts only shrink as an n-gram grows, so comparing each
  // n-gram with its two one-shorter edges finds every such fragment by transitivity.
  const subsumed = new Set<string>()
  for (const t of candidates) {
    const chars = [...t]
    if (chars.length <= minLength) continue
    for (const child of [chars.slice(1).join(''), chars.slice(0, -1).join('')]) {
      if (freq.get(child) === freq.get(t) && (other.get(child) ?? 0) === (other.get(t) ?? 0)) subsumed.add(child)
    }
  }

  const scored: EquivalentSuggestion[] = []
  for (const g of candidates) {
    if (subsumed.has(g) && !known.includes(g)) continue
    const a = (freq.get(g) ?? 0) * scale
    const b = other.get(g) ?? 0
    const nt = n1 * scale
    const dice = nt + a + b > 0 ? (2 * a) / (nt + a + b) : 0
    const llr = logLikelihoodRatio(a, nt - a, b, Math.max(0, n2 - b))
    const positive = n2 === 0 || a / Math.max(1, nt) > b / n2
    const isKnown = known.includes(g)
    if (!positive && !isKnown) continue
    scored.push({
      zh: g,
      score: dice,
      freq: freq.get(g) ?? 0,
      unitIds: evidence.get(g) ?? [],
      llr,
      ...(isKnown ? { known: true } : {})
    })
  }
  // Best first; among equals the longer, which greedy pruning then prefers over its substrings.
  scored.sort(
    (x, y) => y.score - x.score || y.llr - x.llr || [...y.zh].length - [...x.zh].length || (x.zh < y.zh ? -1 : 1)
  )

  const kept: EquivalentSuggestion[] = []
  for (const s of scored) {
    if (kept.length >= limit) break
    if (kept.some((k) => k.zh.includes(s.zh) || s.zh.includes(k.zh))) continue
    kept.push(s)
  }
  for (const s of scored) if (s.known && !kept.includes(s)) kept.push(s)
  return kept
}
