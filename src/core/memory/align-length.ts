/**
 * Length evidence for alignment, after Gale and Church (1993): the length of a translation is
 * centred on c times the source length, with a spread that grows with the square root of the
 * length. Gale and Church took the normalised difference to be normal; between English and Chinese
 * policy text its tails are much heavier (a terse Chinese heading, 加强事中事后监管, for a 120-character
 * English sentence), and a normal model then prefers dropping a sentence to linking it. So the
 * normalised difference x = (l2 − c·l1) / √mean is modelled as Laplace with scale b, and a link costs
 * −log P(|X| ≥ |x|) = |x| / b.
 *
 * Both c and b are learned from the pair being aligned: c first as the ratio of the two documents'
 * total lengths, then c and b again from the links of a first alignment (so a report whose English
 * runs long, c = 0.19 Chinese characters per English character, is not judged by another's 0.23).
 *
 * Lengths: English in characters with runs of spaces counted once, Chinese in characters without
 * spaces (digits and punctuation included).
 */

/** Chinese characters per English character over translations in our fixtures and policy reports. */
export const ZH_PER_EN_CHAR = 0.215
/** Laplace scale of the normalised length difference before a pair teaches its own. */
export const LENGTH_SCALE = 0.3
/**
 * Spread of log(Chinese / (c × English)) over whole translations: a pair whose ratio lies further
 * than PLAUSIBLE_RATIO times from c is not a whole translation of the other side.
 */
export const RATIO_SPREAD = 0.3
export const PLAUSIBLE_RATIO = 1.6

export interface LengthModel {
  /** Chinese characters per English character. */
  c: number
  /** Laplace scale b of the normalised length difference. */
  b: number
}

export function sentenceLength(text: string, lang: 'en' | 'zh'): number {
  if (lang === 'en') return text.replace(/\s+/g, ' ').trim().length
  let n = 0
  for (const ch of text) if (!/\s/.test(ch)) n++
  return n
}

/** The normalised length difference x for English length l1 and Chinese length l2. */
export function lengthDelta(l1: number, l2: number, c: number): number {
  const mean = (l1 + l2 / c) / 2
  return (l2 - c * l1) / Math.sqrt(Math.max(1, mean))
}

/** -log P(a length difference at least this large | the two sides translate each other). */
export function lengthCost(l1: number, l2: number, model: LengthModel): number {
  if (l1 === 0 && l2 === 0) return 0
  return Math.abs(lengthDelta(l1, l2, model.c)) / model.b
}

/**
 * c and b re-estimated from linked lengths (pairs with both sides non-empty): c as the ratio of the
 * sums, b robustly as the median |x| over ln 2 (the median of a Laplace's |X| is b·ln 2), so a few bad
 * links of the first pass do not widen the model.
 */
export function fitLengthModel(pairs: [number, number][], prior: LengthModel): LengthModel {
  const usable = pairs.filter(([a, b]) => a > 0 && b > 0)
  if (usable.length < 8) return prior
  let se = 0
  let sz = 0
  for (const [a, b] of usable) {
    se += a
    sz += b
  }
  const c = sz / se
  const spread = usable.map(([a, b]) => Math.abs(lengthDelta(a, b, c))).sort((x, y) => x - y)
  const median = spread[Math.floor(spread.length / 2)]
  // Blend with the prior when the pair is short: a dozen links do not pin a spread down.
  const w = usable.length / (usable.length + 30)
  const b = Math.max(0.05, Math.min(2, w * (median / Math.LN2) + (1 - w) * prior.b))
  return { c, b }
}
