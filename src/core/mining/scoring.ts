/**
 * Ranking. Each candidate's score multiplies
 *  - unithood/frequency: a C-value (Frantzi et al.) — frequency minus the mean frequency of the longer
 *    candidates it is nested in, times log2(1 + length) — smoothed by log so one occurrence still counts;
 *  - a ComboBasic-style bonus (Astrakhantsev; Bordea et al.) for being the stem of several longer candidates;
 *  - document spread;
 *  - termhood against general English: Kilgarriff's "simple maths" ratio (fpm_corpus + k) / (fpm_ref + k)
 *    per word, averaged in log space so one generic word ("last", "afternoon") drags a phrase down.
 *  - phrase termhood: the phrase's own simple-maths ratio, its general-English frequency estimated as a
 *    small fraction of its rarest word's (a set phrase is far rarer than its parts), plus a bonus for a
 *    phrase written with capitals mid-sentence (a name: "Belt and Road Initiative");
 *  - independence: the share of occurrences where the candidate is the whole phrase, so fragments that
 *    never stand alone ("quality productive forces") sink below the full term.
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
  /** Smoothing constant for single words: larger = single words need more corpus evidence. */
  singleK: number
  /** Termhood added to a multiword candidate written with capitals mid-sentence (a name). */
  capBonus: number
  /** Weight of the phrase's own simple-maths ratio (phrase frequency against an estimate of its
   *  general-English frequency) in a multiword candidate's termhood. */
  phraseWeight: number
  /** Estimated general-English frequency of a phrase, as a fraction of its rarest word's. */
  phraseRho: number
  /** Weight of the occurrences inside a longer phrase, against those where the candidate stands alone. */
  nestedWeight: number
}

export const DEFAULT_SCORE_PARAMS: ScoreParams = {
  k: 1, minWeight: 0.3, chain: 0.6, adjective: 0.6, single: 1, nestBonus: 0.3, lengthBoost: 0,
  singleK: 1, capBonus: 3, phraseWeight: 1, phraseRho: 0.02, nestedWeight: 0.3
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
  const refFpm = (w: string): number => {
    const e = ref?.words.get(w)
    return e && ref?.total ? (e.count / ref.total) * 1e6 : 0
  }
  const D = Math.max(1, stats.documents)
  const out: ScoredCandidate[] = []
  for (const c of cands) {
    const words = c.key.split(' ')
    let sum = 0
    let m = 0
    let min = Infinity
    let minRef = Infinity
    for (const w of words) {
      if (FUNCTION_WORDS.has(w)) continue
      const s = c.n === 1 ? wordSpecificity(w, stats, ref, params.singleK) : spec(w)
      sum += s
      min = Math.min(min, s)
      minRef = Math.min(minRef, refFpm(w))
      m++
    }
    // Termhood: mean word specificity, pulled toward the weakest word.
    let termhood = m ? (1 - params.minWeight) * (sum / m) + params.minWeight * min : 0
    if (c.n > 1 && m) {
      const cf = (c.freq / Math.max(1, stats.words)) * 1e6
      const rf = (Number.isFinite(minRef) ? minRef : 0) * params.phraseRho
      termhood += params.phraseWeight * Math.log((cf + params.k) / (rf + params.k))
      termhood += params.capBonus * (c.capitalised / c.freq)
    }
    const pc = parentCount.get(c.key) ?? 0
    const nested = pc ? (parentFreqSum.get(c.key) ?? 0) / pc : 0
    const cvalue = Math.log2(1 + c.n) * Math.max(c.freq - nested, 0.5)
    // Share of occurrences where the candidate is the whole phrase: a fragment that never stands alone
    // ("quality productive forces" inside "new quality productive forces") is not a term of its own.
    const independence = params.nestedWeight < 0 ? 1
      : (c.standalone + params.nestedWeight * (c.freq - c.standalone)) / c.freq
    const spread = 1 + 0.5 * Math.log2(1 + c.docs) / Math.log2(1 + D)
    const unit = Math.log(1 + cvalue) * spread + params.nestBonus * Math.log(1 + pc)
    let score = Math.max(termhood, 0) * unit * independence * (1 + params.lengthBoost * (Math.min(c.n, 5) - 1))
    if (c.kind === 1) score *= params.chain
    else if (c.kind === 2) score *= params.adjective
    else if (c.n === 1) score *= params.single
    out.push({ stat: c, score, termhood, cvalue, parents: pc })
  }
  out.sort((x, y) => y.score - x.score || y.stat.freq - x.stat.freq || (x.stat.key < y.stat.key ? -1 : 1))
  return out
}
