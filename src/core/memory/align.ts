/**
 * Sentence alignment of an English document with its Chinese translation: Gale–Church dynamic
 * programming over sentence lengths, strengthened by anchors (align-anchors.ts), with each link's
 * confidence taken from the forward–backward posterior of that link among all alignments.
 *
 * Length model. Gale and Church model the length of a translation as normally distributed around c
 * times the source length with variance s² per source unit. Measured on the hand-written policy
 * fixture (tests/fixtures/memory/policy-parallel.ts, 66 non-empty links; English length = characters
 * with runs of spaces counted once, Chinese = characters without spaces, digits and punctuation
 * included): c = 0.234 Chinese characters per English character, s² = 0.153; we use c = 0.234 and
 * s² = 0.15. On that fixture s² 0.1–0.2 and 1:0 priors 0.005–0.01 give the same links; what mattered
 * was not charging omitted sentences Gale–Church's length test (see lengthCost): with it, one
 * untranslated sentence made four neighbours shift (61 of 68 links right), without it 66 of 68.
 */
import { type AnchorPair, pairMatchers, type SentenceAnchors, sentenceAnchors, tallyAnchors } from './align-anchors'

export type { AnchorPair } from './align-anchors'

export const ZH_PER_EN_CHAR = 0.234
export const LENGTH_VARIANCE = 0.15

export interface AlignOptions {
  /** Known term pairs (from the term base): a link holding both sides is more likely. */
  anchors?: AnchorPair[]
}

export interface AlignmentLink {
  /** Indexes of the English sentences in this link (0, 1 or 2). */
  en: number[]
  /** Indexes of the Chinese sentences in this link (0, 1 or 2). */
  zh: number[]
  /** 0..1: posterior probability of this link, lowered when the documents' lengths disagree. */
  confidence: number
}

export interface AlignmentResult {
  links: AlignmentLink[]
  /** 0..1 for the whole pair of documents: low when they do not look like translations of each other. */
  confidence: number
}

/** Link shapes and their prior probabilities (Gale–Church's, without 2:2). */
const BEADS: { de: number; dz: number; prior: number }[] = [
  { de: 1, dz: 1, prior: 0.89 },
  { de: 1, dz: 0, prior: 0.005 },
  { de: 0, dz: 1, prior: 0.005 },
  { de: 2, dz: 1, prior: 0.045 },
  { de: 1, dz: 2, prior: 0.045 }
]

/** Cost (in -log probability) added per anchor that matches, and per anchor left without a partner. */
const ANCHOR_BONUS = 1.5
const ANCHOR_PENALTY = 0.6
// A number left without its counterpart inside a link costs about two thirds of an omission: it
// lowers the link's posterior clearly (0.89 -> 0.45 on a 2:1 that drops a figure) but does not split a
// 1:1 link over one number written differently (two-thirds / 三分之二).
const NUMBER_PENALTY = 3.5
/** Cost per (Chinese-equivalent) character of a sentence left unlinked. */
const NULL_COST_PER_CHAR = 0.03

export function sentenceLength(text: string, lang: 'en' | 'zh'): number {
  return lang === 'en' ? text.replace(/\s+/g, ' ').trim().length : [...text.replace(/\s+/g, '')].length
}

/** Standard normal upper tail, Abramowitz–Stegun 7.1.26 (error < 1.5e-7). */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2))
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  return 0.5 * poly * Math.exp(-(z * z) / 2)
}

/** -log P(lengths | they translate each other), Gale–Church's two-sided test on delta. */
function lengthCost(l1: number, l2: number): number {
  if (l1 === 0 && l2 === 0) return 0
  // An omitted sentence has no translation to compare with: Gale–Church's test would call any
  // deletion a 6-sigma event and force shifted 1:1 links instead. Charge a little per character.
  if (l1 === 0 || l2 === 0) return NULL_COST_PER_CHAR * (l2 + ZH_PER_EN_CHAR * l1)
  const mean = (l1 + l2 / ZH_PER_EN_CHAR) / 2
  const delta = (l2 - ZH_PER_EN_CHAR * l1) / Math.sqrt(Math.max(1, mean) * LENGTH_VARIANCE)
  const p = 2 * upperTail(Math.abs(delta))
  return -Math.log(Math.max(p, 1e-300))
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b
  if (b === -Infinity) return a
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b))
}

export function alignSentences(en: string[], zh: string[], options: AlignOptions = {}): AlignmentResult {
  const n = en.length
  const m = zh.length
  if (n === 0 && m === 0) return { links: [], confidence: 0 }
  const pairs = pairMatchers(options.anchors ?? [])
  const enLen = en.map((s) => sentenceLength(s, 'en'))
  const zhLen = zh.map((s) => sentenceLength(s, 'zh'))
  const enAnchors: SentenceAnchors[] = en.map((s) => sentenceAnchors(s, 'en', pairs))
  const zhAnchors: SentenceAnchors[] = zh.map((s) => sentenceAnchors(s, 'zh', pairs))

  // Most sentences hold no anchor at all: skip the tally for links made only of those. (An English
  // sentence's Latin words count only when a Chinese sentence of the link holds Latin.)
  const enHas = enAnchors.map((a) => a.numbers.length > 0 || a.pairs.length > 0)
  const zhHas = zhAnchors.map((a) => a.numbers.length > 0 || a.pairs.length > 0 || a.latin.size > 0)
  // Cost of the bead of shape k ending at (i, j).
  const beadCost = (i: number, j: number, k: number): number => {
    const b = BEADS[k]
    let l1 = 0
    let l2 = 0
    for (let x = i - b.de; x < i; x++) l1 += enLen[x]
    for (let y = j - b.dz; y < j; y++) l2 += zhLen[y]
    let cost = -Math.log(b.prior) + lengthCost(l1, l2)
    let anchored = false
    for (let x = i - b.de; x < i; x++) anchored ||= enHas[x]
    for (let y = j - b.dz; y < j; y++) anchored ||= zhHas[y]
    if (anchored && b.de > 0 && b.dz > 0) {
      const t = tallyAnchors(
        b.de === 1 ? [enAnchors[i - 1]] : enAnchors.slice(i - b.de, i),
        b.dz === 1 ? [zhAnchors[j - 1]] : zhAnchors.slice(j - b.dz, j)
      )
      cost += ANCHOR_PENALTY * t.unmatched + NUMBER_PENALTY * t.unmatchedNumbers - ANCHOR_BONUS * t.matched
    }
    return cost
  }

  // Band around the diagonal keeps long documents linear-ish; wide enough for every 1:0 drift seen.
  const band = Math.max(40, Math.abs(n - m) + Math.ceil(0.1 * Math.max(n, m)))
  const inBand = (i: number, j: number): boolean => Math.abs(j - (m === 0 ? 0 : (i * m) / Math.max(n, 1))) <= band
  const w = m + 1
  const size = (n + 1) * w
  const fwd = new Float64Array(size).fill(-Infinity) // log of summed probability (forward)
  const best = new Float64Array(size).fill(Infinity) // Viterbi cost
  const back = new Int8Array(size).fill(-1)
  // Costs are reused by the backward pass: cache per cell and shape.
  const costs = new Float64Array(size * BEADS.length).fill(NaN)
  fwd[0] = 0
  best[0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if ((i === 0 && j === 0) || !inBand(i, j)) continue
      let f = -Infinity
      let bv = Infinity
      let bk = -1
      for (let k = 0; k < BEADS.length; k++) {
        const { de, dz } = BEADS[k]
        if (i < de || j < dz) continue
        const p = (i - de) * w + (j - dz)
        if (best[p] === Infinity) continue
        const c = beadCost(i, j, k)
        costs[(i * w + j) * BEADS.length + k] = c
        f = logAdd(f, fwd[p] - c)
        if (best[p] + c < bv) {
          bv = best[p] + c
          bk = k
        }
      }
      fwd[i * w + j] = f
      best[i * w + j] = bv
      back[i * w + j] = bk
    }
  }
  const bwd = new Float64Array(size).fill(-Infinity)
  bwd[n * w + m] = 0
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      const here = i * w + j
      if (bwd[here] === -Infinity) continue
      for (let k = 0; k < BEADS.length; k++) {
        const c = costs[here * BEADS.length + k]
        if (Number.isNaN(c)) continue
        const p = (i - BEADS[k].de) * w + (j - BEADS[k].dz)
        bwd[p] = logAdd(bwd[p], bwd[here] - c)
      }
    }
  }
  const total = fwd[n * w + m]

  // Whole-document length agreement: translations of the same text have Chinese ≈ c × English.
  const sumEn = enLen.reduce((a, b) => a + b, 0)
  const sumZh = zhLen.reduce((a, b) => a + b, 0)
  const ratio = sumEn > 0 && sumZh > 0 ? sumZh / (ZH_PER_EN_CHAR * sumEn) : 0
  // Spread of log(ratio): 0.3 for the freedom of whole translations, plus the length model's own
  // noise, which matters for short texts (variance s²/(c²·L) of the ratio over L English characters).
  const spread2 = 0.3 ** 2 + LENGTH_VARIANCE / (ZH_PER_EN_CHAR ** 2 * Math.max(1, sumEn))
  const docFit = ratio > 0 ? Math.exp(-(Math.log(ratio) ** 2) / (2 * spread2)) : 0

  const links: AlignmentLink[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const k = back[i * w + j]
    if (k < 0) break
    const { de, dz } = BEADS[k]
    const p = (i - de) * w + (j - dz)
    const c = costs[(i * w + j) * BEADS.length + k]
    const posterior = Math.exp(fwd[p] - c + bwd[i * w + j] - total)
    links.push({
      en: Array.from({ length: de }, (_, x) => i - de + x),
      zh: Array.from({ length: dz }, (_, y) => j - dz + y),
      confidence: Math.min(1, Math.max(0, posterior * docFit))
    })
    i -= de
    j -= dz
  }
  links.reverse()

  // Document confidence: the share of sentences linked to something, weighted by link confidence.
  let weighted = 0
  for (const l of links) if (l.en.length > 0 && l.zh.length > 0) weighted += l.confidence * (l.en.length + l.zh.length)
  return { links, confidence: weighted / (n + m) }
}
