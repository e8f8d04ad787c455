import { describe, expect, it } from 'vitest'

import { diffTokens, matchScore, rankMatches, tokenizeForMatch } from '../../../src/core/memory/fuzzy'

describe('tokenizeForMatch', () => {
  it('splits English into words and punctuation, keeping decimals and apostrophes', () => {
    expect(tokenizeForMatch("China's GDP grew 5.2% in 2023.", 'en')).toEqual([
      "China's",
      'GDP',
      'grew',
      '5.2',
      '%',
      'in',
      '2023',
      '.'
    ])
  })
  it('splits Chinese into characters, keeping Latin/digit runs whole', () => {
    expect(tokenizeForMatch('5G基站超过337万个。', 'zh')).toEqual([
      '5G',
      '基',
      '站',
      '超',
      '过',
      '337',
      '万',
      '个',
      '。'
    ])
  })
})

describe('matchScore', () => {
  const a = 'We will promote high-quality development and expand domestic demand.'
  it('gives 100 only to identical text', () => {
    expect(matchScore(a, a, 'en')).toBe(100)
    expect(matchScore(a, `  ${a} `, 'en')).toBe(100)
    expect(matchScore(a, a.replace('and expand', 'and  expand'), 'en')).toBe(99)
  })
  it('penalises case differences lightly and word changes fully', () => {
    const caseOnly = matchScore(a, a.replace('We will', 'we will'), 'en')
    const wordChange = matchScore(a, a.replace('expand', 'boost'), 'en')
    expect(caseOnly).toBeGreaterThanOrEqual(97)
    expect(caseOnly).toBeLessThan(100)
    // 12 tokens, one substitution: floor(100 * 11/12) = 91
    expect(wordChange).toBe(91)
    expect(caseOnly).toBeGreaterThan(wordChange)
  })
  it('counts Chinese by character and full-width punctuation as a light change', () => {
    expect(matchScore('推动高质量发展。', '推进高质量发展。', 'zh')).toBe(87) // 1 of 8 chars
    expect(matchScore('扩大内需，促进消费', '扩大内需,促进消费', 'zh')).toBe(97)
    expect(matchScore('扩大内需', '完全不同的句子内容', 'zh')).toBeLessThan(30)
  })
  it('is symmetric', () => {
    const b = 'We will pursue high-quality development and boost consumption.'
    expect(matchScore(a, b, 'en')).toBe(matchScore(b, a, 'en'))
  })
})

describe('diffTokens', () => {
  it('marks replaced, inserted and deleted runs and rebuilds both texts', () => {
    const a = 'We will expand domestic demand this year.'
    const b = 'We will further expand effective demand.'
    const ops = diffTokens(a, b, 'en')
    expect(ops.map((o) => o.a ?? '').join('')).toBe(a)
    expect(ops.map((o) => o.b ?? '').join('')).toBe(b)
    expect(ops).toContainEqual({ op: 'insert', b: 'further ' })
    expect(ops).toContainEqual({ op: 'replace', a: 'domestic ', b: 'effective ' })
    expect(ops.some((o) => o.op === 'delete' && o.a === 'this year')).toBe(true)
  })
  it('works per character for Chinese', () => {
    const ops = diffTokens('推动高质量发展', '推进高质量发展', 'zh')
    expect(ops).toEqual([
      { op: 'equal', a: '推', b: '推' },
      { op: 'replace', a: '动', b: '进' },
      { op: 'equal', a: '高质量发展', b: '高质量发展' }
    ])
  })
})

describe('rankMatches', () => {
  const units = [
    { id: 1, source: 'We will expand domestic demand.', target: '我们将扩大内需。' },
    { id: 2, source: 'We will expand domestic demand .', target: '扩大内需。' },
    { id: 3, source: 'We will steadily expand domestic demand.', target: '稳步扩大内需。' },
    { id: 4, source: 'Grain output reached a record high.', target: '粮食产量创历史新高。' },
    { id: 5, source: 'we will expand domestic demand.', target: '我们要扩大内需。' }
  ]
  it('puts the exact match first, drops those under min, honours limit', () => {
    const r = rankMatches('We will expand domestic demand.', units, { min: 70 })
    expect(r[0]).toMatchObject({ id: 1, score: 100, exact: true })
    expect(r.map((m) => m.id)).not.toContain(4)
    expect(r.map((m) => m.id)).toEqual([1, 2, 5, 3])
    expect(rankMatches('We will expand domestic demand.', units, { limit: 2 })).toHaveLength(2)
    expect(rankMatches('We will expand domestic demand.', units, { min: 99 }).map((m) => m.id)).toEqual([1, 2])
  })
  it('guesses Chinese from the query', () => {
    const zh = [
      { id: 7, source: '稳步扩大内需。', target: '' },
      { id: 8, source: '稳步扩大外需。', target: '' }
    ]
    expect(rankMatches('稳步扩大内需。', zh).map((m) => [m.id, m.score])).toEqual([
      [7, 100],
      [8, 85]
    ])
  })
})
