import { describe, expect, it } from 'vitest'

import { type AlignmentLink, alignSentences } from '../../../src/core/memory/align'
import { chineseNumbers, chineseNumeralValue, englishNumbers } from '../../../src/core/memory/align-anchors'
import { flattenBeads, POLICY_BEADS } from '../../fixtures/memory/policy-parallel'

const key = (l: { en: number[]; zh: number[] }): string => `${l.en.join(',')}|${l.zh.join(',')}`

function accuracy(
  links: AlignmentLink[],
  gold: { en: number[]; zh: number[] }[]
): { recall: number; precision: number } {
  const g = new Set(gold.map(key))
  const correct = links.filter((l) => g.has(key(l))).length
  return { recall: correct / gold.length, precision: correct / links.length }
}

describe('anchors', () => {
  it('reconciles English and Chinese number scales', () => {
    expect(englishNumbers('More than 12.5 million jobs; 134 trillion yuan; the 15th plan')).toEqual([
      ['12.5', '12500000'],
      ['134', '134000000000000'],
      ['15']
    ])
    expect(chineseNumbers('新增就业1250万人，超过134万亿元，增长5%')).toEqual([
      ['1250', '12500000'],
      ['134', '134000000000000'],
      ['5']
    ])
    expect(chineseNumbers('13.3亿人')[0]).toContain(englishNumbers('1.33 billion people')[0][1])
  })
  it('reads Chinese numerals but not the 一 of ordinary words', () => {
    expect(chineseNumeralValue('二〇二五')).toBe(2025)
    expect(chineseNumeralValue('十五')).toBe(15)
    expect(chineseNumeralValue('三百二十')).toBe(320)
    expect(chineseNumbers('共建一带一路，三农工作')).toEqual([])
    expect(chineseNumbers('二〇二五年')).toEqual([['2025']])
    expect(chineseNumbers('“十五五”规划')).toEqual([['15']])
  })
})

describe('alignSentences', () => {
  const { en, zh, gold } = flattenBeads(POLICY_BEADS)

  it('has a fixture of the promised size, with splits and omissions', () => {
    expect(en.length).toBeGreaterThanOrEqual(60)
    const shapes = new Set(gold.map((g) => `${g.en.length}:${g.zh.length}`))
    for (const s of ['1:1', '1:2', '2:1', '1:0', '0:1']) expect(shapes).toContain(s)
  })

  it('gets at least 95% of the gold links on clean parallel text', () => {
    const r = alignSentences(en, zh)
    const { recall, precision } = accuracy(r.links, gold)
    expect(recall).toBeGreaterThanOrEqual(0.95)
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(r.confidence).toBeGreaterThan(0.8)
    // Links cover every sentence once, in order.
    expect(r.links.flatMap((l) => l.en)).toEqual(en.map((_, i) => i))
    expect(r.links.flatMap((l) => l.zh)).toEqual(zh.map((_, i) => i))
  })

  it('finds the 1:2 and 2:1 splits', () => {
    const r = alignSentences(en, zh)
    const found = new Set(r.links.map(key))
    const splits = gold.filter((g) => g.en.length + g.zh.length === 3)
    expect(splits.length).toBeGreaterThanOrEqual(8)
    expect(splits.filter((s) => found.has(key(s))).length).toBeGreaterThanOrEqual(splits.length - 1)
  })

  it('trusts links whose numbers agree more than links whose numbers do not', () => {
    const e = ['Growth was 5.2 percent.', 'Prices rose 0.2 percent.']
    const agree = alignSentences(e, ['增长5.2%。', '价格上涨0.2%。'])
    const disagree = alignSentences(e, ['增长7.9%。', '价格上涨3.1%。'])
    expect(agree.links.map(key)).toEqual(['0|0', '1|1'])
    expect(agree.confidence).toBeGreaterThan(disagree.confidence + 0.1)
    // A merge that drops a figure is doubted.
    const dropped = alignSentences(e, ['价格上涨0.2%。']).links.find((l) => l.zh.length > 0)
    const wordsOnly = alignSentences(['Growth was fast.', 'Prices rose a bit.'], ['价格略有上涨。']).links
    expect(dropped!.confidence).toBeLessThan(wordsOnly.find((l) => l.zh.length > 0)!.confidence - 0.2)
  })

  it('uses known term pairs as anchors', () => {
    const e = ['We will advance rural revitalization.', 'We will expand domestic demand.']
    const z = ['全面推进乡村振兴。', '扩大内需。']
    const anchors = [
      { en: 'rural revitalization', zh: '乡村振兴' },
      { en: 'domestic demand', zh: '内需' }
    ]
    const plain = alignSentences(e, z)
    const anchored = alignSentences(e, z, { anchors })
    expect(anchored.links.map(key)).toEqual(['0|0', '1|1'])
    expect(anchored.links[0].confidence).toBeGreaterThanOrEqual(plain.links[0].confidence)
  })

  it('gives low confidence, not forced links, to documents of wildly different length', () => {
    const r = alignSentences(en, zh.slice(0, 12))
    expect(r.confidence).toBeLessThan(0.2)
    expect(r.links.filter((l) => l.en.length > 0 && l.zh.length > 0).every((l) => l.confidence < 0.2)).toBe(true)
  })

  it('handles empty sides', () => {
    expect(alignSentences([], [])).toEqual({ links: [], confidence: 0 })
    const r = alignSentences(['Only English.'], [])
    expect(r.links).toEqual([{ en: [0], zh: [], confidence: 0 }])
    expect(r.confidence).toBe(0)
  })
})
