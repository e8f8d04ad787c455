import { describe, expect, it } from 'vitest'

import { suggestEnglishEquivalents } from '../../../src/core/memory/suggest-english'
import { suggestEquivalents, type SuggestUnit } from '../../../src/core/memory/suggest-equivalents'
import { type Evidence, evidenceScore, rankProposals } from '../../../src/core/memory/suggest-ranking'
import { jiebaSegmenter } from '../../helpers/jieba-segmenter'

const segmenter = jiebaSegmenter()

// A small memory of our own: four units render "harbour dredging" as 港口疏浚, one says 航道清淤
// instead, and a few units without the term give the background.
const agreeing: SuggestUnit[] = [
  { id: 1, en: 'Harbour dredging will be finished this year.', zh: '今年完成港口疏浚。' },
  { id: 2, en: 'We will fund harbour dredging in the north.', zh: '我们将为北方的港口疏浚提供资金。' },
  { id: 3, en: 'Harbour dredging costs fell sharply.', zh: '港口疏浚成本大幅下降。' },
  { id: 4, en: 'Local governments manage harbour dredging.', zh: '地方政府管理港口疏浚。' }
]
const odd: SuggestUnit = {
  id: 5,
  en: 'Harbour dredging keeps trade alive.',
  zh: '航道清淤让贸易充满活力。'
}
const background: SuggestUnit[] = [
  { id: 6, en: 'We will finish the new railway this year.', zh: '今年完成新铁路。' },
  { id: 7, en: 'Costs fell sharply in the north.', zh: '北方成本大幅下降。' },
  { id: 8, en: 'Local governments manage the funds.', zh: '地方政府管理资金。' },
  { id: 9, en: 'Trade grew this year.', zh: '今年贸易增长。' }
]
const memory = [...agreeing, odd, ...background]
const holding = (units: SuggestUnit[]): SuggestUnit[] => units.filter((u) => /harbour dredging/i.test(u.en))
// Counts over the whole memory, as the main side gives them.
const over = (units: SuggestUnit[]) => ({
  totalUnits: units.length,
  sample: units,
  countUnits: (grams: string[]) => grams.map((g) => units.filter((u) => u.zh.includes(g)).length)
})
const options = (units: SuggestUnit[]) => ({ background: over(units), segmenter })

describe('evidence in equivalent scores', () => {
  it('ranks the rendering four units agree on above the one a single unit offers', () => {
    const r = suggestEquivalents('harbour dredging', holding(memory), options(memory))
    expect(r[0]).toMatchObject({ zh: '港口疏浚', freq: 4 })
    // Above anything one unit can reach (0.5), and the lone 航道清淤, if listed at all, below it.
    expect(r[0].score).toBeGreaterThan(0.5)
    for (const s of r.slice(1)) {
      expect(s.score).toBeLessThan(r[0].score)
      expect(s.score).toBeLessThan(1)
    }
  })

  it('never scores 1.00 on a single unit, in either direction', () => {
    const only = [odd, ...background]
    const zh = suggestEquivalents('harbour dredging', [odd], options(only))
    expect(zh.length).toBeGreaterThan(0)
    for (const s of zh) expect(s.score).toBeLessThanOrEqual(0.5)
    const one = [agreeing[0], ...background]
    const en = suggestEnglishEquivalents('港口疏浚', [agreeing[0]], options(one))
    expect(en.length).toBeGreaterThan(0)
    for (const s of en) expect(s.score).toBeLessThanOrEqual(0.5)
  })

  it('scores the same agreement higher on four units than on one, and a lone unit below several', () => {
    const rank = (termUnits: number, evidence: [string, number, number, number][]) =>
      rankProposals({
        evidence: new Map(
          evidence.map(([t, aligned, units]): [string, Evidence] => [t, { aligned, units, unitIds: [] }])
        ),
        termUnits,
        scale: 1,
        otherUnits: 100,
        holding: new Map(evidence.map(([t, , , held]) => [t, held])),
        known: [],
        limit: 3,
        contains: () => false,
        size: (t) => t.length
      })
    // Every unit holding the term renders it the same way: 1.00 under plain Dice, whatever the count.
    const one = rank(1, [['X', 1, 1, 1]])
    const four = rank(4, [['X', 4, 4, 4]])
    expect(one[0].score).toBeCloseTo(0.5)
    expect(four[0].score).toBeCloseTo(0.8)
    // Four units of fair fit (0.5 each) against one of perfect fit, among five: the four first.
    const mixed = rank(5, [
      ['Y', 1, 1, 1],
      ['X', 2, 4, 4]
    ])
    expect(mixed.map((r) => r.text)).toEqual(['X', 'Y'])
    expect(mixed[1].score).toBeLessThan(0.5)
    expect(evidenceScore(1, 40)).toBeGreaterThan(0.95)
  })
})
