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
const EM_ROUNDS = 4
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

/** Model 1 translation table t(target | source), learned from linked sentence groups. */
export class Lexicon {
  /** For each source token, the target tokens it translates into and their probabilities. */
  private readonly rows: { z: Int32Array; t: Float32Array }[]
  /** t(z | NULL): target tokens no source token accounts for (的, 了, 和). */
  private readonly nullT: Float64Array
  private readonly source: TokenizedSide
  private readonly target: TokenizedSide
  /** Scratch: first position of each target token in the sentence being scored, and the next ones. */
  private readonly first: Int32Array
  private next = new Int32Array(64)
  private readonly masses = new Map<number, Float32Array>()

  private constructor(
    source: TokenizedSide,
    target: TokenizedSide,
    rows: { z: Int32Array; t: Float32Array }[],
    nullT: Float64Array
  ) {
    this.source = source
    this.target = target
    this.rows = rows
    this.nullT = nullT
    this.first = new Int32Array(target.vocab).fill(-1)
  }

  /** Trains on links (source sentence ids, target sentence ids) taken as translations. */
  static train(
    source: TokenizedSide,
    target: TokenizedSide,
    links: readonly { source: number[]; target: number[] }[]
  ): Lexicon {
    const V = target.vocab
    const NULL = source.vocab // the empty word's id
    // Co-occurring (s, z) pairs, numbered once, and each link's pairs as a flat list of those numbers.
    const pairIds = new Map<number, number>()
    const pairS: number[] = []
    const pairZ: number[] = []
    const data: { cells: Int32Array; zs: number; ss: number }[] = []
    for (const l of links) {
      const ss = [NULL]
      for (const i of l.source) for (const t of source.sentences[i]) ss.push(t)
      const zs: number[] = []
      for (const j of l.target) for (const t of target.sentences[j]) zs.push(t)
      if (zs.length === 0 || ss.length === 1) continue
      // cells[a * ss.length + b]: the pair number of the b-th source and a-th target token.
      const cells = new Int32Array(zs.length * ss.length)
      for (let a = 0; a < zs.length; a++) {
        for (let b = 0; b < ss.length; b++) {
          const key = ss[b] * V + zs[a]
          let id = pairIds.get(key)
          if (id === undefined) {
            pairIds.set(key, (id = pairS.length))
            pairS.push(ss[b])
            pairZ.push(zs[a])
          }
          cells[a * ss.length + b] = id
        }
      }
      data.push({ cells, zs: zs.length, ss: ss.length })
    }
    let t = new Float64Array(pairS.length).fill(1 / Math.max(1, V))
    for (let round = 0; round < EM_ROUNDS; round++) {
      const expected = new Float64Array(pairS.length)
      for (const { cells, zs, ss } of data) {
        for (let a = 0; a < zs; a++) {
          const row = a * ss
          let sum = 0
          for (let b = 0; b < ss; b++) sum += t[cells[row + b]]
          if (sum <= 0) continue
          for (let b = 0; b < ss; b++) expected[cells[row + b]] += t[cells[row + b]] / sum
        }
      }
      const totals = new Float64Array(NULL + 1)
      for (let p = 0; p < pairS.length; p++) totals[pairS[p]] += expected[p]
      t = expected.map((x, p) => (totals[pairS[p]] > 0 ? x / totals[pairS[p]] : 0))
    }
    const lists: { z: number[]; t: number[] }[] = Array.from({ length: NULL }, () => ({ z: [], t: [] }))
    const nullT = new Float64Array(V)
    for (let p = 0; p < pairS.length; p++) {
      if (pairS[p] === NULL) nullT[pairZ[p]] = t[p]
      else if (t[p] >= MIN_T) {
        lists[pairS[p]].z.push(pairZ[p])
        lists[pairS[p]].t.push(t[p])
      }
    }
    return new Lexicon(
      source,
      target,
      lists.map((l) => ({ z: Int32Array.from(l.z), t: Float32Array.from(l.t) })),
      nullT
    )
  }

  /**
   * For each token of target sentence `tgt`, Σ t(z | s) over the tokens s of source sentence `src`:
   * the part of Model 1's sum one source sentence contributes. Cached per pair of sentences.
   */
  mass(src: number, tgt: number): Float32Array {
    const key = src * (this.target.sentences.length + 1) + tgt
    const cached = this.masses.get(key)
    if (cached) return cached
    const zs = this.target.sentences[tgt]
    const out = new Float32Array(zs.length)
    this.masses.set(key, out)
    if (zs.length === 0) return out
    if (this.next.length < zs.length) this.next = new Int32Array(zs.length * 2)
    const { first, next } = this
    for (let a = zs.length - 1; a >= 0; a--) {
      next[a] = first[zs[a]]
      first[zs[a]] = a
    }
    for (const s of this.source.sentences[src]) {
      const row = this.rows[s]
      for (let k = 0; k < row.z.length; k++) {
        for (let a = first[row.z[k]]; a >= 0; a = next[a]) out[a] += row.t[k]
      }
    }
    for (const z of zs) first[z] = -1
    return out
  }

  /**
   * Log-likelihood ratio of linking source sentences [s0, s1) with target sentences [t0, t1): how much
   * better the source explains the target tokens than their document frequencies do.
   */
  score(s0: number, s1: number, t0: number, t1: number): number {
    let words = 0
    for (let x = s0; x < s1; x++) words += this.source.sentences[x].length
    const scale = MODEL_SHARE / (words + 1)
    let score = 0
    for (let y = t0; y < t1; y++) {
      const zs = this.target.sentences[y]
      if (zs.length === 0) continue
      const m0 = s1 > s0 ? this.mass(s0, y) : null
      const m1 = s1 > s0 + 1 ? this.mass(s0 + 1, y) : null
      for (let a = 0; a < zs.length; a++) {
        let sum = this.nullT[zs[a]]
        if (m0) sum += m0[a]
        if (m1) sum += m1[a]
        for (let x = s0 + 2; x < s1; x++) sum += this.mass(x, y)[a]
        score += Math.log((scale * sum) / this.target.share[zs[a]] + 1 - MODEL_SHARE)
      }
    }
    return score
  }
}

/** Both directions' lexicons for an English–Chinese pair, trained on the links of a first alignment. */
export function lexicalScorer(
  en: readonly string[],
  zh: readonly string[],
  links: readonly { en: number[]; zh: number[] }[]
): (e0: number, e1: number, z0: number, z1: number) => number {
  const enTokens = tokenizeEnglish(en)
  const zhTokens = tokenizeChinese(zh)
  const zhGivenEn = Lexicon.train(
    enTokens,
    zhTokens,
    links.map((l) => ({ source: l.en, target: l.zh }))
  )
  const enGivenZh = Lexicon.train(
    zhTokens,
    enTokens,
    links.map((l) => ({ source: l.zh, target: l.en }))
  )
  return (e0, e1, z0, z1) => zhGivenEn.score(e0, e1, z0, z1) + enGivenZh.score(z0, z1, e0, e1)
}
