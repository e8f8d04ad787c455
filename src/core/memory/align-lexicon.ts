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
import {
  cooccurrence,
  englishStems,
  hanCodes,
  numbered,
  type TokenizedSide,
  trainDirection,
  type TrainingLink,
  TranslationTable
} from './model1'

export type { TrainingLink } from './model1'

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

export function tokenizeEnglish(sentences: readonly string[]): TokenizedSide {
  return numbered(sentences.map(englishStems), MIN_SENTENCES)
}

export function tokenizeChinese(sentences: readonly string[]): TokenizedSide {
  return numbered(sentences.map(hanCodes), MIN_SENTENCES)
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

  constructor(source: TokenizedSide, target: TokenizedSide, table: TranslationTable) {
    this.source = source
    this.target = target
    this.nullT = table.nullT
    this.rows = table.rows
    this.inverseShare = target.share.map((x) => 1 / x)
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
    new TranslationTable(
      trainDirection(co, enTokens.vocab, zhTokens.vocab, true),
      co.pairE,
      co.pairZ,
      enTokens.vocab,
      zhTokens.vocab
    )
  )
  const enGivenZh = new Lexicon(
    zhTokens,
    enTokens,
    new TranslationTable(
      trainDirection(co, zhTokens.vocab, enTokens.vocab, false),
      co.pairZ,
      co.pairE,
      zhTokens.vocab,
      enTokens.vocab
    )
  )
  return (e0, e1, z0, z1) => zhGivenEn.score(e0, e1, z0, z1) + enGivenZh.score(z0, z1, e0, e1)
}
