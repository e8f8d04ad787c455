/**
 * Ranking. Each candidate's score multiplies
 *  - unithood/frequency: a C-value (Frantzi et al.) — frequency minus the mean frequency of the longer
 *    candidates it is nested in, times log2(1 + length) — smoothed by log so one occurrence still counts;
 *  - a ComboBasic-style bonus (Astrakhantsev; Bordea et al.) for being the stem of several longer candidates;
 *  - document spread;
 *  - termhood against general English: Kilgarriff's "simple maths" ratio (fpm_corpus + k) / (fpm_ref + k)
 *    per word, averaged in log space so one generic word ("last", "afternoon") drags a phrase down.
 * C-value alone rewards frequent generic phrases; termhood alone rewards rare typos and names: the product
 * needs both, which is what lets a once-seen but clearly technical phrase rank in a small corpus.
 */
import type { ReferenceFrequencies } from './reference'
import type { CandidateStat, CorpusStats } from './stats'

const FUNCTION_WORDS = new Set(['of', 'in', 'for', 'through', 'on', 'and', 'the', 'a', 'an', 'to', '&'])

export interface ScoredCandidate {
  stat: CandidateStat
  score: number
  termhood: number
  cvalue: number
  parents: number
}

export interface ScoreParams {
  /** Smoothing constant of the simple-maths ratio, in occurrences per million. */
  k: number
  /** Weight of the weakest word in a phrase's termhood (the rest is the mean). */
  minWeight: number
  /** Multipliers for chains with prepositions, lone adjectives and single nouns. */
  chain: number
  adjective: number
  single: number
  /** ComboBasic weight of the number of longer candidates a candidate is nested in. */
  nestBonus: number
  /** Extra weight per word beyond the first: glossary users want the multiword terms up front. */
  lengthBoost: number
}

export const DEFAULT_SCORE_PARAMS: ScoreParams = {
  k: 1, minWeight: 0.3, chain: 0.6, adjective: 0.6, single: 1, nestBonus: 0.3, lengthBoost: 0
}

export function wordSpecificity(w: string, stats: CorpusStats, ref: ReferenceFrequencies | null | undefined,
  k: number): number {
  const cf = ((stats.wordFreq.get(w) ?? 0) / Math.max(1, stats.words)) * 1e6
  let rc = 0
  if (ref) {
    const e = ref.words.get(w)
    if (e) rc = e.count
    else if (w.includes(' ')) {
      // A hyphenated compound absent from the reference: as rare as its rarest part, and rarer still as a
      // unit (a compound is far rarer than its parts).
      let min = Infinity
      for (const p of w.split(' ')) min = Math.min(min, ref.words.get(p)?.count ?? 0)
      rc = Number.isFinite(min) ? min / 50 : 0
    }
  }
  const rf = ref && ref.total ? (rc / ref.total) * 1e6 : 0
  return Math.log((cf + k) / (rf + k))
}

export function scoreAll(stats: CorpusStats, ref: ReferenceFrequencies | null | undefined,
  params: ScoreParams = DEFAULT_SCORE_PARAMS): ScoredCandidate[] {
  const cands = [...stats.candidates.values()]
  // Nestedness: for each candidate, the longer candidates containing it as a contiguous word sequence.
  const parentFreqSum = new Map<string, number>()
  const parentCount = new Map<string, number>()
  for (const c of cands) {
    if (c.n < 2) continue
    const words = c.key.split(' ')
    const seen = new Set<string>()
    for (let a = 0; a < words.length; a++) {
      for (let b = a + 1; b <= words.length; b++) {
        if (b - a === words.length) continue
        const sub = words.slice(a, b).join(' ')
        if (seen.has(sub) || !stats.candidates.has(sub)) continue
        seen.add(sub)
        parentFreqSum.set(sub, (parentFreqSum.get(sub) ?? 0) + c.freq)
        parentCount.set(sub, (parentCount.get(sub) ?? 0) + 1)
      }
    }
  }
  const specCache = new Map<string, number>()
  const spec = (w: string): number => {
    let s = specCache.get(w)
    if (s === undefined) specCache.set(w, (s = wordSpecificity(w, stats, ref, params.k)))
    return s
  }
  const D = Math.max(1, stats.documents)
  const out: ScoredCandidate[] = []
  for (const c of cands) {
    const words = c.key.split(' ')
    let sum = 0
    let m = 0
    let min = Infinity
    for (const w of words) {
      if (FUNCTION_WORDS.has(w)) continue
      const s = spec(w)
      sum += s
      min = Math.min(min, s)
      m++
    }
    // Termhood: mean word specificity, pulled toward the weakest word.
    const termhood = m ? (1 - params.minWeight) * (sum / m) + params.minWeight * min : 0
    const pc = parentCount.get(c.key) ?? 0
    const nested = pc ? (parentFreqSum.get(c.key) ?? 0) / pc : 0
    const cvalue = Math.log2(1 + c.n) * Math.max(c.freq - nested, 0.5)
    const spread = 1 + 0.5 * Math.log2(1 + c.docs) / Math.log2(1 + D)
    const unit = Math.log(1 + cvalue) * spread + params.nestBonus * Math.log(1 + pc)
    let score = Math.max(termhood, 0) * unit * (1 + params.lengthBoost * (Math.min(c.n, 5) - 1))
    if (c.kind === 1) score *= params.chain
    else if (c.kind === 2) score *= params.adjective
    else if (c.n === 1) score *= params.single
    out.push({ stat: c, score, termhood, cvalue, parents: pc })
  }
  out.sort((x, y) => y.score - x.score || y.stat.freq - x.stat.freq || (x.stat.key < y.stat.key ? -1 : 1))
  return out
}
