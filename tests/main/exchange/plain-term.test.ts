import { describe, expect, it } from 'vitest'

import { normalizeTerm, termProblem } from '../../../src/core/termbase/normalize-term'
import { isPlainTerm } from '../../../src/main/exchange/plain-term'
import { prng } from '../../helpers/prng'

describe('isPlainTerm (the importer skips normalisation for these)', () => {
  it('accepts common lower-case and Chinese terms, refuses anything normalisation would change', () => {
    for (const t of ['rule of law', '新质生产力', 'policy term 12', 'g20 (summit)', '一带一路 initiative']) {
      expect(isPlainTerm(t)).toBe(true)
    }
    for (const t of [
      'Rule of law',
      'high-quality',
      'two  spaces',
      ' lead',
      'tail ',
      'ｆｕｌｌ',
      'it\u2019s',
      '...',
      '',
      'a'.repeat(501),
      'tab\there',
      '\uF900'
    ]) {
      expect(isPlainTerm(t)).toBe(false)
    }
  })

  it('never accepts a text that normalizeTerm would change or termProblem would refuse', () => {
    const rnd = prng(7)
    const alphabet = "abcXYZ09 -\u2010\u2019'.,()中文\uFF41\u3000\u00A0\uF900!"
    for (let n = 0; n < 20_000; n++) {
      let s = ''
      const len = Math.floor(rnd() * 8)
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)]
      if (isPlainTerm(s)) {
        expect(normalizeTerm(s)).toBe(s)
        expect(termProblem(s)).toBeNull()
      }
    }
  })
})
