import { describe, expect, it } from 'vitest'

import { lightStem } from '../../../src/core/memory/light-stem'
import { buildTermMatcher, recogniseTerms, type TermEntry } from '../../../src/core/memory/term-recognition'

const terms: TermEntry[] = [
  { conceptId: 1, termId: 11, lang: 'en', text: 'new quality productive forces', status: 'preferred' },
  { conceptId: 1, termId: 12, lang: 'zh-CN', text: '新质生产力', status: 'preferred' },
  { conceptId: 2, termId: 21, lang: 'en', text: 'productive force', status: 'admitted' },
  { conceptId: 2, termId: 22, lang: 'zh', text: '生产力', status: 'preferred' },
  { conceptId: 3, termId: 31, lang: 'en', text: 'high-quality development', status: 'preferred' },
  { conceptId: 3, termId: 32, lang: 'zh', text: '高质量发展', status: 'preferred' },
  { conceptId: 4, termId: 41, lang: 'en', text: 'local government special-purpose bond', status: 'preferred' },
  { conceptId: 5, termId: 51, lang: 'en', text: 'policy', status: 'admitted' },
  { conceptId: 6, termId: 61, lang: 'en', text: 'develop', status: 'admitted' },
  { conceptId: 7, termId: 71, lang: 'en', text: 'AI', status: 'admitted' },
  { conceptId: 8, termId: 81, lang: 'en', text: 'plan', status: 'admitted' }
]

describe('lightStem', () => {
  it('maps inflections of a word together and keeps derivations apart', () => {
    const same = [
      ['forces', 'force'],
      ['policies', 'policy'],
      ['developing', 'develop'],
      ['developed', 'develop'],
      ['planning', 'plan'],
      ['bonds', 'bond'],
      ['taxes', 'tax'],
      ['applied', 'apply'],
      ["China's", 'China']
    ]
    for (const [a, b] of same) expect(lightStem(a), `${a} ~ ${b}`).toBe(lightStem(b))
    expect(lightStem('development')).not.toBe(lightStem('develop'))
    expect(lightStem('process')).toBe('process')
    expect(lightStem('status')).toBe('status')
  })
})

describe('recogniseTerms', () => {
  it('finds an English term in plural/singular, case and hyphen variants with offsets', () => {
    const s = 'We will foster New Quality Productive Force and pursue high quality development.'
    const m = recogniseTerms(s, 'en', terms)
    expect(m.map((x) => [x.termId, x.surface])).toEqual([
      [11, 'New Quality Productive Force'],
      [31, 'high quality development']
    ])
    expect(s.slice(m[0].start, m[0].end)).toBe('New Quality Productive Force')
  })
  it('lets the longest match win on overlap, but keeps separate occurrences', () => {
    const m = recogniseTerms('Developing new quality productive forces lifts productive forces.', 'en', terms)
    expect(m.map((x) => x.termId)).toEqual([61, 11, 21])
  })
  it('does not join words across punctuation', () => {
    expect(recogniseTerms('It is a new quality. Productive forces grew.', 'en', terms).map((x) => x.termId)).toEqual([
      21
    ])
  })
  it('matches multiword terms with inflection inside and short upper-case terms', () => {
    const m = recogniseTerms('Issuing local government special-purpose bonds and AI plans.', 'en', terms)
    expect(m.map((x) => x.termId)).toEqual([41, 71, 81])
    expect(m[0].surface).toBe('local government special-purpose bonds')
  })
  it('does Chinese substring matching, longest first', () => {
    const s = '因地制宜发展新质生产力，推动高质量发展，解放和发展社会生产力。'
    const m = recogniseTerms(s, 'zh', terms)
    expect(m.map((x) => [x.termId, x.start, x.surface])).toEqual([
      [12, 6, '新质生产力'],
      [32, 14, '高质量发展'],
      [22, 27, '生产力']
    ])
  })
  it('ignores terms of the other language and reports all concepts sharing a surface', () => {
    const extra: TermEntry[] = [
      ...terms,
      { conceptId: 9, termId: 91, lang: 'en', text: 'Policies', status: 'deprecated' }
    ]
    const m = recogniseTerms('Fiscal policies 生产力', 'en', extra)
    expect(m.map((x) => [x.conceptId, x.status])).toEqual([
      [5, 'admitted'],
      [9, 'deprecated']
    ])
  })
  it('finds terms among a large term base (bench/memory/terms-bench.ts times 100,000)', () => {
    const big: TermEntry[] = []
    for (let i = 0; i < 20_000; i++) {
      big.push({ conceptId: i, termId: i, lang: 'en', text: `term${i} policy ${i % 97}x`, status: 'admitted' })
    }
    big.push(...terms)
    const matcher = buildTermMatcher(big, 'en')
    expect(matcher.size).toBe(20_000 + 8)
    const m = matcher.match('The term5 policy 5x and new quality productive forces.')
    expect(m.map((x) => x.termId)).toEqual([5, 11])
  })
  it('matches a term holding a comma, slash or ampersand only where the text has the same mark', () => {
    const marked: TermEntry[] = [
      { conceptId: 1, termId: 1, lang: 'en', text: 'One Belt, One Road', status: 'forbidden' },
      { conceptId: 2, termId: 2, lang: 'en', text: 'R&D', status: 'preferred' },
      { conceptId: 3, termId: 3, lang: 'en', text: 'quality productive', status: 'preferred' }
    ]
    const m = recogniseTerms('The One Belt, One Road plan funds R&D in quality, productive ways.', 'en', marked)
    expect(m.map((x) => x.surface)).toEqual(['One Belt, One Road', 'R&D'])
  })
  it('matchAll gives every occurrence, overlaps included; match keeps the longest', () => {
    const matcher = buildTermMatcher(terms, 'zh')
    expect(matcher.matchAll('新质生产力').map((x) => x.term)).toEqual(['新质生产力', '生产力'])
    expect(matcher.match('新质生产力').map((x) => x.term)).toEqual(['新质生产力'])
  })
})
