import { describe, expect, it } from 'vitest'

import { countWords } from '../../../src/core/text/count-words'

describe('countWords', () => {
  it.each([
    ['Innovation is the primary driving force.', 'en', 6],
    ["Xi's remarks on high-quality development don't change.", 'en', 7],
    ['There are 7,266 residents and 3.5 percent growth.', 'en', 8],
    ['  ', 'en', 0],
    ['新质生产力是关键。', 'zh', 8],
    ['华为发布5G手机', 'zh', 7], // six Han characters and the Latin token "5G"
    ['中国 GDP 增长 5.2%', 'zh', 6],
    ['The term 新质生产力 is new.', 'en', 5] // a Han run inside English counts as one word
  ] as const)('%j (%s) → %d', (text, lang, expected) => {
    expect(countWords(text, lang)).toBe(expected)
  })

  it('counts supplementary-plane ideographs once each', () => {
    expect(countWords('𠀀𠀁中', 'zh')).toBe(3)
  })
})
