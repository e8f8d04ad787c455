/**
 * Chinese equivalents for many English terms at once (the miner's equivalents column): one pass of a
 * term matcher holding every term over the units, one Model 1 trained on the units that hold any of
 * them, one corpus of word boundaries and one segmentation per unit, shared by every term; then per
 * term the proposal and ranking of suggest-equivalents.ts over its own units. N calls of the per-term
 * suggester would train N models.
 */
import type { Segmenter } from '../text/segmenter'
import { ChineseContexts, type TextEdges, textEdges } from './chinese-edges'
import { countFrequentNgrams } from './chinese-ngrams'
import {
  type EquivalentSuggestion,
  type SuggestBackground,
  suggestEquivalents,
  type SuggestUnit
} from './suggest-equivalents'
import { trainLexicon } from './suggest-ownership'
import { evenSample } from './suggest-ranking'
import { buildTermMatcher } from './term-recognition'

export interface BatchSuggestOptions {
  /** Counts over the whole memory and its even sample, as for suggestEquivalents. */
  background?: SuggestBackground
  segmenter?: Segmenter
  /** Proposals per term; default 3. */
  limit?: number
  /** Units examined per term at most (an even sample of its units); default 40. */
  maxUnitsPerTerm?: number
  /**
   * Units the shared Model 1 is trained on at most (those holding the terms first, then the memory's
   * sample); default 2000.
   */
  maxTraining?: number
  /** Candidate strings examined closely per term; default 60 (the column shows the best few). */
  maxCandidates?: number
  /**
   * Units of the whole memory holding term k, when the units passed are a sample (`held`: how many of
   * them hold it); default `held`.
   */
  termUnits?: (k: number, held: number) => number
}

export interface BatchSuggestion {
  /** Units holding the term: of those passed, or as `termUnits` estimates for the whole memory. */
  termUnits: number
  proposals: EquivalentSuggestion[]
}

/** For each term (same order), its proposals; a term no unit holds gets none. */
export function suggestEquivalentsBatch(
  terms: readonly string[],
  units: readonly SuggestUnit[],
  options: BatchSuggestOptions = {}
): BatchSuggestion[] {
  const perTerm = options.maxUnitsPerTerm ?? 40
  const matcher = buildTermMatcher(
    terms.map((text, k) => ({ conceptId: k, termId: k, lang: 'en', text, status: 'admitted' })),
    'en'
  )
  // Every occurrence, overlaps included: "economy" is in the units of "real economy" as well.
  const holding: number[][] = terms.map(() => [])
  units.forEach((u, k) => {
    const found = new Set(matcher.matchAll(u.en).map((m) => m.conceptId))
    for (const t of found) holding[t].push(k)
  })
  const picked = holding.map((ks) => evenSample(ks, perTerm))
  const used = [...new Set(picked.flat())].sort((a, b) => a - b)
  if (used.length === 0) return terms.map(() => ({ termUnits: 0, proposals: [] }))

  // The lexicon learns the rest of each sentence from the memory's sample as well (within the cap):
  // within a few terms' own units a term and its usual neighbours always come together.
  const sample = options.background?.sample ?? []
  const maxTraining = options.maxTraining ?? 2000
  const own = evenSample(used, maxTraining).map((k) => units[k])
  const ownIds = new Set(own.map((u) => u.id))
  const rest = sample.filter((u) => !ownIds.has(u.id))
  const lexicon = trainLexicon([...own, ...evenSample(rest, Math.max(0, maxTraining - own.length))])
  const corpus = new ChineseContexts([...used.map((k) => units[k].zh), ...sample.map((u) => u.zh)])
  const edgeCache = new Map<string, TextEdges>()
  const edges = (u: SuggestUnit): TextEdges => {
    let e = edgeCache.get(u.zh)
    if (!e) edgeCache.set(u.zh, (e = textEdges(u.zh, options.segmenter)))
    return e
  }
  const countUnits = options.background && sharedCounts(options.background, picked, units)
  return terms.map((term, t) => {
    if (picked[t].length === 0) return { termUnits: 0, proposals: [] }
    const termUnits = options.termUnits ? options.termUnits(t, holding[t].length) : holding[t].length
    const background = options.background && {
      ...options.background,
      countUnits: countUnits!,
      termUnits,
      sampledFrom: undefined
    }
    const proposals = suggestEquivalents(
      term,
      picked[t].map((k) => units[k]),
      {
        limit: options.limit ?? 3,
        background,
        maxUnits: perTerm,
        segmenter: options.segmenter,
        lexicon,
        corpus,
        maxCandidates: options.maxCandidates ?? 60,
        edges
      }
    )
    return { termUnits, proposals }
  })
}

/**
 * The background's unit counts for every term's candidate strings at once: one pass over the memory's
 * sample instead of one per term (most of a batch's time otherwise). The strings are those
 * suggestEquivalents will ask for (recurring n-grams of each term's units); any other is counted when asked.
 */
function sharedCounts(
  background: SuggestBackground,
  picked: number[][],
  units: readonly SuggestUnit[]
): (ngrams: string[]) => number[] {
  const wanted = new Set<string>()
  for (const ks of picked) {
    if (ks.length === 0) continue
    const minFreq = ks.length < 2 ? 1 : Math.max(2, Math.ceil(ks.length * 0.01))
    const { freq } = countFrequentNgrams(
      ks.map((k) => units[k]),
      2,
      12,
      minFreq,
      0
    )
    for (const g of freq.keys()) wanted.add(g)
  }
  const list = [...wanted]
  const counted = background.countUnits(list)
  const cache = new Map(list.map((g, k) => [g, counted[k]]))
  return (ngrams) => {
    const missing = ngrams.filter((g) => !cache.has(g))
    if (missing.length > 0) {
      const more = background.countUnits(missing)
      missing.forEach((g, k) => cache.set(g, more[k]))
    }
    return ngrams.map((g) => cache.get(g)!)
  }
}
