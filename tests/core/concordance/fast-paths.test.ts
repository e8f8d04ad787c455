import { describe, expect, it } from 'vitest'

import { compareByLevels, sortByLevels, type SortKeys } from '../../../src/core/concordance/kwic'
import { countWordTerms, scanTokens } from '../../../src/core/concordance/tokens'
import type { SortLevel } from '../../../src/core/concordance/types'

describe('sortByLevels', () => {
  it('orders exactly like compareByLevels and keeps ties in input order', () => {
    const words = ['apple', 'Apple', 'éclair', 'eclair', 'zebra', '10', '9', '', '发展', 'b']
    let seed = 3
    const pick = (): string => words[(seed = (seed * 7919 + 13) % 10007) % words.length]
    const items: { i: number; k: SortKeys }[] = Array.from({ length: 400 }, (_, i) => ({
      i,
      k: { left: [pick(), pick(), pick()].filter(Boolean), right: [pick(), pick()].filter(Boolean) }
    }))
    const cases: SortLevel[][] = [['1R'], ['1L', '2R'], ['3L', '2L', '1L'], ['2R', '1R']]
    for (const levels of cases) {
      const want = [...items].sort((a, b) => compareByLevels(a.k, b.k, levels) || a.i - b.i).map((x) => x.i)
      expect(sortByLevels(items, (x) => x.k, levels).map((x) => x.i)).toEqual(want)
    }
  })
})

describe('scanTokens fast paths', () => {
  it('tokenizes ASCII, accented and mixed Han text the same way as the general path', () => {
    expect(scanTokens('High-quality development, 2024!').map((t) => [t.norm, t.start, t.end])).toEqual([
      ['high', 0, 4],
      ['quality', 5, 12],
      ['development', 13, 24],
      ['2024', 26, 30]
    ])
    expect(scanTokens('Déjà vu').map((t) => t.norm)).toEqual(['deja', 'vu'])
    expect(scanTokens('5G网络 ok').map((t) => [t.kind, t.norm])).toEqual([
      ['word', '5g'],
      ['han', '网'],
      ['han', '络'],
      ['word', 'ok']
    ])
    expect(scanTokens('Forces', { matchCase: true })[0].norm).toBe('Forces')
  })
})

describe('countWordTerms', () => {
  it('counts folded word terms, skips Han, and subtracts with weight -1', () => {
    const m = countWordTerms('The policy, the POLICY; 5G网络 déjà.', new Map())
    expect(Object.fromEntries(m)).toEqual({ the: 2, policy: 2, '5g': 1, deja: 1 })
    countWordTerms('the policy', m, -1)
    countWordTerms('new', m, 0)
    expect(Object.fromEntries(m)).toEqual({ the: 1, policy: 1, '5g': 1, deja: 1, new: 0 })
  })
})

describe('requiredLiterals', () => {
  it('lists case-sensitive literal words only', async () => {
    const { parseQuery } = await import('../../../src/core/concordance/parse-query')
    const { requiredLiterals } = await import('../../../src/core/concordance/verify-match')
    expect(requiredLiterals(parseQuery('China Daily', { matchCase: true }))).toEqual(['China', 'Daily'])
    expect(requiredLiterals(parseQuery('China dev*', { matchCase: true }))).toEqual(['China'])
    expect(requiredLiterals(parseQuery('China'))).toBeNull()
    expect(requiredLiterals(parseQuery('发展', { matchCase: true }))).toBeNull()
  })
})
