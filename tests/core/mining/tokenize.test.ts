import { describe, expect, it } from 'vitest'

import { tokenize } from '../../../src/core/mining/tokenize'

describe('tokenize', () => {
  it('keeps hyphenated compounds, R&D and possessives whole, with exact offsets', () => {
    const text = 'High-quality development, sci-tech R&D and the National People\u2019s Congress.'
    const toks = tokenize(text)
    expect(toks.map((t) => t.text)).toEqual([
      'High-quality',
      'development',
      'sci-tech',
      'R&D',
      'and',
      'the',
      'National',
      'People\u2019s',
      'Congress'
    ])
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('keeps web and e-mail addresses as one token, without the final dot of a sentence', () => {
    const text = 'See http://www.osti.gov/bridge, www.enercon.de. Write to info@nefco.org (i.e. the fund).'
    const toks = tokenize(text)
    expect(toks.map((t) => t.text)).toEqual([
      'See',
      'http://www.osti.gov/bridge',
      'www.enercon.de',
      'Write',
      'to',
      'info@nefco.org',
      'i.e.',
      'the',
      'fund'
    ])
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(toks[3].sentenceStart).toBe(true)
  })

  it('marks punctuation boundaries and sentence starts', () => {
    const toks = tokenize('Wind power, he said. Turbines turn')
    expect(toks.map((t) => t.breakBefore)).toEqual([true, false, true, false, true, false])
    expect(toks.map((t) => t.sentenceStart)).toEqual([true, false, false, false, true, false])
  })

  it('does not glue a trailing hyphen or apostrophe to a word', () => {
    expect(tokenize("pre- and post-war 'quoted'").map((t) => t.text)).toEqual(['pre', 'and', 'post-war', 'quoted'])
  })
})
