/**
 * Lexical evidence for alignment, learned from the pair being aligned (Moore 2002): a first alignment
 * by length and anchors gives sentence pairs, IBM Model 1 learns from them which Chinese characters
 * English words turn into (infrastructure → 基, 础, 设, 施) and which English words Chinese characters
 * turn into, and the second alignment scores each link by how well each side explains the other,
 * against how common those tokens are anyway. Both directions: with one, the side that is only
 * explained could be left unlinked for free.
 *
 * Tokens: English words (lower-cased, light-stemmed, without the commonest function words) and Han
 * characters (Chinese words are made of them; no segmenter is needed), each only when it occurs in
 * several sentences (see MIN_SENTENCES). The score of a link, per direction, is Σ over its target
 * tokens z of log( P(z | its source) / P(z) ), with P(z | S) a mixture of Model 1's
 * (t(z | NULL) + Σ_s t(z | s)) / (|S| + 1) and P(z), z's share of its document. Tokens of one word or
 * phrase are not independent evidence, so the caller scales the sum down.
 */
import { isHanCode } from '../../shared/script'
import { lightStem } from './light-stem'

// Function words carry no lexical evidence and make up a third of running English.
const FUNCTION_WORDS = new Set(
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
/**
 * Sentences a token must occur in to be learned from: what a word found in one or two sentences
 * "translates into" is learned from the very links being judged, and would only confirm the first
 * alignment's mistakes.
 */
const MIN_SENTENCES = 3
/**
 * Share of Model 1 in P(z | S); the rest is P(z). A token Model 1 never saw with these words (a name,
 * a paraphrase) then costs at most -log(1 - MODEL_SHARE) instead of sinking the link.
 */
const MODEL_SHARE = 0.9

/** One document as token ids per sentence, and each token's share of the document. */
export interface TokenizedSide {
  sentences: Int32Array[]
  vocab: number
  share: Float64Array
}

function recurring<T>(sentences: T[][]): Set<T> {
  const seen = new Map<T, number>()
  for (const s of sentences) for (const t of new Set(s)) seen.set(t, (seen.get(t) ?? 0) + 1)
  return new Set([...seen].filter(([, n]) => n >= MIN_SENTENCES).map(([t]) => t))
}

function numbered<T>(sentences: T[][]): TokenizedSide {
  const keep = recurring(sentences)
  const ids = new Map<T, number>()
  const counts: number[] = []
  const out = sentences.map((s) => {
    const row: number[] = []
    for (const t of s) {
      if (!keep.has(t)) continue
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
    sentences: out,
    vocab: counts.length,
    share: Float64Array.from(counts, (c) => (c + 0.5) / (total + 0.5 * counts.length))
  }
}

export function tokenizeEnglish(sentences: readonly string[]): TokenizedSide {
  return numbered(
    sentences.map((s) =>
      [...s.toLowerCase().matchAll(/[a-z]+(?:['’][a-z]+)?/g)]
        .filter((m) => !FUNCTION_WORDS.has(m[0]))
        .map((m) => lightStem(m[0]))
    )
  )
}

export function tokenizeChinese(sentences: readonly string[]): TokenizedSide {
  return numbered(
    sentences.map((s) => {
      const out: number[] = []
      for (let k = 0; k < s.length; k++) if (isHanCode(s.charCodeAt(k))) out.push(s.charCodeAt(k))
      return out
    })
  )
}

/**
 * The (English token, Chinese token) pairs that co-occur in the training links, numbered once and
 * shared by both directions' Model 1.
 */
interface Cooccurrence {
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

function cooccurrence(en: TokenizedSide, zh: TokenizedSide, links: readonly TrainingLink[]): Cooccurrence {
  const V = zh.vocab
  const ids = new Map<number, number>()
  const pairE: number[] = []
  const pairZ: number[] = []
  const out: Cooccurrence['links'] = []
  for (const l of links) {
    const es = Int32Array.from(l.en.flatMap((i) => [...en.sentences[i]]))
    const zs = Int32Array.from(l.zh.flatMap((j) => [...zh.sentences[j]]))
    if (es.length === 0 || zs.length === 0) continue
    const cells = new Int32Array(zs.length * es.length)
    for (let a = 0; a < zs.length; a++) {
      for (let b = 0; b < es.length; b++) {
        const key = es[b] * V + zs[a]
        let id = ids.get(key)
        if (id === undefined) {
          ids.set(key, (id = pairE.length))
          pairE.push(es[b])
          pairZ.push(zs[a])
        }
        cells[a * es.length + b] = id
      }
    }
    out.push({ en: es, zh: zs, cells, weight: l.weight ?? 1 })
  }
  return { pairE: Int32Array.from(pairE), pairZ: Int32Array.from(pairZ), links: out }
}

/**
 * Model 1 EM for one direction over the shared pairs: t(target | source) for every pair, and
 * t(target | NULL) per target token. `zhGivenEn` picks the direction.
 */
function trainDirection(
  co: Cooccurrence,
  sourceVocab: number,
  targetVocab: number,
  zhGivenEn: boolean
): { t: Float64Array; nullT: Float64Array } {
  const P = co.pairE.length
  const pairSource = zhGivenEn ? co.pairE : co.pairZ
  let t = new Float64Array(P).fill(1 / Math.max(1, targetVocab))
  let nullT = new Float64Array(targetVocab).fill(1 / Math.max(1, targetVocab))
  for (let round = 0; round < EM_ROUNDS; round++) {
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

/** Model 1 translation table t(target | source), learned from linked sentence groups. */
export class Lexicon {
  /** For each source token, the target tokens it translates into and their probabilities. */
  private readonly rows: { z: Int32Array; t: Float32Array }[]
  /** t(z | NULL): target tokens no source token accounts for (的, 了, 和). */
  private readonly nullT: Float64Array
  private readonly source: TokenizedSide
  private readonly target: TokenizedSide
  /** 1 / P(z) per target token. */
  private readonly inverseShare: Float64Array
  /**
   * Recently used source sentences' Σ t(z | s) over their tokens s, dense over the target vocabulary.
   * The lattice works along the diagonal, so a few dozen cover every bead near the current cell.
   */
  private readonly sums = new Map<number, Float32Array>()

  constructor(
    source: TokenizedSide,
    target: TokenizedSide,
    trained: { t: Float64Array; nullT: Float64Array },
    pairSource: Int32Array,
    pairTarget: Int32Array
  ) {
    this.source = source
    this.target = target
    this.nullT = trained.nullT
    this.inverseShare = target.share.map((x) => 1 / x)
    const lists: { z: number[]; t: number[] }[] = Array.from({ length: source.vocab }, () => ({ z: [], t: [] }))
    for (let p = 0; p < trained.t.length; p++) {
      if (trained.t[p] < MIN_T) continue
      lists[pairSource[p]].z.push(pairTarget[p])
      lists[pairSource[p]].t.push(trained.t[p])
    }
    this.rows = lists.map((l) => ({ z: Int32Array.from(l.z), t: Float32Array.from(l.t) }))
  }

  /** Σ t(z | s) over the tokens s of source sentence x, for every target token z. */
  private sum(x: number): Float32Array {
    let out = this.sums.get(x)
    if (out) return out
    out = new Float32Array(this.target.vocab)
    for (const s of this.source.sentences[x]) {
      const row = this.rows[s]
      for (let k = 0; k < row.z.length; k++) out[row.z[k]] += row.t[k]
    }
    if (this.sums.size >= SUM_WINDOW) this.sums.delete(this.sums.keys().next().value as number)
    this.sums.set(x, out)
    return out
  }

  /**
   * Log-likelihood ratio of linking source sentences [s0, s1) with target sentences [t0, t1): how much
   * better the source explains the target tokens than their document frequencies do.
   */
  score(s0: number, s1: number, t0: number, t1: number): number {
    const sources = this.source.sentences
    let words = 0
    for (let x = s0; x < s1; x++) words += sources[x].length
    const scale = MODEL_SHARE / (words + 1)
    const floor = 1 - MODEL_SHARE
    const { nullT, inverseShare } = this
    const m0 = this.sum(s0)
    const m1 = s1 > s0 + 1 ? this.sum(s0 + 1) : null
    const m2 = s1 > s0 + 2 ? this.sum(s0 + 2) : null
    let score = 0
    for (let y = t0; y < t1; y++) {
      const zs = this.target.sentences[y]
      for (let a = 0; a < zs.length; a++) {
        const z = zs[a]
        let sum = nullT[z] + m0[z]
        if (m1) sum += m1[z]
        if (m2) sum += m2[z]
        for (let x = s0 + 3; x < s1; x++) sum += this.sum(x)[z]
        score += Math.log(scale * sum * inverseShare[z] + floor)
      }
    }
    return score
  }
}

/** Source sentences whose sums a lexicon keeps. */
const SUM_WINDOW = 64

/** A training link: sentences taken as translations, and how far to trust that (default 1). */
export interface TrainingLink {
  en: number[]
  zh: number[]
  weight?: number
}

/**
 * Both directions' lexicons for an English–Chinese pair, trained on the links of a first alignment,
 * each counted by its weight: a link the first alignment was unsure of teaches little, so its
 * mistakes are not learned and then confirmed.
 */
export function lexicalScorer(
  en: readonly string[],
  zh: readonly string[],
  links: readonly TrainingLink[]
): (e0: number, e1: number, z0: number, z1: number) => number {
  const enTokens = tokenizeEnglish(en)
  const zhTokens = tokenizeChinese(zh)
  const co = cooccurrence(enTokens, zhTokens, links)
  const zhGivenEn = new Lexicon(
    enTokens,
    zhTokens,
    trainDirection(co, enTokens.vocab, zhTokens.vocab, true),
    co.pairE,
    co.pairZ
  )
  const enGivenZh = new Lexicon(
    zhTokens,
    enTokens,
    trainDirection(co, zhTokens.vocab, enTokens.vocab, false),
    co.pairZ,
    co.pairE
  )
  return (e0, e1, z0, z1) => zhGivenEn.score(e0, e1, z0, z1) + enGivenZh.score(z0, z1, e0, e1)
}
