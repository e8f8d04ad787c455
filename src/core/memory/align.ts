/**
 * Sentence alignment of an English document with its Chinese translation.
 *
 * Evidence, as costs (-log probabilities) of a bead (a group of 0–5 English and 0–5 Chinese sentences
 * linked together): the bead shape's prior, the Gale–Church length test with the pair's own length
 * ratio (align-length.ts), anchors that a translation carries over (align-anchors.ts), and, when both
 * documents are laid out in paragraphs, whether the bead's ends fall on paragraph ends on both sides.
 *
 * Search (align-lattice.ts): paragraphs first, when both sides have comparable paragraph structure,
 * which gives a corridor for the sentence search; then a global search over sentences inside it;
 * then again with the length model and shape priors re-learned from that first alignment. Each link's
 * confidence is its posterior probability among all alignments (forward–backward), lowered when the
 * two documents' lengths say they are not whole translations of each other; links below
 * `reviewBelow` are flagged for review.
 */
import { detectLanguage } from '../../shared/script'
import {
  AnchorIndex,
  type AnchorPair,
  type AnchorWeights,
  mergeAnchors,
  pairMatchers,
  type SentenceAnchors,
  sentenceAnchors
} from './align-anchors'
import {
  type BeadCost,
  type BeadShape,
  type Corridor,
  diagonalCorridor,
  type LatticeBead,
  pathCorridor,
  searchLattice,
  widen
} from './align-lattice'
import {
  fitLengthModel,
  LENGTH_SCALE,
  lengthCost,
  type LengthModel,
  PLAUSIBLE_RATIO,
  RATIO_SPREAD,
  sentenceLength,
  ZH_PER_EN_CHAR
} from './align-length'
import { lexicalScorer } from './align-lexicon'

export type { AnchorPair } from './align-anchors'
export { LENGTH_SCALE, sentenceLength, ZH_PER_EN_CHAR } from './align-length'

export interface AlignOptions {
  /** Known term pairs (from the term base): a link holding both sides is more likely. */
  anchors?: AnchorPair[]
  /**
   * Paragraph number of each sentence (non-decreasing), per side. Used when both sides have
   * comparable paragraph structure: links then rarely cross a paragraph end on one side only.
   */
  paragraphs?: { en: readonly number[]; zh: readonly number[] }
  /** Links less confident than this are flagged for review; default REVIEW_BELOW. */
  reviewBelow?: number
}

export interface AlignmentLink {
  /** Indexes of the English sentences in this link (0 to 5, consecutive). */
  en: number[]
  /** Indexes of the Chinese sentences in this link (0 to 5, consecutive). */
  zh: number[]
  /** 0..1: posterior probability of this link, lowered when the documents' lengths disagree. */
  confidence: number
}

export interface AlignmentResult {
  links: AlignmentLink[]
  /** 0..1 for the whole pair of documents: low when they do not look like translations of each other. */
  confidence: number
}

export interface ReviewedLink extends AlignmentLink {
  /** Confidence below the review threshold: a person should check this link. */
  review: boolean
}

export type AlignProblemCode = 'empty-side' | 'same-language' | 'swapped-languages' | 'length-mismatch'

export interface AlignProblem {
  code: AlignProblemCode
  /** English text for the CLI and logs; `code` and `params` let a UI say it in its own language. */
  message: string
  params?: Record<string, string | number>
}

export interface ParallelAlignment {
  links: ReviewedLink[]
  confidence: number
  /** The review threshold the links were flagged with. */
  reviewBelow: number
  /** What is wrong with the input, if anything (the links are then few, or all under review). */
  problems: AlignProblem[]
  /** What was learned from the pair. */
  model: { zhPerEnChar: number; lengthScale: number; paragraphs: boolean }
}

/**
 * Links below this confidence are flagged. Measured on seven government work reports (bench/memory/
 * align-eval.ts): see the README of src/core/memory for the share of wrong links on each side of it.
 */
export const REVIEW_BELOW = 0.6

/** Sentence bead shapes with prior probabilities before a pair teaches its own. */
const SENTENCE_SHAPES: (BeadShape & { prior: number })[] = [
  { de: 1, dz: 1, prior: 0.85 },
  { de: 1, dz: 0, prior: 0.01 },
  { de: 0, dz: 1, prior: 0.01 },
  { de: 2, dz: 1, prior: 0.04 },
  { de: 1, dz: 2, prior: 0.04 },
  { de: 2, dz: 2, prior: 0.005 },
  { de: 3, dz: 1, prior: 0.008 },
  { de: 1, dz: 3, prior: 0.008 },
  { de: 4, dz: 1, prior: 0.0015 },
  { de: 1, dz: 4, prior: 0.0015 },
  { de: 5, dz: 1, prior: 0.0005 },
  { de: 1, dz: 5, prior: 0.0005 }
]

const PARAGRAPH_SHAPES: (BeadShape & { prior: number })[] = [
  { de: 1, dz: 1, prior: 0.9 },
  { de: 1, dz: 0, prior: 0.01 },
  { de: 0, dz: 1, prior: 0.01 },
  { de: 2, dz: 1, prior: 0.02 },
  { de: 1, dz: 2, prior: 0.02 },
  { de: 2, dz: 2, prior: 0.005 },
  { de: 3, dz: 1, prior: 0.005 },
  { de: 1, dz: 3, prior: 0.005 }
]

/**
 * Link confidence is the link's posterior probability with the evidence weighed at this temperature,
 * except anchors. Length, lexical and paragraph costs add up observations that are not independent
 * (the characters of one word, the sentences of one paragraph): at full strength nearly every link
 * came out at 1.00, wrong ones included. Anchors are few and each is evidence of its own, so a link
 * that drops a figure stays doubted. On seven reports (bench/memory/align-eval.ts), links below 0.6
 * were wrong about 30 times as often as links above it.
 */
const CONFIDENCE_TEMPERATURE = 0.3

/** Weight of the default priors against the shapes counted in a first alignment (pseudo-counts). */
const PRIOR_WEIGHT = 40

/** Anchor costs: per matched anchor (a bonus, each side counted), per anchor left without partner. */
const ANCHOR_WEIGHTS: AnchorWeights = { hardBonus: 1.2, hardPenalty: 2.5, softBonus: 0.4, softPenalty: 0.4 }
/** Cost per (Chinese-equivalent) character of a sentence left unlinked. */
const NULL_COST_PER_CHAR = 0.03
/** Cost of a link end on a paragraph end on one side only, and of a paragraph end inside a link. */
const PARAGRAPH_COST = 5

interface Side {
  /** Prefix sums of the sentence lengths. */
  prefix: Float64Array
  anchors: SentenceAnchors[]
}

function side(texts: readonly string[], lang: 'en' | 'zh', pairs: ReturnType<typeof pairMatchers>): Side {
  const prefix = new Float64Array(texts.length + 1)
  texts.forEach((t, k) => (prefix[k + 1] = prefix[k] + sentenceLength(t, lang)))
  return { prefix, anchors: texts.map((t) => sentenceAnchors(t, lang, pairs)) }
}

/** Does the range [a, b) of units hold an anchor? */
function anyAnchored(flags: Uint8Array, a: number, b: number): boolean {
  for (let x = a; x < b; x++) if (flags[x]) return true
  return false
}

/** Sentence-start flags: `starts[i]` is true when sentence i opens a paragraph (and at both ends). */
function paragraphStarts(paragraphs: readonly number[]): boolean[] {
  const n = paragraphs.length
  return Array.from({ length: n + 1 }, (_, i) => i === 0 || i === n || paragraphs[i] !== paragraphs[i - 1])
}

/**
 * Paragraph structure worth following: both sides group their sentences into paragraphs (a layout of
 * one sentence a line says nothing about links), in similar numbers.
 */
function comparableParagraphs(p: AlignOptions['paragraphs'], n: number, m: number): boolean {
  if (!p || p.en.length !== n || p.zh.length !== m || n === 0 || m === 0) return false
  const count = (xs: readonly number[]): number => new Set(xs).size
  const a = count(p.en)
  const b = count(p.zh)
  return a >= 2 && b >= 2 && n >= 1.5 * a && m >= 1.5 * b && Math.max(a, b) <= 1.5 * Math.min(a, b)
}

/** Paragraph ranges: first sentence of each paragraph, plus the end. */
function paragraphBounds(starts: boolean[]): number[] {
  const out: number[] = []
  starts.forEach((s, i) => s && out.push(i))
  return out
}

interface SearchSetup {
  en: Side
  zh: Side
  anchors: AnchorIndex
  model: LengthModel
  shapes: BeadShape[]
  priorCost: number[]
  enStarts: boolean[] | null
  zhStarts: boolean[] | null
  /** Lexical evidence, once a first alignment has taught it. */
  lexical: ((e0: number, e1: number, z0: number, z1: number) => number) | null
  /** The last bead costed: its cost without anchors and lexicon, and those two (for its confidence). */
  lastBase: number
  lastAnchors: number
  lastLexical: number
}

/** Cost of the sentence bead of shape k ending at (i, j). */
function sentenceCost(s: SearchSetup, i: number, j: number, k: number): number {
  const { de, dz } = s.shapes[k]
  const l1 = s.en.prefix[i] - s.en.prefix[i - de]
  const l2 = s.zh.prefix[j] - s.zh.prefix[j - dz]
  let cost = s.priorCost[k]
  s.lastLexical = 0
  s.lastAnchors = 0
  if (de === 0 || dz === 0) cost += NULL_COST_PER_CHAR * (l2 + s.model.c * l1)
  else {
    cost += lengthCost(l1, l2, s.model)
    if (anyAnchored(s.anchors.enAnchored, i - de, i) || anyAnchored(s.anchors.zhAnchored, j - dz, j)) {
      s.lastAnchors = s.anchors.cost(i - de, i, j - dz, j, ANCHOR_WEIGHTS)
    }
    if (s.lexical) s.lastLexical = s.lexical(i - de, i, j - dz, j)
  }
  if (s.enStarts && s.zhStarts) {
    if (s.enStarts[i] !== s.zhStarts[j]) cost += PARAGRAPH_COST
    for (let x = i - de + 1; x < i; x++) if (s.enStarts[x]) cost += PARAGRAPH_COST
    for (let y = j - dz + 1; y < j; y++) if (s.zhStarts[y]) cost += PARAGRAPH_COST
  }
  s.lastBase = cost
  return cost + s.lastAnchors - s.lastLexical
}

/** Search inside the corridor, widening it while the best path leans on one of its edges. */
function searchWidening(
  n: number,
  m: number,
  shapes: BeadShape[],
  corridor: Corridor,
  cost: BeadCost,
  confidenceCost: BeadCost | null
): LatticeBead[] {
  let c = corridor
  let extra = 8
  for (let round = 0; ; round++) {
    const r = searchLattice(n, m, shapes, c, cost, confidenceCost)
    if ((!r.touchesEdge && r.beads.length > 0) || round >= 4) return r.beads
    c = widen(c, m, extra)
    extra *= 2
  }
}

/** Corridor for the sentence search from a paragraph alignment. */
function paragraphCorridor(setup: SearchSetup, n: number, m: number): Corridor {
  const enBounds = paragraphBounds(setup.enStarts!)
  const zhBounds = paragraphBounds(setup.zhStarts!)
  const pn = enBounds.length - 1
  const pm = zhBounds.length - 1
  const shapes = PARAGRAPH_SHAPES
  const priorCost = shapes.map((s) => -Math.log(s.prior))
  const paragraphs = (s: Side, bounds: number[]): SentenceAnchors[] =>
    bounds.slice(1).map((end, p) => mergeAnchors(s.anchors.slice(bounds[p], end)))
  const anchors = new AnchorIndex(paragraphs(setup.en, enBounds), paragraphs(setup.zh, zhBounds))
  const cost = (i: number, j: number, k: number): number => {
    const { de, dz } = shapes[k]
    const l1 = setup.en.prefix[enBounds[i]] - setup.en.prefix[enBounds[i - de]]
    const l2 = setup.zh.prefix[zhBounds[j]] - setup.zh.prefix[zhBounds[j - dz]]
    if (de === 0 || dz === 0) return priorCost[k] + NULL_COST_PER_CHAR * (l2 + setup.model.c * l1)
    return priorCost[k] + lengthCost(l1, l2, setup.model) + anchors.cost(i - de, i, j - dz, j, ANCHOR_WEIGHTS)
  }
  const width = Math.min(200, Math.max(10, Math.ceil(0.05 * Math.max(pn, pm))))
  const beads = searchWidening(pn, pm, shapes, diagonalCorridor(pn, pm, width), cost, null)
  const cuts = beads.map((b) => [enBounds[b.i], zhBounds[b.j]] as [number, number])
  return pathCorridor(n, m, cuts, 3)
}

/**
 * Weight of the lexical log-likelihood ratio: the characters of one Chinese word are not independent
 * evidence, and a table learned from a short pair has seen too little to be trusted fully.
 */
const LEXICAL_WEIGHT = 0.25
/** Links a first alignment must have before the pair's own lexicon is worth learning. */
const LEXICAL_MIN_LINKS = 30
const LEXICAL_FULL_LINKS = 200

function lexicalEvidence(
  en: readonly string[],
  zh: readonly string[],
  first: LatticeBead[],
  shapes: BeadShape[]
): SearchSetup['lexical'] {
  const links = first
    .filter((b) => shapes[b.shape].de > 0 && shapes[b.shape].dz > 0)
    .map((b) => ({
      en: Array.from({ length: shapes[b.shape].de }, (_, x) => b.i + x),
      zh: Array.from({ length: shapes[b.shape].dz }, (_, y) => b.j + y),
      weight: b.posterior
    }))
  if (links.length < LEXICAL_MIN_LINKS) return null
  const weight = LEXICAL_WEIGHT * Math.min(1, links.length / LEXICAL_FULL_LINKS)
  const score = lexicalScorer(en, zh, links)
  return (e0, e1, z0, z1) => weight * score(e0, e1, z0, z1)
}

function diagonalWidth(n: number, m: number): number {
  return Math.min(300, Math.max(40, Math.ceil(0.1 * Math.max(n, m))))
}

function emptyModel(paragraphs: boolean): ParallelAlignment['model'] {
  return { zhPerEnChar: ZH_PER_EN_CHAR, lengthScale: LENGTH_SCALE, paragraphs }
}

/** Which language a side is written in, judged on its text as a whole. */
function sideLanguage(texts: readonly string[]): 'en' | 'zh' {
  return detectLanguage(texts.join('\n'))
}

export function alignParallel(
  en: readonly string[],
  zh: readonly string[],
  options: AlignOptions = {}
): ParallelAlignment {
  const reviewBelow = options.reviewBelow ?? REVIEW_BELOW
  const n = en.length
  const m = zh.length
  const problems: AlignProblem[] = []
  if (n === 0 || m === 0) {
    const message =
      n === 0 && m === 0
        ? 'Both documents are empty: nothing to align'
        : `The ${n === 0 ? 'English' : 'Chinese'} document is empty: nothing to align with`
    return {
      links: [
        ...en.map((_, i) => ({ en: [i], zh: [], confidence: 0, review: true })),
        ...zh.map((_, j) => ({ en: [], zh: [j], confidence: 0, review: true }))
      ],
      confidence: 0,
      reviewBelow,
      problems: [
        { code: 'empty-side', message, params: { side: n === 0 && m === 0 ? 'both' : n === 0 ? 'en' : 'zh' } }
      ],
      model: emptyModel(false)
    }
  }
  const langEn = sideLanguage(en)
  const langZh = sideLanguage(zh)
  if (langEn === langZh) {
    const name = langEn === 'en' ? 'English' : 'Chinese'
    return {
      links: [],
      confidence: 0,
      reviewBelow,
      problems: [
        {
          code: 'same-language',
          message: `Both documents are in ${name}: alignment needs an English document and its Chinese translation`,
          params: { lang: langEn }
        }
      ],
      model: emptyModel(false)
    }
  }
  if (langEn === 'zh') {
    // Given the wrong way round: align them the right way and give the indexes back as passed.
    const swapped = alignParallel(zh, en, {
      ...options,
      anchors: options.anchors,
      paragraphs: options.paragraphs && { en: options.paragraphs.zh, zh: options.paragraphs.en }
    })
    return {
      ...swapped,
      links: swapped.links.map((l) => ({ ...l, en: l.zh, zh: l.en })),
      problems: [
        {
          code: 'swapped-languages',
          message: 'The English document is in Chinese and the Chinese one in English: aligned them the other way round'
        },
        ...swapped.problems
      ]
    }
  }

  const pairs = pairMatchers(options.anchors ?? [])
  const enSide = side(en, 'en', pairs)
  const zhSide = side(zh, 'zh', pairs)
  const sumEn = enSide.prefix[n]
  const sumZh = zhSide.prefix[m]
  const ratio = sumEn > 0 && sumZh > 0 ? sumZh / (ZH_PER_EN_CHAR * sumEn) : 0
  const plausible = ratio > 0 && Math.abs(Math.log(ratio)) <= Math.log(PLAUSIBLE_RATIO)
  if (!plausible) {
    const times = ratio > 1 ? ratio : 1 / Math.max(ratio, 1e-9)
    const longer = ratio > 1 ? 'Chinese' : 'English'
    problems.push({
      code: 'length-mismatch',
      message:
        `The ${longer} document is ${times.toFixed(1)} times as long as a translation of the other would be: ` +
        'one of them may be incomplete, or they are not translations of each other. Unmatched sentences are left unlinked.',
      params: { longer: ratio > 1 ? 'zh' : 'en', times: Number(times.toFixed(1)) }
    })
  }
  // Whole-document length agreement: beyond a quarter off, confidence falls with the distance.
  const off = Math.max(0, Math.abs(Math.log(ratio || 1e-9)) - Math.log(1.25))
  const spread2 = RATIO_SPREAD ** 2 + (2 * LENGTH_SCALE ** 2) / (ZH_PER_EN_CHAR ** 2 * Math.max(1, sumEn))
  const docFit = ratio > 0 ? Math.exp(-(off * off) / (2 * spread2)) : 0

  const useParagraphs = comparableParagraphs(options.paragraphs, n, m)
  const setup: SearchSetup = {
    en: enSide,
    zh: zhSide,
    anchors: new AnchorIndex(enSide.anchors, zhSide.anchors),
    // A document pair of plausible lengths teaches its own ratio; an implausible one keeps the usual
    // ratio, so the surplus is left unlinked instead of stretched over every link.
    model: { c: plausible ? ZH_PER_EN_CHAR * ratio : ZH_PER_EN_CHAR, b: LENGTH_SCALE },
    shapes: SENTENCE_SHAPES,
    priorCost: SENTENCE_SHAPES.map((s) => -Math.log(s.prior)),
    enStarts: useParagraphs ? paragraphStarts(options.paragraphs!.en) : null,
    zhStarts: useParagraphs ? paragraphStarts(options.paragraphs!.zh) : null,
    lexical: null,
    lastBase: 0,
    lastAnchors: 0,
    lastLexical: 0
  }
  const cost = (i: number, j: number, k: number): number => sentenceCost(setup, i, j, k)
  const corridor = useParagraphs ? paragraphCorridor(setup, n, m) : diagonalCorridor(n, m, diagonalWidth(n, m))
  const first = searchWidening(n, m, setup.shapes, corridor, cost, cost)

  // Learn the pair: length ratio and variance from the first links, shape priors from their shapes.
  if (plausible) {
    setup.model = fitLengthModel(
      first
        .filter((b) => setup.shapes[b.shape].de > 0 && setup.shapes[b.shape].dz > 0)
        .map((b) => {
          const { de, dz } = setup.shapes[b.shape]
          return [enSide.prefix[b.i + de] - enSide.prefix[b.i], zhSide.prefix[b.j + dz] - zhSide.prefix[b.j]]
        }),
      setup.model
    )
  }
  const counts = SENTENCE_SHAPES.map(() => 0)
  for (const b of first) counts[b.shape]++
  // Only the common shapes learn from the first alignment: it over-uses the rare ones (a 3:2 merge is
  // what a length-only search makes of two neighbouring 2:1 and 1:1 links it cannot tell apart).
  const learned = (s: BeadShape): boolean => s.de + s.dz <= 3
  const seen = first.filter((b) => learned(SENTENCE_SHAPES[b.shape])).length
  const mass = SENTENCE_SHAPES.reduce((a, s) => a + (learned(s) ? s.prior : 0), 0)
  setup.priorCost = SENTENCE_SHAPES.map((s, k) =>
    learned(s)
      ? -Math.log((mass * (counts[k] + PRIOR_WEIGHT * s.prior)) / (seen + PRIOR_WEIGHT * mass))
      : -Math.log(s.prior)
  )
  setup.lexical = lexicalEvidence(en, zh, first, setup.shapes)
  const cuts = first.map((b) => [b.i, b.j] as [number, number])
  // Called right after cost() for the same bead (see CONFIDENCE_TEMPERATURE).
  const confidenceCost = (): number => CONFIDENCE_TEMPERATURE * (setup.lastBase - setup.lastLexical) + setup.lastAnchors
  const beads = searchWidening(n, m, setup.shapes, pathCorridor(n, m, cuts, 2), cost, confidenceCost)

  const links: ReviewedLink[] = beads.map((b) => {
    const { de, dz } = setup.shapes[b.shape]
    const confidence = Math.min(1, Math.max(0, b.posterior * docFit))
    return {
      en: Array.from({ length: de }, (_, x) => b.i + x),
      zh: Array.from({ length: dz }, (_, y) => b.j + y),
      confidence,
      review: confidence < reviewBelow
    }
  })
  // Document confidence: do these look like translations of each other? Their lengths agree (docFit),
  // most sentences found a partner, and the numbers, names and term pairs of linked sentences found
  // theirs (counted with one agreeing and one disagreeing anchor as a prior, for documents without).
  let linked = 0
  let matched = 1
  let unmatched = 1
  for (const l of links) {
    if (l.en.length === 0 || l.zh.length === 0) continue
    linked += l.en.length + l.zh.length
    const t = setup.anchors.tally(l.en[0], l.en[0] + l.en.length, l.zh[0], l.zh[0] + l.zh.length)
    matched += t.matched
    unmatched += t.unmatched
  }
  return {
    links,
    confidence: docFit * (linked / (n + m)) * (matched / (matched + unmatched)),
    reviewBelow,
    problems,
    model: { zhPerEnChar: setup.model.c, lengthScale: setup.model.b, paragraphs: useParagraphs }
  }
}

/** The alignment links and document confidence alone (see alignParallel for flags and problems). */
export function alignSentences(en: string[], zh: string[], options: AlignOptions = {}): AlignmentResult {
  const r = alignParallel(en, zh, options)
  return {
    links: r.links.map(({ en: e, zh: z, confidence }) => ({ en: e, zh: z, confidence })),
    confidence: r.confidence
  }
}
