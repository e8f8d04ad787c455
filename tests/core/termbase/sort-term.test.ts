import { describe, expect, it } from 'vitest'

import { sortTermOf } from '../../../src/core/termbase/sort-term'

describe('sortTermOf', () => {
  it('takes the first English term, else the first term, folding ASCII case only (as SQLite lower())', () => {
    expect(
      sortTermOf([
        { lang: 'zh-CN', text: '新质生产力' },
        { lang: 'en-GB', text: 'New Quality' },
        { lang: 'en', text: 'Another' }
      ])
    ).toBe('new quality')
    expect(
      sortTermOf([
        { lang: 'zh-CN', text: '新质生产力' },
        { lang: 'fr', text: 'Forces' }
      ])
    ).toBe('新质生产力')
    expect(sortTermOf([{ lang: 'EN-us', text: 'ÉCOLE İZ' }])).toBe('École İz')
    expect(sortTermOf([])).toBe('')
  })
})
