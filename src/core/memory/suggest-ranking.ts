/**
 * What both directions of equivalent suggestion share: the association statistics and the final
 * ranking of proposals.
 *
 * A proposal's evidence is the number of term units in which it is what the term's words align to
 * (its "aligned units", a), against N term units and the memory's units holding the proposal at all.
 * Score: Dice over aligned units, 2a / (N + units holding the proposal), so a phrase that is also
 * everywhere else (安排资金) or that the term's words only partly account for (企业退休人员基本养老金
 * for "basic pension") scores low; Dunning's log-likelihood ratio of the same table breaks ties and
 * drops proposals no likelier with the term than without it.
 *
 * Dice is a ratio, so one unit can make it 1.00: a metaphor's 浇灌 aligned to "real economy" in the
 * only unit holding the term scored as high as a rendering seen in forty. So the score is Dice shrunk
 * toward 0 by the evidence the term has, N / (N + PRIOR_UNITS) for N term units (scaled to the
 * memory). A proposal on n units has Dice ≤ 2n / (N + n), so its score is at most n / (n + 1) for any
 * N: one unit 0.50, four 0.80, forty 0.98. Within a term the factor is common, so the order stays
 * Dice's, which already puts several units of fair association above a lone one whenever N > 1.
 * (Tried and dropped: a factor on each proposal's own support, n / (n + 1), puts 绿色 on three units
 * above 绿色低碳转型 on two of three in our fixture; an additive prior on Dice's denominator put 1–2 of
 * 161 official renderings out of first place on single government work reports. This one changes no
 * ranking.)
 */

/** Units of evidence the prior is worth: a term seen in one unit scores at most 1 / (1 + PRIOR_UNITS). */
export const PRIOR_UNITS = 1

/** Dice shrunk by the term's evidence: `termUnits` units holding the term (scaled to the memory). */
export function evidenceScore(dice: number, termUnits: number): number {
  return termUnits > 0 ? (Math.min(1, dice) * termUnits) / (termUnits + PRIOR_UNITS) : 0
}

function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0
}

/** Dunning's G² for the 2×2 table [[k11, k12], [k21, k22]]. */
export function logLikelihoodRatio(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22
  const rows = xlogx(k11 + k12) + xlogx(k21 + k22)
  const cols = xlogx(k11 + k21) + xlogx(k12 + k22)
  const cells = xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22)
  return Math.max(0, 2 * (cells - rows - cols + xlogx(n)))
}

/** An even sample of at most `max` items, in order. */
export function evenSample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items
  const step = items.length / max
  return Array.from({ length: max }, (_, k) => items[Math.floor(k * step)])
}

export interface Evidence {
  /**
   * Term units (examined) in which the proposal is aligned to the term, each weighed by how well it
   * fits there (0..1): what the score counts.
   */
  aligned: number
  /** Term units (examined) in which it is aligned at all: the evidence count shown. */
  units: number
  /** Some of those units' ids. */
  unitIds: number[]
}

export interface RankedProposal {
  text: string
  /** Dice over aligned units shrunk by the term's evidence (evidenceScore), 0..1; n units give ≤ n/(n+1). */
  score: number
  /** Term units (examined) supporting it: the evidence count. */
  freq: number
  unitIds: number[]
  llr: number
  known?: boolean
}

export interface RankInput {
  /** Proposals and their evidence. */
  evidence: Map<string, Evidence>
  /** Term units examined, and the factor scaling them up to all term units of the memory. */
  termUnits: number
  scale: number
  /** Units in the memory without the term. */
  otherUnits: number
  /** For each proposal, the units of the whole memory holding it (with or without the term). */
  holding: Map<string, number>
  known: readonly string[]
  limit: number
  /** Does proposal a contain proposal b (so at most one of them is kept)? */
  contains(a: string, b: string): boolean
  /** Length of a proposal, for ordering equals (longer first). */
  size(text: string): number
}

/** Scores, sorts and prunes proposals: of a proposal and the ones inside or around it, the best. */
export function rankProposals(input: RankInput): RankedProposal[] {
  const { termUnits, scale, otherUnits, known } = input
  const nt = termUnits * scale
  const scored: RankedProposal[] = []
  for (const [text, ev] of input.evidence) {
    const a = ev.aligned * scale
    // Units holding the proposal but not aligned to the term: elsewhere in the memory, or in term
    // units where the term's words account for other characters.
    const b = Math.max(0, (input.holding.get(text) ?? 0) - a)
    const dice = nt + a + b > 0 ? (2 * a) / (nt + a + b) : 0
    const llr = logLikelihoodRatio(a, Math.max(0, nt - a), b, Math.max(0, otherUnits - b))
    // Likelier with the term than without it: the share of term units holding it (on word edges)
    // against the share of the other units holding it at all.
    const inTerm = ev.units * scale
    const outside = Math.max(0, (input.holding.get(text) ?? 0) - inTerm)
    const positive = otherUnits === 0 || inTerm / Math.max(1, nt) > outside / otherUnits
    const isKnown = known.includes(text)
    if (!positive && !isKnown) continue
    scored.push({
      text,
      score: evidenceScore(dice, nt),
      freq: ev.units,
      unitIds: ev.unitIds,
      llr,
      ...(isKnown ? { known: true } : {})
    })
  }
  scored.sort(
    (x, y) =>
      y.score - x.score || y.llr - x.llr || input.size(y.text) - input.size(x.text) || (x.text < y.text ? -1 : 1)
  )
  const kept: RankedProposal[] = []
  for (const s of scored) {
    if (kept.length >= input.limit) break
    if (kept.some((k) => input.contains(k.text, s.text) || input.contains(s.text, k.text))) continue
    kept.push(s)
  }
  for (const s of scored) if (s.known && !kept.includes(s)) kept.push(s)
  return kept
}
