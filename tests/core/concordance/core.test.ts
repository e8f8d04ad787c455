import { describe, expect, it } from 'vitest'

import { bigramTokens, indexCopy } from '../../../src/core/concordance/bigrams'
import {
  addWindow,
  CollocateCounts,
  logDice,
  mutualInformation,
  rankCollocates
} from '../../../src/core/concordance/collocates'
import { inflectedForms } from '../../../src/core/concordance/english-forms'
import { foldText } from '../../../src/core/concordance/fold'
import { compareByLevels, kwicLine, sortKeys } from '../../../src/core/concordance/kwic'
import { parseQuery, QueryError } from '../../../src/core/concordance/parse-query'
import { unsafeConstruct } from '../../../src/core/concordance/regex-safety'
import { toFts } from '../../../src/core/concordance/to-fts'
import { scanTokens } from '../../../src/core/concordance/tokens'
import { findMatches } from '../../../src/core/concordance/verify-match'
import { isEnFunctionWord } from '../../../src/core/text/en-function-words'

const fts = (q: string, opts = {}) => toFts(parseQuery(q, opts))
const spans = (text: string, q: string, opts = {}) =>
  findMatches(text, parseQuery(q, opts)).map((m) => text.slice(m.start, m.end))

describe('parseQuery + toFts', () => {
  it('quotes every token so FTS operators are text', () => {
    expect(fts('of the')).toBe('"of" + "the"')
    expect(fts('NEAR(a OR b) "x"')).toBe('"near" + "a" + "or" + "b" + "x"')
    expect(fts('develop*')).toBe('"develop"*')
    expect(fts('the * of')).toBe('"the" AND "of"')
  })
  it('turns Chinese into bigram phrases; a single character into a prefix', () => {
    expect(fts('新质生产力')).toBe('"新质" + "质生" + "生产" + "产力"')
    expect(fts('质')).toBe('"质"*')
    expect(fts('5G网络')).toBe('"5g" + "网络"')
    expect(fts('網絡')).toBe('"网络"')
  })
  it('ORs lemma forms', () => {
    const expr = fts('force', { lemma: true })!
    for (const f of ['"force"', '"forces"', '"forced"', '"forcing"']) expect(expr).toContain(f)
  })
  it('rejects bad input', () => {
    for (const q of ['', '   ', '.,;!?', '*', 'x'.repeat(5000)]) {
      expect(() => parseQuery(q)).toThrow(QueryError)
    }
    expect(() => parseQuery('a[', { regex: true })).toThrow(/valid regular/)
  })
})

describe('bigrams', () => {
  it('builds the index copy with offsets into the original', () => {
    expect(indexCopy('新质生产力 and 5G')).toBe('新质 质生 生产 产力 力 and 5G')
    const toks = bigramTokens('發展A')
    expect(toks).toEqual([
      { token: '发展', start: 0, end: 2 },
      { token: '展', start: 1, end: 2 },
      { token: 'A', start: 2, end: 3 }
    ])
    expect(indexCopy('plain English')).toBe('plain English')
  })
})

describe('findMatches', () => {
  it('matches whole words, phrases across punctuation, wildcards and case', () => {
    expect(spans('Forces, forces; workforce', 'forces')).toEqual(['Forces', 'forces'])
    expect(spans('Forces, forces', 'Forces', { matchCase: true })).toEqual(['Forces'])
    expect(spans('high-quality development', 'high quality development')).toEqual(['high-quality development'])
    expect(spans('redevelopment developments', '*develop*')).toEqual(['redevelopment', 'developments'])
    expect(spans('they forced it', 'force', { lemma: true })).toEqual(['forced'])
  })
  it('matches Chinese substrings, across scripts, never across spaces', () => {
    expect(spans('新質生產力', '质生产')).toEqual(['質生產'])
    expect(spans('生产 力', '生产力')).toEqual([])
  })
})

describe('kwic', () => {
  const text = 'the cat sat on the mat'
  it('cuts context and gives sort keys', () => {
    expect(kwicLine(text, 8, 11, 100)).toEqual({ left: 'the cat ', match: 'sat', right: ' on the mat' })
    expect(sortKeys(text, 8, 11)).toEqual({ left: ['cat', 'the'], right: ['on', 'the', 'mat'] })
  })
  it('sorts on several levels', () => {
    const a = { left: ['x'], right: ['b', 'a'] }
    const b = { left: ['y'], right: ['b', 'c'] }
    expect(compareByLevels(a, b, ['1R', '2R'])).toBeLessThan(0)
    expect(compareByLevels(a, b, ['1R'])).toBe(0)
    expect(compareByLevels(b, a, ['1L'])).toBeGreaterThan(0)
  })
})

describe('collocates maths', () => {
  it('computes logDice and MI', () => {
    expect(logDice(10, 10, 10)).toBe(14)
    expect(logDice(1, 100, 100)).toBeCloseTo(14 + Math.log2(2 / 200))
    expect(mutualInformation(10, 100, 100, 10_000)).toBeCloseTo(Math.log2(10))
    const counts = new Map([
      ['a', 5],
      ['b', 5],
      ['c', 1]
    ])
    const ranked = rankCollocates(counts, 10, (w) => (w === 'a' ? 5 : 500), 1e6)
    expect(ranked.map((c) => c.word)).toEqual(['a', 'b'])
    // The shown form is the caller's; ranking and frequencies stay those of the folded word.
    const shown = rankCollocates(counts, 10, () => 5, 1e6, { form: (w) => w.toUpperCase() })
    expect(shown.map((c) => c.word)).toEqual(['A', 'B'])
  })
})

describe('collocate counts', () => {
  /** Window counts around every "Xi" of the sentences, as collocates.ts makes them. */
  function around(node: string, sentences: string[], window = 2): CollocateCounts {
    const counts = new CollocateCounts()
    for (const text of sentences) {
      const tokens = scanTokens(text)
      tokens.forEach((t, i) => {
        if (t.norm === node) addWindow(tokens, i, i, window, counts, text)
      })
    }
    return counts
  }

  it('shows names with their capitals and common words folded', () => {
    const counts = around('xi', [
      'President Xi Jinping met the press.',
      'Xi Jinping said the plan would work.',
      'The plan of Xi Jinping.'
    ])
    expect(counts.counts.get('jinping')).toBe(3)
    expect(counts.form('jinping')).toBe('Jinping')
    expect(counts.form('president')).toBe('President')
    expect(counts.form('plan')).toBe('plan')
  })

  it('does not take a capital from the first word of a sentence unless that is all there is', () => {
    const counts = around('policy', ['Green policy works.', 'A green policy.', 'The green policy.'], 1)
    expect(counts.counts.get('green')).toBe(3)
    expect(counts.form('green')).toBe('green')
    const only = around('policy', ['Fiscal policy.'], 1)
    expect(only.form('fiscal')).toBe('Fiscal')
  })

  it('leaves out function words when asked, keeps content words', () => {
    const counts = around('development', ['The development of the economy and high quality development.'], 3)
    expect([...counts.counts.keys()].sort()).toEqual(['and', 'economy', 'high', 'of', 'quality', 'the'])
    counts.dropWhere(isEnFunctionWord)
    expect([...counts.counts.keys()].sort()).toEqual(['economy', 'high', 'quality'])
  })
})

describe('regex safety and helpers', () => {
  it('flags catastrophic constructs', () => {
    expect(unsafeConstruct('(a+)+$')).toMatch(/repetition/)
    expect(unsafeConstruct('(a|aa)*')).toMatch(/alternatives/)
    expect(unsafeConstruct('(a)\\1')).toMatch(/back-references/)
    expect(unsafeConstruct('\\bforc\\w+')).toBeNull()
  })
  it('inflects and folds without changing length', () => {
    expect(inflectedForms('force')).toEqual(expect.arrayContaining(['forces', 'forced', 'forcing']))
    expect(inflectedForms('develop')).not.toContain('force')
    const s = 'İstanbul Café 臺灣'
    expect(foldText(s).length).toBe(s.length)
    expect(foldText('Café 臺灣')).toBe('cafe 台湾')
  })
})
