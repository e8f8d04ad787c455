/**
 * Ranking of Chinese n-gram candidates. Each candidate's score multiplies
 *  - unithood/frequency: a C-value (Frantzi et al.): frequency minus the mean frequency of the longer
 *    candidates it is nested in, smoothed by log;
 *  - recurrence: spread over documents and over years;
 *  - cohesion (凝固度): the pointwise mutual information of its weakest split at a word boundary, f(ab)·N /
 *    (f(a)·f(b)); a dictionary word has no weak split;
 *  - boundary freedom: the branching entropy of the characters before and after it (the lower side), so a
 *    fragment always followed by the same character (生产 in 生产力) or preceded by the same one sinks;
 *  - specificity against general Chinese: (fpm_corpus + k) / (fpm_reference + k), the reference frequency of
 *    a string jieba's dictionary does not know estimated as a small share of its rarest word's;
 *  - quotation: a candidate often written whole inside “…” or 《…》 is a named concept.
 */
import { type MinedCandidate, MiningCancelled } from '../types'
import type { ChineseReference } from './reference'
import {
  type ChineseStats,
  edgeShare,
  field,
  findPoolKey,
  freqOf,
  hashChars,
  keyLength,
  keyStart,
  keyText,
  occurrencesOfCandidate,
  R_AS_WORD,
  R_BOUNDS,
  R_DOCS,
  R_FREQ,
  R_QUOTED,
  R_WHOLE,
  R_YEARS,
  sideEntropy,
  writtenForms
} from './stats'

export interface ChineseScoreParams {
  /** Smoothing of the specificity ratio, in occurrences per million characters. */
  k: number
  /** Estimated general frequency of a string absent from the reference, as a share of its rarest word's. */
  phraseRho: number
  /** Specificity below this counts as this (policy terms are made of common words). */
  minSpecificity: number
  /** Exponent of specificity in the score. */
  specificityPower: number
  /** Cohesion (log PMI of the weakest split) at which a candidate counts fully, and the width of the ramp. */
  cohesionMid: number
  cohesionWidth: number
  /**
   * Boundary freedom: the lower side's branching entropy relative to what the candidate's frequency allows,
   * min(1, H / min(ln f, freedomSat)) (a term seen four times with four different neighbours is as free as
   * it can be), weighs freedomFloor + (1 − freedomFloor) · u: a fragment always followed by the same word
   * (中国特色社会 before 主义) keeps freedomFloor of its score.
   */
  freedomSat: number
  freedomFloor: number
  /**
   * A side held by always the same neighbour is no sign of a fragment when that neighbour is a free word: one
   * that mostly stands elsewhere (耕地 before 红线, 居民 before 人均可支配收入, 改革 after 农村信用社: a modifier or head
   * that combines with many words). Compounds of policy prose are made of such words, and a term used in one
   * compound only in a small corpus is still a term. The side counts as free by 1 − bond / freeNeighbourBond,
   * bond = f(candidate + neighbour) / f(neighbour), for the most frequent such extension; never when the two
   * make one dictionary word (社会|主义, 基础|设施: the candidate cuts a word).
   */
  freeNeighbourBond: number
  /** Most a free neighbour restores on the left / right side. */
  freeLeftMax: number
  freeEdgeBond: number
  freeEdgeBondRight: number
  freeRightMax: number
  /** C-value: a parent that is the candidate plus one piece bound to it at most this much (and not cutting a
   *  word, the edge loosely bound as above) is a free combination and takes none of its occurrences. 0: off. */
  freeParentBond: number
  /** A dictionary word nested in longer candidates keeps at least this share of its occurrences as its own
   *  (红线 inside 耕地红线, 内需 inside 扩大内需): the dictionary vouches that it is a unit. */
  lexicalNestFloor: number
  /** Weight of the share of occurrences in quotation marks / filling a whole clause. */
  quotedBonus: number
  wholeBonus: number
  /**
   * Recurrence: terms recur across the years of a series of reports (and across documents), a chance phrase
   * of as many occurrences sits in one or two. The score is multiplied by ((1 + years) / (1 + all years))
   * ^ recurrencePower, counting documents instead when the corpus spans fewer than two dated years.
   */
  recurrencePower: number
  /**
   * A single word's termhood is its rarity in general Chinese, log(singleScale / (fpm_reference + k)), not
   * its ratio to the corpus: policy prose uses its generic vocabulary (建设, 机制, 推进) ten times more than
   * news does, so the ratio ranks those words with the terms; what sets 耕地, 法治, 农民工 apart is that
   * general Chinese uses them little. The corpus frequency still counts, through the C-value.
   */
  singleScale: number
  /** Multiplier for a single predicate word (verb, adjective, adverb: 推进, 加强, 健全) seldom ending a clause:
   *  a predicate takes an object, a term stands at a clause's end too. */
  predicate: number
  /** Right-edge share from which a predicate-tagged word counts as used nominally (就业, 创新). */
  nominalEdge: number
  /** A single word not tagged as a noun or verbal noun (进出口 opens clauses as a modifier) that opens at least predicateLeftEdge of its clauses, closes fewer than
   *  predicateRightEdge and heads fewer than predicateHead of the longer candidates it is part of is used as a
   *  predicate whatever its tag says (深化 is tagged an abbreviation, 培育 a verbal noun). */
  predicateLeftEdge: number
  predicateRightEdge: number
  predicateHead: number
  /** Multipliers for a verb phrase: a multiword candidate opening on a verb (改善民生), closing on a verb,
   *  adjective or adverb (加快推进), holding 的 (表示诚挚的感谢) or a conjunction (保障和改善民生). */
  verbStart: number
  /** Multiplier for a dictionary phrase (no count of its own) made of a predicate or manner word and a predicate. */
  predicatePhrase: number
  verbHead: number
  /** Multiplier for a phrase ending on a distinguishing word or a pronoun (基本公共, 政府自身). */
  modifierHead: number
  /** Multiplier for an adverbial phrase: a manner word before a verb or verbal noun (快速发展, 稳定增长, 明显提高);
   *  a one-character modifier (高质量, 新型) is no manner word. */
  adverbial: number
  innerDe: number
  innerConj: number
  /** ComboBasic (Astrakhantsev): weight of log(1 + number of longer ranked candidates it is part of). */
  nestBonus: number
  /** Exponent of the frequency factor log(1 + C-value): below 1, frequency counts less against termhood. */
  freqPower: number
  /** Least frequency for a candidate to be ranked at all (a quoted one: 1). */
  minFreq: number
  /** Default cut: rank cutoffPerSqrtChar · √(Han characters) scores 1.0: ≈ 3,460 candidates for the 120,000
   *  Han characters of seven work reports, about the English miner's density per word (7 · √words). */
  cutoffPerSqrtChar: number
}

export const DEFAULT_CHINESE_SCORE_PARAMS: ChineseScoreParams = {
  k: 1,
  phraseRho: 0.05,
  minSpecificity: 0.3,
  specificityPower: 1,
  cohesionMid: 1.5,
  cohesionWidth: 1.5,
  freedomSat: 1.5,
  freedomFloor: 0.05,
  freeNeighbourBond: 0.5,
  freeLeftMax: 1,
  freeEdgeBond: 0.6,
  freeEdgeBondRight: 0.3,
  freeRightMax: 1,
  freeParentBond: 0.5,
  lexicalNestFloor: 0.5,
  quotedBonus: 1,
  wholeBonus: 0.5,
  recurrencePower: 1,
  nestBonus: 0.5,
  freqPower: 1,
  singleScale: 200,
  predicate: 0.35,
  nominalEdge: 0.2,
  predicateLeftEdge: 0.4,
  predicateRightEdge: 0.15,
  predicateHead: 0.15,
  verbStart: 0.5,
  predicatePhrase: 0.35,
  verbHead: 0.5,
  modifierHead: 0.5,
  adverbial: 0.5,
  innerDe: 0.3,
  innerConj: 0.6,
  minFreq: 2,
  cutoffPerSqrtChar: 10
}

export interface ChineseFeatures {
  i: number
  freq: number
  pieces: number
  cvalue: number
  cohesion: number
  leftEntropy: number
  rightEntropy: number
  /** Boundary freedom of the whole candidate (0..1), after free neighbours. */
  freedom: number
  specificity: number
  quotedShare: number
  wholeShare: number
  years: number
  headShare: number
  leftEdgeShare: number
  rightEdgeShare: number
  firstTag: string
  headTag: string
  score: number
}

/** Tags of predicates and other words that do not name things (ICTCLAS set as jieba uses it). */
const PREDICATE_TAGS = new Set(['v', 'vd', 'vi', 'vg', 'vq', 'a', 'ad', 'ag', 'd', 'df', 'dg', 'i', 'c', 'p', 'r'])
/** Noun tags (jieba's nr, a person's name, is left out: it marks many common words wrongly: 拓宽, 养老). */
const NOUN_TAGS = new Set(['n', 'nz', 'ns', 'nt', 'ng', 'nrt', 'nrfg', 'j', 'l', 's'])
const VERB_TAGS = new Set(['v', 'vd', 'vi', 'vg'])
const HEAD_PREDICATE_TAGS = new Set(['v', 'vd', 'vi', 'vg', 'a', 'ad', 'd', 'df'])
const PHRASE_OPENER_TAGS = new Set(['v', 'vd', 'vi', 'vg', 'a', 'ad', 'd', 'df'])
const NON_HEAD_TAGS = new Set(['b', 'r'])
const MANNER_TAGS = new Set(['a', 'ad', 'd', 'vd'])
const DE = '的'.charCodeAt(0)
/** One-character conjunctions inside a candidate (two terms side by side: 保障和改善民生). */
const CONJUNCTIONS = new Set('和与及并或'.split('').map((c) => c.charCodeAt(0)))

const tagOf = (ref: ChineseReference | null | undefined, at: number): string => (ref && at >= 0 ? ref.tags[at] : '')
const countOf = (ref: ChineseReference | null | undefined, at: number): number => (ref && at >= 0 ? ref.counts[at] : 0)

/** One-character words of a reference: code unit → row (-1 none). Built once per table. */
const charRows = new WeakMap<ChineseReference, Int32Array>()

function charRowsOf(ref: ChineseReference): Int32Array {
  let rows = charRows.get(ref)
  if (!rows) {
    rows = new Int32Array(0x10000).fill(-1)
    for (const [w, at] of ref.index) if (w.length === 1) rows[w.charCodeAt(0)] = at
    charRows.set(ref, rows)
  }
  return rows
}

/**
 * Reference rows of a candidate's sub-runs: a one-character run by code unit, a longer one through the
 * candidate it is (when counted: its row is looked up once and kept), else by its text. Ranking looks up the
 * whole key, its first and last word and every word of a phrase: this keeps it to about one string per
 * candidate.
 */
function referenceLookup(
  stats: ChineseStats,
  ref: ChineseReference | null | undefined
): (i: number, from: number, to: number) => number {
  if (!ref) return () => -1
  const chars = charRowsOf(ref)
  const rows = new Int32Array(stats.size).fill(-2)
  const { pool } = stats
  const rowOf = (j: number): number => {
    if (rows[j] === -2) rows[j] = ref.index.get(keyText(stats, j)) ?? -1
    return rows[j]
  }
  return (i, from, to) => {
    const st = keyStart(stats, i)
    if (to - from === 1) return chars[pool[st + from]]
    if (from === 0 && to === keyLength(stats, i)) return rowOf(i)
    const j = findPoolKey(stats, hashChars(pool, st + from, st + to), pool, st + from, to - from)
    return j >= 0 ? rowOf(j) : (ref.index.get(keyText(stats, i, from, to)) ?? -1)
  }
}

function ramp(x: number, mid: number, width: number): number {
  return 1 / (1 + Math.exp(-(x - mid) / Math.max(1e-9, width)))
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}

/** Piece boundaries of candidate i: 0, the internal ones, its length. */
function boundaries(stats: ChineseStats, i: number): number[] {
  const len = keyLength(stats, i)
  const out = [0]
  const m = field(stats, i, R_BOUNDS)
  for (let k = 1; k < len; k++) if (m & (1 << k)) out.push(k)
  out.push(len)
  return out
}

/** Frequency of the sub-run [from, to) of candidate i's key (0 when it was not counted as a candidate). */
function subFreq(stats: ChineseStats, i: number, from: number, to: number): number {
  const st = keyStart(stats, i)
  const j = findPoolKey(stats, hashChars(stats.pool, st + from, st + to), stats.pool, st + from, to - from)
  return j < 0 ? 0 : freqOf(stats, j)
}

/**
 * Parent p seen from its child without its first piece (side 0: the piece is the child's left neighbour) or
 * without its last piece (side 1). `bond` = f(p) / f(piece): how much of the piece's use this combination is
 * (1 when the piece was not counted or the piece and the child's edge make one dictionary word: 基础|设施);
 * `inner` = f(piece + the child's edge piece) / f(edge piece): how bound the child's own edge is to the piece.
 */
function extensionBond(
  stats: ChineseStats,
  p: number,
  b: number[],
  fp: number,
  side: 0 | 1,
  refOf: (i: number, from: number, to: number) => number,
  maxBond: number
): { bond: number; inner: number } {
  const n = b.length - 1
  const [pf, pt] = side === 0 ? [0, b[1]] : [b[n - 1], b[n]]
  const fPiece = subFreq(stats, p, pf, pt)
  // Cheapest test first: most extensions are bound, and then nothing else matters.
  if (fPiece === 0 || fp / fPiece > maxBond) return BOUND
  const [ef, et] = side === 0 ? [b[1], b[2]] : [b[n - 2], b[n - 1]]
  const [uf, ut] = side === 0 ? [0, b[2]] : [b[n - 2], b[n]]
  const fEdge = subFreq(stats, p, ef, et)
  const cutsWord = side === 0 ? refOf(p, 0, b[2]) >= 0 : refOf(p, b[n - 2], b[n]) >= 0
  if (cutsWord) return BOUND
  return { bond: fp / fPiece, inner: fEdge > 0 ? Math.min(1, subFreq(stats, p, uf, ut) / fEdge) : 1 }
}

const BOUND = { bond: 1, inner: 1 }

/** Is parent p its child plus a free word on one side (a compositional phrase: 农村信用社 + 改革)? */
function isFreeExtension(
  bond: { bond: number; inner: number },
  side: 0 | 1,
  childPieces: number,
  params: ChineseScoreParams
): boolean {
  if (bond.bond > params.freeParentBond) return false
  return childPieces === 1 || bond.inner <= (side ? params.freeEdgeBondRight : params.freeEdgeBond)
}

/** Per-candidate features and scores of every rankable candidate (unsorted). */
export interface ChineseScores {
  /** Candidate indexes of the rankable candidates, and their scores. */
  index: Int32Array
  score: Float64Array
}

/** Scores of every rankable candidate (unsorted); `explain` receives each one's features (for benches). */
export function scoreChinese(
  stats: ChineseStats,
  ref: ChineseReference | null | undefined,
  params: ChineseScoreParams = DEFAULT_CHINESE_SCORE_PARAMS,
  explain?: (features: ChineseFeatures) => void
): ChineseScores {
  const N = Math.max(1, stats.hanChars)
  const rankable: number[] = []
  for (let i = 0; i < stats.size; i++)
    if (field(stats, i, R_FREQ) >= params.minFreq || field(stats, i, R_QUOTED) > 0) rankable.push(i)
  // Nestedness: each rankable multi-piece candidate adds its frequency to its sub-runs (found in the pool:
  // no strings built).
  const parentSum = new Float64Array(stats.size)
  const parentCount = new Int32Array(stats.size)
  const parentSumCount = new Int32Array(stats.size)
  // Occurrences inside longer candidates as their first part (a modifier, or a verb before its object) and as
  // their last part (a head noun).
  const asPrefix = new Float64Array(stats.size)
  const asSuffix = new Float64Array(stats.size)
  // The most frequent extension of a candidate by one piece on each side, and how bound that piece is to it.
  const extF = [new Float64Array(stats.size), new Float64Array(stats.size)]
  const extBond = [new Float64Array(stats.size).fill(1), new Float64Array(stats.size).fill(1)]
  const extInner = [new Float64Array(stats.size).fill(1), new Float64Array(stats.size).fill(1)]
  const refOf = referenceLookup(stats, ref)
  const { pool } = stats
  const maxBond = Math.max(params.freeNeighbourBond, params.freeParentBond)
  for (const p of rankable) {
    if (field(stats, p, R_BOUNDS) === 0) continue
    const st = keyStart(stats, p)
    const fp = freqOf(stats, p)
    const b = boundaries(stats, p)
    const n = b.length - 1
    for (let a = 0; a < n; a++) {
      for (let e = a + 1; e <= n; e++) {
        if (a === 0 && e === n) continue
        const j = findPoolKey(stats, hashChars(pool, st + b[a], st + b[e]), pool, st + b[a], b[e] - b[a])
        if (j < 0) continue
        parentCount[j]++
        if (a === 0) asPrefix[j] += fp
        else if (e === n) asSuffix[j] += fp
        // The most frequent extension by one piece on each side, for boundary freedom.
        const side = a === 1 && e === n ? 0 : a === 0 && e === n - 1 ? 1 : -1
        if (side >= 0) {
          const ext = extensionBond(stats, p, b, fp, side as 0 | 1, refOf, maxBond)
          if (fp > extF[side][j]) {
            extF[side][j] = fp
            extBond[side][j] = ext.bond
            extInner[side][j] = ext.inner
          }
          // C-value: a parent that is the child plus a free word does not take the child's occurrences.
          const childPieces = field(stats, j, R_AS_WORD) * 2 >= freqOf(stats, j) ? 1 : e - a
          if (isFreeExtension(ext, side as 0 | 1, childPieces, params)) continue
        }
        parentSum[j] += fp
        parentSumCount[j]++
      }
    }
  }
  // Used as a predicate: opens clauses, never closes one, never heads a longer candidate (深化, 培育, 严格控制).
  // Sentence subjects open clauses too (中央财政, 南水北调), so only for words not tagged as nouns; jieba's j
  // (abbreviation) says nothing of the part of speech (深化 is one): the use decides. Kept per candidate, so
  // that a phrase opening or ending on such a word (深化科技, 全面深化) is read as a verb phrase too.
  const predicative = new Uint8Array(stats.size)
  for (const i of rankable) {
    // Only single words are read this way (a phrase is read through its parts).
    if (field(stats, i, R_BOUNDS) !== 0 && field(stats, i, R_AS_WORD) * 2 < freqOf(stats, i)) continue
    const tag = tagOf(ref, refOf(i, 0, keyLength(stats, i)))
    const headShare = asSuffix[i] / (asPrefix[i] + asSuffix[i] + 1)
    if (
      (tag === 'j' || !NOUN_TAGS.has(tag)) &&
      tag !== 'vn' &&
      edgeShare(stats, i, 0) >= params.predicateLeftEdge &&
      edgeShare(stats, i, 1) < params.predicateRightEdge &&
      headShare < params.predicateHead
    )
      predicative[i] = 1
  }
  const pieceIs = (i: number, from: number, to: number): boolean => {
    const st = keyStart(stats, i)
    const j = findPoolKey(stats, hashChars(pool, st + from, st + to), pool, st + from, to - from)
    return j >= 0 && predicative[j] === 1
  }
  const docsTotal = Math.max(1, stats.documents)
  let yearsTotal = 0
  for (let i = 0; i < stats.size; i++) yearsTotal |= field(stats, i, R_YEARS)
  const nYears = popcount(yearsTotal)
  const out: ChineseScores = { index: Int32Array.from(rankable), score: new Float64Array(rankable.length) }
  for (let r = 0; r < rankable.length; r++) {
    const i = rankable[r]
    const f = freqOf(stats, i)
    const len = keyLength(stats, i)
    const lexical = field(stats, i, R_AS_WORD) * 2 >= f
    const b = boundaries(stats, i)
    const pieces = lexical ? 1 : b.length - 1
    // Cohesion: weakest split at a piece boundary whose two sides were counted.
    let cohesion = Infinity
    if (!lexical) {
      for (let k = 1; k < b.length - 1; k++) {
        const fl = subFreq(stats, i, 0, b[k])
        const fr = subFreq(stats, i, b[k], b[b.length - 1])
        if (fl === 0 || fr === 0) continue
        cohesion = Math.min(cohesion, Math.log((f * N) / (fl * fr)))
      }
    }
    if (!Number.isFinite(cohesion)) cohesion = lexical ? 10 : 3
    const le = sideEntropy(stats, i, 0)
    const re = sideEntropy(stats, i, 1)
    const whole = refOf(i, 0, len)
    const wholeTag = tagOf(ref, whole)
    // A dictionary word the reference table has no row for (jieba's uncounted entries: 大力发展, 体制改革) is
    // read through its parts, as a phrase is.
    const firstTag = wholeTag || tagOf(ref, refOf(i, 0, b[1]))
    const headTag = wholeTag || tagOf(ref, refOf(i, b[b.length - 2], len))
    // Specificity against general Chinese.
    let rc = countOf(ref, whole)
    if (rc === 0 && ref) {
      let min = Infinity
      for (let k = 0; k < b.length - 1; k++) min = Math.min(min, countOf(ref, refOf(i, b[k], b[k + 1])))
      rc = Number.isFinite(min) ? min * params.phraseRho : 0
    }
    const rf = ref && ref.total ? (rc / ref.total) * 1e6 : 0
    const cf = (f / N) * 1e6
    const single = lexical || b.length === 2
    const specificity = Math.max(
      params.minSpecificity,
      single ? Math.log(params.singleScale / (rf + params.k)) : Math.log((cf + params.k) / (rf + params.k))
    )
    const pc = parentCount[i]
    const pcs = parentSumCount[i]
    let independent = Math.max(0.5, f - (pcs ? parentSum[i] / pcs : 0))
    if (lexical) independent = Math.max(independent, params.lexicalNestFloor * f)
    const cvalue = Math.log2(1 + pieces) * independent
    const docs = field(stats, i, R_DOCS)
    const years = popcount(field(stats, i, R_YEARS))
    const units = nYears >= 2 ? years : docs
    const unitsTotal = nYears >= 2 ? nYears : docsTotal
    const spread = unitsTotal > 1 ? Math.pow((1 + units) / (1 + unitsTotal), params.recurrencePower) : 1
    const quotedShare = field(stats, i, R_QUOTED) / f
    const wholeShare = field(stats, i, R_WHOLE) / f
    // Seen once (a quotation), a candidate has no branching to measure.
    const sat = Math.min(Math.log(f), params.freedomSat)
    const sideFree = (h: number, side: 0 | 1) =>
      Math.max(
        Math.min(1, h / sat),
        pieces > 1 && extInner[side][i] > (side ? params.freeEdgeBondRight : params.freeEdgeBond)
          ? 0
          : (side ? params.freeRightMax : params.freeLeftMax) * (1 - extBond[side][i] / params.freeNeighbourBond)
      )
    const freedom = f < 2 ? 1 : Math.min(sideFree(le, 0), sideFree(re, 1))
    const rightEdgeShare = edgeShare(stats, i, 1)
    const headShare = asSuffix[i] / (asPrefix[i] + asSuffix[i] + 1)
    const predicateUse = predicative[i] === 1
    let shape = 1
    if (single && predicateUse) shape *= params.predicate
    else if (single) {
      // Only on the word's own tag: a set phrase the table has no row for (改革开放, 体制改革) is no predicate.
      if (PREDICATE_TAGS.has(wholeTag) && rightEdgeShare < params.nominalEdge) shape *= params.predicate
      // A set phrase without a row whose parts are a predicate or manner word then a predicate is a verb phrase
      // (建立健全, 全面实施, 贯彻落实), not a name; one opening on a verbal noun may name (改革开放).
      else if (!wholeTag && b.length > 2 && PHRASE_OPENER_TAGS.has(firstTag) && HEAD_PREDICATE_TAGS.has(headTag))
        shape *= params.predicatePhrase
    } else {
      if (VERB_TAGS.has(firstTag) || pieceIs(i, 0, b[1])) shape *= params.verbStart
      // A head that is a predicate, or a word that never heads a noun phrase: a distinguishing modifier (基本,
      // 公共: jieba's b) or a pronoun (自身, 各族): the candidate lacks its head noun (基本公共 before 服务).
      if (HEAD_PREDICATE_TAGS.has(headTag) || pieceIs(i, b[b.length - 2], len)) shape *= params.verbHead
      else if (NON_HEAD_TAGS.has(headTag)) shape *= params.modifierHead
      else if (MANNER_TAGS.has(firstTag) && b[1] >= 2 && (headTag === 'vn' || headTag === 'v'))
        shape *= params.adverbial
      const st = keyStart(stats, i)
      for (let k = 1; k < b.length - 2; k++) {
        if (b[k + 1] - b[k] !== 1) continue
        const c = stats.pool[st + b[k]]
        if (c === DE) shape *= params.innerDe
        else if (CONJUNCTIONS.has(c)) shape *= params.innerConj
      }
    }
    let score =
      shape *
      Math.pow(specificity, params.specificityPower) *
      (Math.pow(Math.log(1 + cvalue), params.freqPower) + params.nestBonus * Math.log(1 + pc)) *
      spread *
      ramp(cohesion, params.cohesionMid, params.cohesionWidth) *
      (params.freedomFloor + (1 - params.freedomFloor) * freedom) *
      (1 + params.quotedBonus * quotedShare + params.wholeBonus * wholeShare)
    if (!(score > 0)) score = 0
    out.score[r] = score
    explain?.({
      i,
      freq: f,
      pieces,
      cvalue,
      cohesion,
      leftEntropy: le,
      rightEntropy: re,
      freedom,
      specificity,
      quotedShare,
      wholeShare,
      years,
      headShare,
      leftEdgeShare: edgeShare(stats, i, 0),
      rightEdgeShare,
      firstTag,
      headTag,
      score
    })
  }
  return out
}

function toCandidate(stats: ChineseStats, i: number, score: number): MinedCandidate {
  const key = keyText(stats, i)
  const variants = writtenForms(stats, i)
  return {
    key,
    term: variants[0] ?? key,
    score,
    freq: freqOf(stats, i),
    docs: field(stats, i, R_DOCS),
    variants,
    // Kinds are decided for English candidates (kinds.ts); Chinese ones are terms for now.
    kind: 'term',
    occurrences: occurrencesOfCandidate(stats, i)
  }
}

/**
 * Candidates best first. Scores are normalised so that 1.0 is the default cut: the raw score of the
 * candidate at rank cutoffPerSqrtChar · √(Han characters) (vocabulary grows sublinearly with the corpus).
 */
export function rankCandidates(
  stats: ChineseStats,
  ref: ChineseReference | null | undefined,
  opts: { limit?: number; isCancelled?: () => boolean; scoreParams?: Partial<ChineseScoreParams> } = {}
): MinedCandidate[] {
  const params = { ...DEFAULT_CHINESE_SCORE_PARAMS, ...opts.scoreParams }
  const { index, score } = scoreChinese(stats, ref, params)
  if (opts.isCancelled?.()) throw new MiningCancelled()
  // Positions into index/score with a positive score, best first (ties: more frequent, then first seen).
  const order: number[] = []
  for (let r = 0; r < index.length; r++) if (score[r] > 0) order.push(r)
  order.sort((x, y) => score[y] - score[x] || freqOf(stats, index[y]) - freqOf(stats, index[x]) || index[x] - index[y])
  const cutRank = Math.max(1, Math.round(params.cutoffPerSqrtChar * Math.sqrt(stats.hanChars)))
  const norm = order.length ? score[order[Math.min(cutRank, order.length) - 1]] : 1
  const limit = opts.limit && opts.limit > 0 ? opts.limit : 0
  const out: MinedCandidate[] = []
  for (const r of order) {
    const normalised = Math.round((score[r] / norm) * 10000) / 10000
    if (limit ? out.length >= limit : normalised < 1) break
    out.push(toCandidate(stats, index[r], normalised))
  }
  return out
}
