import { describe, expect, it } from 'vitest'

import { hangsOnFunctionWord } from '../../../src/core/memory/chinese-edges'
import { logLikelihoodRatio, suggestEquivalents, type SuggestUnit } from '../../../src/core/memory/suggest-equivalents'
import { POLICY_BEADS } from '../../fixtures/memory/policy-parallel'

// Each bead of the parallel fixture as one translation unit (the bilingual pairs of a memory).
const units: SuggestUnit[] = POLICY_BEADS.filter((b) => b.en.length > 0 && b.zh.length > 0).map((b, i) => ({
  id: i + 1,
  en: b.en.join(' '),
  zh: b.zh.join('')
}))

describe('suggestEquivalents', () => {
  const expected: [string, string][] = [
    ['new quality productive forces', '新质生产力'],
    ['high-quality development', '高质量发展'],
    ['domestic demand', '内需'],
    ['rural revitalization', '乡村振兴'],
    ['real economy', '实体经济'],
    ['green and low-carbon transition', '绿色低碳转型']
  ]
  for (const [term, zh] of expected) {
    it(`proposes ${zh} first for "${term}"`, () => {
      const r = suggestEquivalents(term, units)
      expect(r[0].zh).toBe(zh)
      // Not one of its fragments or of the longer strings around it right behind.
      for (const s of r.slice(1)) expect(zh.includes(s.zh) || s.zh.includes(zh)).toBe(false)
    })
  }

  it('returns frequency and the evidence units', () => {
    const [top] = suggestEquivalents('new quality productive forces', units)
    const holding = units.filter((u) => /new quality productive forces/i.test(u.en)).map((u) => u.id)
    expect(holding.length).toBeGreaterThanOrEqual(6)
    expect(top.freq).toBe(holding.length)
    expect(top.unitIds).toEqual(holding)
    // Weighed by how well the term's words account for it in each unit, and discounted for the few
    // units there are: near its bound n/(n+1), not a flat 1.00.
    const bound = holding.length / (holding.length + 1)
    expect(top.score).toBeGreaterThan(0.85 * bound)
    expect(top.score).toBeLessThanOrEqual(bound)
  })

  it('finds the term in inflected and hyphen-variant forms', () => {
    const r = suggestEquivalents('high quality developments', units)
    expect(r[0]).toMatchObject({ zh: '高质量发展', freq: 7 })
  })

  it('adds what the term base already knows, with its own evidence', () => {
    const r = suggestEquivalents('new quality productive forces', units, {
      known: ['新质生产力', '先进生产力'],
      limit: 2
    })
    expect(r[0]).toMatchObject({ zh: '新质生产力', known: true })
    const extra = r.find((s) => s.zh === '先进生产力')
    expect(extra).toMatchObject({ known: true, freq: 1 })
    expect(r.filter((s) => !s.known).length).toBeLessThanOrEqual(2)
  })

  // With a background the rest of each sentence is learned from the memory's sample rather than the
  // units passed, so scores may differ a little; the proposals and their evidence may not.
  it('gives the same proposals from global counts when only the term units are passed', () => {
    const positives = units.filter((u) => /real economy/i.test(u.en))
    const countUnits = (grams: string[]): number[] => grams.map((g) => units.filter((u) => u.zh.includes(g)).length)
    const local = suggestEquivalents('real economy', units)
    const global = suggestEquivalents('real economy', positives, {
      background: { totalUnits: units.length, countUnits }
    })
    expect(global.map((s) => s.zh)).toEqual(local.map((s) => s.zh))
    expect(global[0].zh).toBe('实体经济')
    expect(Math.abs(global[0].freq - local[0].freq)).toBeLessThanOrEqual(1)
  })

  it('never gives one pair several proposals scored 1.00', () => {
    const one: SuggestUnit[] = [
      { id: 1, en: 'We will expand domestic demand this year.', zh: '今年我们要扩大内需。' },
      { id: 2, en: 'Exports grew steadily.', zh: '出口稳步增长。' },
      { id: 3, en: 'Prices stayed stable this year.', zh: '今年物价保持稳定。' }
    ]
    const r = suggestEquivalents('domestic demand', one)
    expect(r.length).toBeGreaterThan(0)
    expect(r.filter((s) => s.score >= 0.999).length).toBeLessThanOrEqual(1)
    for (const s of r) expect(s.freq).toBe(1)
  })

  it("in a tiny memory, proposes only what recurs in the term's units, not one sentence's wording", () => {
    const units: SuggestUnit[] = [
      { id: 1, en: 'We will develop new quality productive forces.', zh: '我们将发展新质生产力。' },
      { id: 2, en: 'New quality productive forces drive growth.', zh: '新质生产力推动增长。' }
    ]
    expect(suggestEquivalents('new quality productive forces', units).map((s) => s.zh)).toEqual(['新质生产力'])
  })

  it('proposes nothing for a term the memory does not hold', () => {
    expect(suggestEquivalents('quantum computing', units)).toEqual([])
  })
})

describe('logLikelihoodRatio', () => {
  it('is zero for independence and grows with association', () => {
    expect(logLikelihoodRatio(10, 10, 10, 10)).toBeCloseTo(0, 9)
    expect(logLikelihoodRatio(10, 0, 0, 10)).toBeGreaterThan(logLikelihoodRatio(8, 2, 2, 8))
    expect(logLikelihoodRatio(10, 0, 0, 10)).toBeCloseTo(40 * Math.log(2), 6)
  })
})

describe('hangsOnFunctionWord', () => {
  it('rejects a span starting or ending with a one-character function word, not a word holding one', () => {
    const text = '发展新质生产力的目的和意义'
    // Words: 发展|新质|生产力|的|目的|和|意义
    const cuts = [0, 2, 4, 7, 8, 10, 11, 13]
    const edges = { sure: new Uint8Array(text.length + 1), splittable: new Uint8Array(text.length + 1) }
    for (const c of cuts) edges.sure[c] = 1
    expect(hangsOnFunctionWord(text, edges, 2, 8)).toBe(true) // 新质生产力的
    expect(hangsOnFunctionWord(text, edges, 2, 7)).toBe(false) // 新质生产力
    expect(hangsOnFunctionWord(text, edges, 8, 10)).toBe(false) // 目的: 的 inside a word
    expect(hangsOnFunctionWord(text, edges, 10, 13)).toBe(true) // 和意义
  })
})

describe('suggestEquivalents in a new memory', () => {
  it('proposes the rendering of three pairs even when a title holds it without the term', () => {
    const units: SuggestUnit[] = [
      { id: 1, en: 'Productive forces report', zh: '新质生产力报告' },
      { id: 2, en: 'China will foster new quality productive forces.', zh: '中国将培育新质生产力。' },
      {
        id: 3,
        en: 'Local governments should adapt new quality productive forces.',
        zh: '地方政府应当发展新质生产力。'
      },
      { id: 4, en: 'Innovation is the core of new quality productive forces.', zh: '创新是新质生产力的核心。' },
      { id: 5, en: 'The economy grew steadily last year.', zh: '去年经济稳步增长。' }
    ]
    const [top] = suggestEquivalents('new quality productive forces', units)
    expect(top).toMatchObject({ zh: '新质生产力', freq: 3 })
  })
})
