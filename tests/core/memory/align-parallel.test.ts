import { describe, expect, it } from 'vitest'

import { alignParallel, REVIEW_BELOW } from '../../../src/core/memory/align'
import {
  AnchorIndex,
  chineseNumberMarks,
  englishNumberMarks,
  pairMatchers,
  sentenceAnchors
} from '../../../src/core/memory/align-anchors'
import { diagonalCorridor, pathCorridor, searchLattice } from '../../../src/core/memory/align-lattice'
import { fitLengthModel, lengthCost } from '../../../src/core/memory/align-length'
import { lexicalScorer } from '../../../src/core/memory/align-lexicon'
import { type Bead, flattenBeads, POLICY_BEADS } from '../../fixtures/memory/policy-parallel'

const key = (l: { en: number[]; zh: number[] }): string => `${l.en.join(',')}|${l.zh.join(',')}`

/** Beads grouped into paragraphs of `size`, with the paragraph number of every sentence on each side. */
function laidOut(groups: Bead[][]): {
  en: string[]
  zh: string[]
  gold: { en: number[]; zh: number[] }[]
  paragraphs: { en: number[]; zh: number[] }
} {
  const { en, zh, gold } = flattenBeads(groups.flat())
  const paragraphs = { en: [] as number[], zh: [] as number[] }
  groups.forEach((group, p) => {
    for (const b of group) {
      for (const _ of b.en) paragraphs.en.push(p)
      for (const _ of b.zh) paragraphs.zh.push(p)
    }
  })
  return { en, zh, gold, paragraphs }
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, k) => items.slice(k * size, (k + 1) * size))
}

const found = (links: { en: number[]; zh: number[] }[], gold: { en: number[]; zh: number[] }[]): number => {
  const have = new Set(links.map(key))
  return gold.filter((g) => have.has(key(g))).length
}

describe('alignParallel on laid-out documents', () => {
  // The fixture in paragraphs of four beads, with a Chinese heading the English leaves out.
  const heading: Bead = { en: [], zh: ['（二）着力扩大国内需求。'] }
  const groups = chunk(POLICY_BEADS, 4)
  groups.splice(6, 0, [heading])
  const doc = laidOut(groups)

  it('follows the paragraphs and leaves the omitted heading unlinked', () => {
    const r = alignParallel(doc.en, doc.zh, { paragraphs: doc.paragraphs })
    expect(r.model.paragraphs).toBe(true)
    // The fixture's own untranslated sentence ("Note: some totals…") may be taken for its neighbour,
    // which is as long and shares no word with the Chinese a 66-sentence pair can teach.
    expect(found(r.links, doc.gold)).toBeGreaterThanOrEqual(doc.gold.length - 2)
    const headingIndex = doc.zh.indexOf(heading.zh[0])
    expect(r.links).toContainEqual(expect.objectContaining({ en: [], zh: [headingIndex] }))
    // Links cover every sentence once, in order.
    expect(r.links.flatMap((l) => l.en)).toEqual(doc.en.map((_, i) => i))
    expect(r.links.flatMap((l) => l.zh)).toEqual(doc.zh.map((_, j) => j))
  })

  it('does not let one omission shift the links after it', () => {
    // Drop the English of a bead in the middle: everything after it must still be linked right.
    const beads = POLICY_BEADS.map((b, k) => (k === 20 ? { en: [], zh: b.zh } : b))
    for (const withParagraphs of [false, true]) {
      const d = laidOut(chunk(beads, 4))
      const r = alignParallel(d.en, d.zh, withParagraphs ? { paragraphs: d.paragraphs } : {})
      const after = d.gold.slice(22)
      // At most the fixture's own untranslated sentence taken for its neighbour (see above).
      expect(found(r.links, after)).toBeGreaterThanOrEqual(after.length - 2)
    }
  })

  it('ignores a layout of one sentence a paragraph (it says nothing about links)', () => {
    const { en, zh } = flattenBeads(POLICY_BEADS)
    const r = alignParallel(en, zh, { paragraphs: { en: en.map((_, i) => i), zh: zh.map((_, j) => j) } })
    expect(r.model.paragraphs).toBe(false)
  })

  it('learns the length ratio of the pair', () => {
    const r = alignParallel(doc.en, doc.zh, { paragraphs: doc.paragraphs })
    const enChars = doc.en.join(' ').length
    const zhChars = doc.zh.join('').length
    expect(r.model.zhPerEnChar).toBeGreaterThan((0.8 * zhChars) / enChars)
    expect(r.model.zhPerEnChar).toBeLessThan((1.25 * zhChars) / enChars)
  })

  it('flags exactly the links under the review threshold, which the caller may set', () => {
    const r = alignParallel(doc.en, doc.zh)
    expect(r.reviewBelow).toBe(REVIEW_BELOW)
    for (const l of r.links) expect(l.review).toBe(l.confidence < REVIEW_BELOW)
    const strict = alignParallel(doc.en, doc.zh, { reviewBelow: 0.999 })
    expect(strict.links.filter((l) => l.review).length).toBeGreaterThan(r.links.filter((l) => l.review).length)
  })

  it('aligns a long document in well under a few seconds (the search is banded, not quadratic)', () => {
    const many = laidOut(chunk(Array.from({ length: 14 }, () => POLICY_BEADS).flat(), 4))
    expect(many.en.length).toBeGreaterThan(800)
    const t0 = performance.now()
    const r = alignParallel(many.en, many.zh, { paragraphs: many.paragraphs })
    expect(performance.now() - t0).toBeLessThan(5000)
    expect(found(r.links, many.gold) / many.gold.length).toBeGreaterThan(0.95)
  })
})

describe('alignParallel on bad input', () => {
  const { en, zh } = flattenBeads(POLICY_BEADS)

  it('says so when one side is empty, and links nothing', () => {
    const r = alignParallel(en.slice(0, 3), [])
    expect(r.problems.map((p) => p.code)).toEqual(['empty-side'])
    expect(r.problems[0].message).toMatch(/Chinese document is empty/)
    expect(r.links.every((l) => l.zh.length === 0 && l.review)).toBe(true)
    expect(alignParallel([], []).problems[0].message).toMatch(/Both documents are empty/)
  })

  it('refuses two documents in the same language', () => {
    const english = alignParallel(en, en)
    expect(english.links).toEqual([])
    expect(english.problems).toEqual([expect.objectContaining({ code: 'same-language', params: { lang: 'en' } })])
    expect(english.problems[0].message).toMatch(/Both documents are in English/)
    expect(alignParallel(zh, zh).problems[0].params).toEqual({ lang: 'zh' })
  })

  it('aligns documents given the wrong way round, and says so', () => {
    const r = alignParallel(zh, en)
    expect(r.problems[0].code).toBe('swapped-languages')
    const right = alignParallel(en, zh)
    // Same links, with the sides as passed: `en` indexes the first argument (here the Chinese).
    expect(r.links.map((l) => `${l.zh.join(',')}|${l.en.join(',')}`)).toEqual(right.links.map(key))
  })

  it('warns when one side is twice as long, leaves the surplus unlinked and doubts every link', () => {
    const half = zh.slice(0, Math.floor(zh.length / 2))
    const r = alignParallel(en, half)
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'length-mismatch', params: { longer: 'en', times: expect.any(Number) } })
    ])
    expect(r.problems[0].params!.times).toBeGreaterThan(1.6)
    expect(r.links.filter((l) => l.en.length > 0 && l.zh.length === 0).length).toBeGreaterThan(en.length / 4)
    expect(r.links.every((l) => l.review)).toBe(true)
    expect(r.confidence).toBeLessThan(0.3)
  })
})

describe('anchors', () => {
  it('reads months, Roman headings, enumerations and number words as soft anchors, digits as hard ones', () => {
    expect(englishNumberMarks('March 5, 2008')).toEqual([
      { forms: ['3'], hard: false },
      { forms: ['5'], hard: true },
      { forms: ['2008'], hard: true }
    ])
    expect(englishNumberMarks('May we add')).toEqual([])
    expect(englishNumberMarks('II. Work for this year')[0]).toEqual({ forms: ['2'], hard: false })
    expect(englishNumberMarks('create ten million jobs')).toEqual([{ forms: ['10', '10000000'], hard: true }])
    expect(englishNumberMarks('one of the twenty-five regions')).toEqual([{ forms: ['25'], hard: false }])
    expect(chineseNumberMarks('一是深化改革')).toEqual([{ forms: ['1'], hard: false }])
    expect(chineseNumberMarks('（二）推进')).toEqual([{ forms: ['2'], hard: false }])
    expect(chineseNumberMarks('统一、规范')).toEqual([])
    expect(chineseNumberMarks('出境旅游近亿人次')).toEqual([{ forms: ['100000000'], hard: false }])
    expect(chineseNumberMarks('增长1.71倍')).toEqual([{ forms: ['1.71', '171'], hard: true }])
  })

  it('costs a link less when its numbers agree, more when a hard one is missing', () => {
    const pairs = pairMatchers([])
    const index = new AnchorIndex(
      ['Output rose 7.7 percent in the five years.', 'Prices rose.'].map((s) => sentenceAnchors(s, 'en', pairs)),
      ['五年来产出增长7.7%。', '价格上涨。'].map((s) => sentenceAnchors(s, 'zh', pairs))
    )
    const w = { hardBonus: 1, hardPenalty: 2, softBonus: 0.5, softPenalty: 0.5 }
    expect(index.cost(0, 1, 0, 1, w)).toBeLessThan(0)
    expect(index.tally(0, 1, 0, 1)).toEqual({ matched: 2, unmatched: 0, softMatched: 2, softUnmatched: 0 })
    expect(index.cost(0, 1, 1, 2, w)).toBeGreaterThan(0)
    expect(index.tally(0, 1, 1, 2).unmatched).toBe(1)
  })
})

describe('search and models', () => {
  it('finds the cheapest monotone path, and says when it leans on the corridor edge', () => {
    // Cost 0 on the diagonal of a 1:1 lattice shifted by two; anything else costs 1.
    const shapes = [
      { de: 1, dz: 1 },
      { de: 1, dz: 0 },
      { de: 0, dz: 1 }
    ]
    const cost = (i: number, j: number, k: number): number => (k === 0 && j === i + 2 ? 0 : k === 0 ? 3 : 1)
    const wide = searchLattice(10, 12, shapes, diagonalCorridor(10, 12, 12), cost)
    expect(wide.touchesEdge).toBe(false)
    expect(wide.beads.filter((b) => b.shape === 0).every((b) => b.j === b.i + 2)).toBe(true)
    expect(wide.beads.every((b) => b.posterior > 0 && b.posterior <= 1)).toBe(true)
    const narrow = searchLattice(10, 12, shapes, pathCorridor(10, 12, [[5, 5]], 0), cost)
    expect(narrow.touchesEdge).toBe(true)
  })

  it('fits the length ratio and a spread from linked lengths', () => {
    const pairs: [number, number][] = Array.from({ length: 200 }, (_, k) => {
      const en = 50 + ((k * 37) % 150)
      return [en, Math.round(0.2 * en + ((k % 5) - 2) * 2)]
    })
    const model = fitLengthModel(pairs, { c: 0.3, b: 1 })
    expect(model.c).toBeCloseTo(0.2, 2)
    expect(model.b).toBeLessThan(0.6)
    // A link of the right ratio costs less than one half as long.
    expect(lengthCost(100, 20, model)).toBeLessThan(lengthCost(100, 10, model))
  })

  it('learns from the pair which characters English words become', () => {
    const { en, zh, gold } = flattenBeads(POLICY_BEADS)
    const score = lexicalScorer(
      en,
      zh,
      gold.filter((g) => g.en.length > 0 && g.zh.length > 0)
    )
    // Each sentence explains its own translation better than its neighbour's.
    let better = 0
    const ones = gold.filter((g) => g.en.length === 1 && g.zh.length === 1)
    for (let k = 1; k < ones.length; k++) {
      const own = score(ones[k].en[0], ones[k].en[0] + 1, ones[k].zh[0], ones[k].zh[0] + 1)
      const other = score(ones[k].en[0], ones[k].en[0] + 1, ones[k - 1].zh[0], ones[k - 1].zh[0] + 1)
      if (own > other) better++
    }
    expect(better / (ones.length - 1)).toBeGreaterThan(0.9)
  })
})
