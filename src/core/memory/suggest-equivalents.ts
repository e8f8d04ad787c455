/**
 * Chinese equivalents for an English term, proposed from the translation memory.
 *
 * The units whose English side contains the term (lemma-aware, as term recognition finds it) are the
 * term units. In each, IBM Model 1 (suggest-ownership.ts, trained on the term units and units of the
 * memory around them) gives every Chinese character to the English word most likely to have produced
 * it; the characters given to the term's words make the unit's proposal, moved to the nearest word
 * boundaries (chinese-edges.ts: the Segmenter's words when one is passed, character statistics
 * otherwise) so that it never starts or ends inside a word: 基本养老金, not 休人员基本养老金, for
 * "basic pension"; 耕地, not 耕地保护, for "arable land" (保护 goes to "protection"). Proposals are ranked
 * by Dice over aligned units with their evidence count (suggest-ranking.ts): one pair gives at most
 * its own proposal, never a list of windows all scored 1.00.
 *
 * Scale: the caller passes the units that contain the term (the main side finds them through its
 * index), plus either some units without it, or `background`: a count of memory units whose Chinese
 * side contains each proposal, and an even sample of the memory to learn the rest of the sentence from.
 * Nothing here walks the whole memory.
 */
import type { Segmenter } from '../text/segmenter'
import { ChineseContexts, hangsOnFunctionWord, onWordEdges, type TextEdges, textEdges } from './chinese-edges'
import { countFrequentNgrams } from './chinese-ngrams'
import { lightStem } from './light-stem'
import { FUNCTION_WORDS } from './model1'
import { contextUnits, type Lexicon, trainOwnership } from './suggest-ownership'
import { evenSample, type Evidence, rankProposals } from './suggest-ranking'
import { buildTermMatcher } from './term-recognition'

export { logLikelihoodRatio } from './suggest-ranking'

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
  /** For each string, how many units of the whole memory have it in their Chinese side. */
  countUnits(ngrams: string[]): number[]
  /**
   * An even sample of the memory's units (both sides), the same array from call to call while the
   * memory is unchanged: what the rest of each sentence is learned from, and the corpus of word
   * boundaries without a Segmenter.
   */
  sample?: readonly SuggestUnit[]
}

export interface SuggestOptions {
  /** Shortest and longest proposal in characters; default 2 and 12. */
  minLength?: number
  maxLength?: number
  /** Most proposals returned, known equivalents not counted; default 10. */
  limit?: number
  /**
   * Least number of term units a proposal must be aligned in; default 1% of them and at least 2 (1
   * when the term is in a single unit).
   */
  minFreq?: number
  /** Chinese equivalents the term base already has: always returned, marked known. */
  known?: string[]
  background?: SuggestBackground
  /** Term units examined at most (an even sample of them); default 2000. */
  maxUnits?: number
  /** Evidence unit ids kept per proposal; default 20. */
  maxEvidence?: number
  /** Chinese word segmentation; without one, word boundaries come from character statistics. */
  segmenter?: Segmenter
  /**
   * Shared by the terms of a batch (suggest-batch.ts): a Model 1 trained once instead of per term,
   * the corpus of word boundaries, and each unit's edges.
   */
  lexicon?: Lexicon
  corpus?: ChineseContexts
  /** Candidates examined closely (best by plain association first); default 400. */
  maxCandidates?: number
  edges?: (unit: SuggestUnit) => TextEdges
}

export interface EquivalentSuggestion {
  zh: string
  /** Dice over aligned units, 0..1. */
  score: number
  /** Term units (examined) in which the term's words align to this proposal. */
  freq: number
  /** Some of those units. */
  unitIds: number[]
  /** Log-likelihood ratio (G²) of the association. */
  llr: number
  known?: boolean
}

/**
 * Label of a Chinese character in a term unit: given to a term word by Model 1 (in either direction),
 * to another word, to none, or not a Han character.
 */
const TERM = 1
const NONE = 0
const OTHER = -1
const NOT_HAN = -9

/**
 * Per character offset of the text: the label of the Han character there. Both directions, as word
 * aligners symmetrise: "diversion" may go to 调 while 调 goes to "project"; a character either gives to
 * a term word is the term's.
 */
function characterLabels(
  text: string,
  offsets: Int32Array,
  zhOwners: Int32Array,
  enOwners: Int32Array,
  isTerm: boolean[]
): Int8Array {
  const labels = new Int8Array(text.length).fill(NOT_HAN)
  offsets.forEach((at, a) => {
    labels[at] = zhOwners[a] < 0 ? NONE : isTerm[zhOwners[a]] ? TERM : OTHER
  })
  enOwners.forEach((a, b) => {
    if (a >= 0 && isTerm[b]) labels[offsets[a]] = TERM
  })
  return labels
}

/**
 * Alignment is of words, not characters: a short word (two or three characters) most of which the
 * term's words align to is the term's whole (外商 when "foreign" takes 外 and "utilized" 商).
 */
function wordLabels(labels: Int8Array, sure: Uint8Array): void {
  let start = 0
  for (let end = 1; end <= labels.length; end++) {
    if (!sure[end]) continue
    const n = end - start
    if (n >= 2 && n <= 3) {
      let term = 0
      let han = true
      for (let x = start; x < end; x++) {
        if (labels[x] === TERM) term++
        han &&= labels[x] !== NOT_HAN
      }
      if (han && term * 2 >= n) labels.fill(TERM, start, end)
    }
    start = end
  }
}

/**
 * How well one occurrence of a proposal matches what the term's words align to, 0..1: its characters
 * are the term's (another word's count against it, unaligned and non-Han ones are neutral), and the
 * characters just outside it are not (else it is part of a longer rendering: 实体 in 实体经济).
 */
function fit(labels: Int8Array, start: number, end: number): number {
  let sum = 0
  let han = 0
  for (let x = start; x < end; x++) {
    if (labels[x] === NOT_HAN) continue
    han++
    sum += labels[x] === TERM ? 1 : labels[x] === OTHER ? -1 : 0.5
  }
  const inside = han > 0 ? Math.max(0, sum / han) : 0
  const outside =
    (start > 0 && labels[start - 1] === TERM ? 0.5 : 0) + (end < labels.length && labels[end] === TERM ? 0.5 : 0)
  return inside * (1 - 0.5 * outside)
}

/**
 * Memory units trained beside the term's own: Model 1 is most of a suggestion's cost, and 300 keep
 * the dev set's EN→ZH figure (official Chinese first for 20 of 23, bench/memory/suggest-eval.ts
 * --jieba) at half the 600 the English direction keeps (17 instead of 19 of 23 there with 300).
 */
const CONTEXT_UNITS = 300

/** Candidates examined closely at most: the best by plain association first. */
const MAX_CANDIDATES = 400

export function suggestEquivalents(
  term: string,
  units: SuggestUnit[],
  options: SuggestOptions = {}
): EquivalentSuggestion[] {
  const minLength = options.minLength ?? 2
  const maxLength = options.maxLength ?? 12
  const limit = options.limit ?? 10
  const maxEvidence = options.maxEvidence ?? 20
  const known = (options.known ?? []).map((k) => k.trim()).filter(Boolean)

  const matcher = buildTermMatcher([{ conceptId: 0, termId: 0, lang: 'en', text: term, status: 'admitted' }], 'en')
  const maxUnits = options.maxUnits ?? 2000
  const bg = options.background
  // With a background the caller passes (mostly) the term's units: an even sample of them is enough,
  // and checking the term in each of thousands of sentences would cost more than the counting.
  const pool = bg && units.length > maxUnits ? evenSample(units, maxUnits) : units
  const allPositives: SuggestUnit[] = []
  const negatives: SuggestUnit[] = []
  for (const u of pool) (matcher.match(u.en).length > 0 ? allPositives : negatives).push(u)
  const positives = evenSample(allPositives, maxUnits)
  const n1 = positives.length
  if (n1 === 0 && known.length === 0) return []
  // Term units in the whole set passed (estimated from the sample when one was taken).
  const termUnitsPassed = Math.round(
    (allPositives.length * (bg?.sampledFrom ?? units.length)) / Math.max(1, pool.length)
  )

  // Candidates: the n-grams of the term units. Once the term is in two units a rendering must recur:
  // a string seen in one of them is that sentence's wording, not evidence of a rendering.
  const minFreq = options.minFreq ?? (n1 < 2 ? 1 : Math.max(2, Math.ceil(n1 * 0.01)))
  const { freq } = countFrequentNgrams(positives, minLength, maxLength, minFreq, 0)
  for (const k of known) freq.set(k, Math.max(freq.get(k) ?? 0, 1))
  const all = [...freq.keys()]

  // Units holding each candidate: from the background count, or from the units passed.
  const holding = new Map<string, number>()
  let scale = n1 > 0 ? allPositives.length / n1 : 1
  let otherUnits: number
  if (bg) {
    const counts = bg.countUnits(all)
    const termUnits = bg.termUnits ?? termUnitsPassed
    scale = n1 > 0 ? termUnits / n1 : 1
    all.forEach((g, k) => holding.set(g, counts[k]))
    otherUnits = Math.max(1, bg.totalUnits - termUnits)
  } else {
    const wanted = new Set(all)
    const seen = new Set<string>()
    for (const u of pool) {
      seen.clear()
      for (const m of u.zh.matchAll(/[^\s，。；：、！？“”‘’（）《》,.;:!?()]+/g)) {
        const chars = [...m[0]]
        for (let a = 0; a < chars.length; a++) {
          let g = ''
          for (let b = a; b < chars.length && b - a < maxLength; b++) {
            g += chars[b]
            if (wanted.has(g)) seen.add(g)
          }
        }
      }
      for (const k of known) if (u.zh.includes(k)) seen.add(k)
      for (const g of seen) holding.set(g, (holding.get(g) ?? 0) + 1)
    }
    otherUnits = negatives.length
  }

  // Which characters of each term unit the term's words align to (Model 1 on the term units and the
  // units of the memory around them), and where its words begin and end.
  const termStems = new Set(
    (term.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map(lightStem)
  )
  const context = options.lexicon ? [] : contextUnits(positives, bg ? bg.sample : negatives, termStems, CONTEXT_UNITS)
  const ownership = options.lexicon ? options.lexicon.ownership(positives) : trainOwnership(positives, context)
  const corpus =
    options.corpus ?? new ChineseContexts([...positives, ...context, ...(bg?.sample ?? [])].map((u) => u.zh))
  const labels: Int8Array[] = []
  const edges: TextEdges[] = []
  positives.forEach((u, k) => {
    const owned = ownership.units[k]
    const isTerm = owned.stems.map((s) => termStems.has(s))
    const unitLabels = characterLabels(u.zh, owned.zhOffsets, ownership.zhOwners(k), ownership.enOwners(k), isTerm)
    const unitEdges = options.edges ? options.edges(u) : textEdges(u.zh, options.segmenter)
    if (options.segmenter) wordLabels(unitLabels, unitEdges.sure)
    labels.push(unitLabels)
    edges.push(unitEdges)
  })

  // Evidence of the most associated candidates: the term units where a candidate stands on word
  // boundaries, each weighed by how well it fits what the term's words align to there.
  const nt = Math.max(1, n1 * scale)
  const plainDice = (g: string): number => (2 * (freq.get(g) ?? 0) * scale) / (nt + (holding.get(g) ?? 0))
  const shortlist = all.sort((a, b) => plainDice(b) - plainDice(a)).slice(0, options.maxCandidates ?? MAX_CANDIDATES)
  const evidence = new Map<string, Evidence>()
  for (const g of shortlist) {
    const ev: Evidence = { aligned: 0, units: 0, unitIds: [] }
    const isKnown = known.includes(g)
    positives.forEach((u, k) => {
      let best = -1
      for (let at = u.zh.indexOf(g); at >= 0; at = u.zh.indexOf(g, at + 1)) {
        const whole =
          onWordEdges(u.zh, edges[k], at, at + g.length, corpus) &&
          !hangsOnFunctionWord(u.zh, edges[k], at, at + g.length)
        if (isKnown || whole) {
          best = Math.max(best, isKnown ? 1 : fit(labels[k], at, at + g.length))
        }
      }
      if (best < 0) return
      ev.aligned += best
      if (best <= 0) return
      ev.units++
      if (ev.unitIds.length < maxEvidence) ev.unitIds.push(u.id)
    })
    if (ev.aligned > 0 || isKnown) evidence.set(g, ev)
  }
  return rankProposals({
    evidence,
    termUnits: n1,
    scale,
    otherUnits,
    holding,
    known,
    limit,
    contains: (a, b) => a.includes(b),
    size: (t) => [...t].length
  }).map(({ text, ...rest }) => ({ zh: text, ...rest }))
}
