/**
 * IBM Model 1 (Brown et al. 1993) between English and Chinese: from sentence groups taken as
 * translations, EM learns t(target token | source token), how likely each source token is to turn
 * into each target token, with a NULL source for tokens nothing accounts for (的, 了; the, of). The
 * aligner learns one from a first alignment of the pair it aligns (align-lexicon.ts); equivalent
 * suggestion learns one from the units around a term to tell which characters translate the term and
 * which translate the rest of the sentence (suggest-ownership.ts).
 *
 * Tokens: English words (lower-cased, light-stemmed, without the commonest function words) and Han
 * characters (Chinese words are made of them; no segmenter is needed).
 */
import { isHanCode } from '../../shared/script'
import { lightStem } from './light-stem'

// Function words carry no lexical evidence and make up a third of running English.
export const FUNCTION_WORDS = new Set(
  (
    'the of and to a an in on for with by at as from that this these those is are was were be been being ' +
    'it its we our us will would shall should can could may might must has have had do does did not no or ' +
    'but than so such which who whom whose what when where while all also more most other their they them ' +
    'there into over under about through between both each only very'
  ).split(' ')
)

/** EM rounds: Model 1's likelihood is convex, three or four rounds get most of the way. */
const EM_ROUNDS = 3
/** Translation probabilities below this are dropped after training (they only add noise and time). */
const MIN_T = 0.005
/** One side's sentences as token ids, and each token's share of all its tokens. */
export interface TokenizedSide {
  sentences: Int32Array[]
  vocab: number
  share: Float64Array
}

/** Tokens seen in at least `min` sentences. */
function recurring<T>(sentences: T[][], min: number): Set<T> {
  const seen = new Map<T, number>()
  for (const s of sentences) for (const t of new Set(s)) seen.set(t, (seen.get(t) ?? 0) + 1)
  return new Set([...seen].filter(([, n]) => n >= min).map(([t]) => t))
}

/** Numbers the tokens (those in at least `min` sentences), sentence by sentence. */
export function numbered<T>(sentences: T[][], min = 1): TokenizedSide & { ids: Map<T, number> } {
  const keep = min > 1 ? recurring(sentences, min) : null
  const ids = new Map<T, number>()
  const counts: number[] = []
  const out = sentences.map((s) => {
    const row: number[] = []
    for (const t of s) {
      if (keep && !keep.has(t)) continue
      let id = ids.get(t)
      if (id === undefined) {
        ids.set(t, (id = counts.length))
        counts.push(0)
      }
      counts[id]++
      row.push(id)
    }
    return Int32Array.from(row)
  })
  const total = counts.reduce((a, b) => a + b, 0)
  return {
    ids,
    sentences: out,
    vocab: counts.length,
    share: Float64Array.from(counts, (c) => (c + 0.5) / (total + 0.5 * counts.length))
  }
}

/** The content words of an English text, light-stemmed, in order. */
export function englishStems(text: string): string[] {
  const out: string[] = []
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:['’][a-z]+)?/g)) {
    if (!FUNCTION_WORDS.has(m[0])) out.push(lightStem(m[0]))
  }
  return out
}

/** The Han characters of a Chinese text (as code units), in order. */
export function hanCodes(text: string): number[] {
  const out: number[] = []
  for (let k = 0; k < text.length; k++) if (isHanCode(text.charCodeAt(k))) out.push(text.charCodeAt(k))
  return out
}

/** A training link: sentences taken as translations, and how far to trust that (default 1). */
export interface TrainingLink {
  en: number[]
  zh: number[]
  weight?: number
}

/**
 * The (English token, Chinese token) pairs that co-occur in the training links, numbered once and
 * shared by both directions' Model 1.
 */
export interface Cooccurrence {
  /** English and Chinese token of each pair. */
  pairE: Int32Array
  pairZ: Int32Array
  links: {
    en: Int32Array
    zh: Int32Array
    /** cells[a * en.length + b]: the pair of zh[a] and en[b]. */
    cells: Int32Array
    /** How much the link is trusted (its posterior in the first alignment). */
    weight: number
  }[]
}

/** The tokens of a link's sentences, one after another (the sentence itself when it is one). */
function joined(side: TokenizedSide, indices: readonly number[]): Int32Array {
  if (indices.length === 1) return side.sentences[indices[0]] ?? new Int32Array(0)
  let n = 0
  for (const i of indices) n += side.sentences[i].length
  const out = new Int32Array(n)
  let at = 0
  for (const i of indices) {
    out.set(side.sentences[i], at)
    at += side.sentences[i].length
  }
  return out
}

export function cooccurrence(en: TokenizedSide, zh: TokenizedSide, links: readonly TrainingLink[]): Cooccurrence {
  const V = zh.vocab
  const sides = links.map((l) => ({ es: joined(en, l.en), zs: joined(zh, l.zh), weight: l.weight ?? 1 }))
  let cellCount = 0
  for (const { es, zs } of sides) cellCount += es.length * zs.length
  // Pair ids in an open-addressing table keyed by en * V + zh (a Map of a million numbers is the
  // slowest part of training and most of its garbage). Keys are < 2^31 for any vocabulary this sees;
  // larger ones fall back to a Map.
  const bigKeys = en.vocab * V >= 2 ** 31
  const size = 2 ** Math.ceil(Math.log2(Math.max(16, Math.min(cellCount, en.vocab * V + 1) * 2)))
  const keys = bigKeys ? null : new Int32Array(size).fill(-1)
  const values = bigKeys ? null : new Int32Array(size)
  const map = bigKeys ? new Map<number, number>() : null
  const mask = size - 1
  const pairE: number[] = []
  const pairZ: number[] = []
  const idOf = (e: number, z: number): number => {
    const key = e * V + z
    if (map) {
      let id = map.get(key)
      if (id === undefined) {
        map.set(key, (id = pairE.length))
        pairE.push(e)
        pairZ.push(z)
      }
      return id
    }
    let slot = Math.imul(key, 0x9e3779b1) & mask
    for (;;) {
      const k = keys![slot]
      if (k === key) return values![slot]
      if (k === -1) {
        keys![slot] = key
        values![slot] = pairE.length
        pairE.push(e)
        pairZ.push(z)
        return values![slot]
      }
      slot = (slot + 1) & mask
    }
  }
  const out: Cooccurrence['links'] = []
  for (const { es, zs, weight } of sides) {
    if (es.length === 0 || zs.length === 0) continue
    const cells = new Int32Array(zs.length * es.length)
    for (let a = 0; a < zs.length; a++) {
      for (let b = 0; b < es.length; b++) cells[a * es.length + b] = idOf(es[b], zs[a])
    }
    out.push({ en: es, zh: zs, cells, weight })
  }
  return { pairE: Int32Array.from(pairE), pairZ: Int32Array.from(pairZ), links: out }
}

/**
 * Model 1 EM for one direction over the shared pairs: t(target | source) for every pair, and
 * t(target | NULL) per target token. `zhGivenEn` picks the direction.
 */
export function trainDirection(
  co: Cooccurrence,
  sourceVocab: number,
  targetVocab: number,
  zhGivenEn: boolean,
  rounds = EM_ROUNDS
): { t: Float64Array; nullT: Float64Array } {
  const P = co.pairE.length
  const pairSource = zhGivenEn ? co.pairE : co.pairZ
  let t = new Float64Array(P).fill(1 / Math.max(1, targetVocab))
  let nullT = new Float64Array(targetVocab).fill(1 / Math.max(1, targetVocab))
  for (let round = 0; round < rounds; round++) {
    const expected = new Float64Array(P)
    const expectedNull = new Float64Array(targetVocab)
    for (const { en, zh, cells, weight } of co.links) {
      const E = en.length
      // Targets and their sources: Chinese tokens over the row of cells, or English over the column.
      const targets = zhGivenEn ? zh : en
      const sources = zhGivenEn ? E : zh.length
      for (let a = 0; a < targets.length; a++) {
        const first = zhGivenEn ? a * E : a
        const stride = zhGivenEn ? 1 : E
        let sum = nullT[targets[a]]
        for (let b = 0, c = first; b < sources; b++, c += stride) sum += t[cells[c]]
        const share = weight / sum
        expectedNull[targets[a]] += nullT[targets[a]] * share
        for (let b = 0, c = first; b < sources; b++, c += stride) expected[cells[c]] += t[cells[c]] * share
      }
    }
    const totals = new Float64Array(sourceVocab)
    for (let p = 0; p < P; p++) totals[pairSource[p]] += expected[p]
    let nullTotal = 0
    for (const x of expectedNull) nullTotal += x
    t = expected.map((x, p) => (totals[pairSource[p]] > 0 ? x / totals[pairSource[p]] : 0))
    nullT = expectedNull.map((x) => (nullTotal > 0 ? x / nullTotal : 0))
  }
  return { t, nullT }
}

/** A trained direction as lists: for each source token, the target tokens it turns into. */
export class TranslationTable {
  /** For each source token, the target tokens it translates into (t ≥ MIN_T) and their probabilities. */
  readonly rows: { z: Int32Array; t: Float32Array }[]
  /** t(z | NULL) per target token. */
  readonly nullT: Float64Array
  /** Scratch for owners(): first position of each target token in the sentence, and the next ones. */
  private readonly first: Int32Array
  private next = new Int32Array(64)

  constructor(
    trained: { t: Float64Array; nullT: Float64Array },
    pairSource: Int32Array,
    pairTarget: Int32Array,
    sourceVocab: number,
    targetVocab: number
  ) {
    this.nullT = trained.nullT
    const lists: { z: number[]; t: number[] }[] = Array.from({ length: sourceVocab }, () => ({ z: [], t: [] }))
    for (let p = 0; p < trained.t.length; p++) {
      if (trained.t[p] < MIN_T) continue
      lists[pairSource[p]].z.push(pairTarget[p])
      lists[pairSource[p]].t.push(trained.t[p])
    }
    this.rows = lists.map((l) => ({ z: Int32Array.from(l.z), t: Float32Array.from(l.t) }))
    this.first = new Int32Array(targetVocab).fill(-1)
  }

  /**
   * The Viterbi alignment of one sentence pair under Model 1 with a preference for the diagonal (as
   * fast_align's): for each target token, the position of the source token most likely to have
   * produced it, or -1 when NULL is likelier than any of them. `tension` weighs the distance between
   * their relative positions, so of two terms listed side by side ("sulfur dioxide and chemical
   * oxygen demand", 二氧化硫、化学需氧量) each goes with its own; 0 is plain Model 1.
   */
  owners(source: Int32Array, target: Int32Array, tension = 0): Int32Array {
    const out = new Int32Array(target.length).fill(-1)
    const best = Float64Array.from(target, (z) => this.nullT[z])
    if (this.next.length < target.length) this.next = new Int32Array(target.length * 2)
    const { first, next } = this
    for (let a = target.length - 1; a >= 0; a--) {
      next[a] = first[target[a]]
      first[target[a]] = a
    }
    const T = Math.max(1, target.length)
    const S = Math.max(1, source.length)
    for (let b = 0; b < source.length; b++) {
      const row = this.rows[source[b]]
      if (!row) continue
      for (let k = 0; k < row.z.length; k++) {
        for (let a = first[row.z[k]]; a >= 0; a = next[a]) {
          const p = tension > 0 ? row.t[k] * Math.exp(-tension * Math.abs((a + 0.5) / T - (b + 0.5) / S)) : row.t[k]
          if (p > best[a]) {
            best[a] = p
            out[a] = b
          }
        }
      }
    }
    for (const z of target) first[z] = -1
    return out
  }
}
