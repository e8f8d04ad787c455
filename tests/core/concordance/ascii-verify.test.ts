// The ASCII fast path must give exactly what the general path gives (findMatches + sortKeys on
// scanTokens), and the key table must sort exactly as compareByLevels, on both of its sort paths.
import { describe, expect, it } from 'vitest'

import {
  addAsciiSortKeys,
  asciiMatches,
  asciiPlan,
  asciiSortKeys,
  isAsciiText
} from '../../../src/core/concordance/ascii-verify'
import { compareByLevels, type SortKeys, sortKeys } from '../../../src/core/concordance/kwic'
import { parseQuery } from '../../../src/core/concordance/parse-query'
import { compareAlnum, SortKeyTable } from '../../../src/core/concordance/sort-key-table'
import type { QueryOptions, SortLevel } from '../../../src/core/concordance/types'
import { findMatches } from '../../../src/core/concordance/verify-match'

const WORDS = [
  'the',
  'The',
  'THE',
  'theory',
  'of',
  'bathe',
  'forces',
  'force',
  'forced',
  'Forces',
  'x',
  '5G',
  '2024',
  'china',
  'China',
  'of-the',
  'the.',
  '(of)',
  'the,the'
]
let seed = 11
const next = (k: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % k
const sentence = (): string =>
  Array.from({ length: 1 + next(14) }, () => WORDS[next(WORDS.length)]).join(next(4) ? ' ' : '  ') +
  (next(2) ? '.' : '')

describe('asciiMatches and asciiSortKeys', () => {
  const queries: [string, QueryOptions?][] = [
    ['the'],
    ['of the'],
    ['the * of'],
    ['the of*'],
    ['the forc*'],
    ['forces *', { matchCase: true }],
    ['China', { matchCase: true }],
    ['The', { matchCase: true }],
    ['THE the'],
    ['5g'],
    ['2024 x'],
    ['the 发展'],
    ['theory of the the']
  ]
  it('equal findMatches and sortKeys on random ASCII sentences', () => {
    const texts = Array.from({ length: 400 }, sentence)
    let hits = 0
    for (const [q, opts] of queries) {
      const parsed = parseQuery(q, opts)
      const plan = asciiPlan(parsed)
      expect(plan).not.toBeNull()
      for (const text of texts) {
        expect(isAsciiText(text)).toBe(true)
        const want = findMatches(text, parsed)
        const folded = parsed.matchCase ? text : text.toLowerCase()
        const got = asciiMatches(folded, plan!)
        expect(got).toEqual(want)
        hits += got.length
        for (const s of got) {
          expect(asciiSortKeys(text.toLowerCase(), s.start, s.end)).toEqual(sortKeys(text, s.start, s.end))
        }
      }
    }
    expect(hits).toBeGreaterThan(500)
  })
  it('declines queries the general path must verify', () => {
    expect(asciiPlan(parseQuery('forc*'))).toBeNull()
    expect(asciiPlan(parseQuery('force', { lemma: true }))).toBeNull()
    expect(asciiPlan(parseQuery('发展'))).toBeNull()
    expect(asciiPlan(parseQuery('\\bthe', { regex: true }))).toBeNull()
    expect(isAsciiText('Déjà vu')).toBe(false)
  })
})

describe('SortKeyTable', () => {
  const words = ['apple', 'Apple', 'éclair', 'eclair', 'zebra', '10', '9', 'b', '发展', 'a1', 'a10', 'a9']
  const randomKeys = (vocab: string[]): SortKeys => ({
    left: Array.from({ length: next(4) }, () => vocab[next(vocab.length)]),
    right: Array.from({ length: next(4) }, () => vocab[next(vocab.length)])
  })
  const expectOrder = (keys: SortKeys[], levels: SortLevel[]): void => {
    const table = new SortKeyTable()
    for (const k of keys) table.add(k)
    const want = keys
      .map((k, i) => ({ k, i }))
      .sort((a, b) => compareByLevels(a.k, b.k, levels) || a.i - b.i)
      .map((x) => x.i)
    expect([...table.order(levels)]).toEqual(want)
  }
  it('orders rows exactly like compareByLevels, ties in row order (packed path)', () => {
    const plainWord = (i: number): string => 'w' + String.fromCharCode(97 + (i % 26)) + 'x'.repeat(i % 7)
    const plain = Array.from({ length: 300 }, (_, i) => plainWord(i)).concat(['a', 'b', 'aa'])
    const keys = Array.from({ length: 3000 }, () => randomKeys([...words, ...plain]))
    const cases: SortLevel[][] = [['1R'], ['1L', '2R'], ['3L', '2L', '1L']]
    for (const levels of cases) expectOrder(keys, levels)
  })
  it('orders rows the same way when the ranks do not fit one number (six levels, many words)', () => {
    const vocab = [...words, ...Array.from({ length: 600 }, (_, i) => `v${i}`)]
    const keys = Array.from({ length: 2000 }, () => randomKeys(vocab))
    expectOrder(keys, ['1R', '2R', '3R', '1L', '2L', '3L'])
  })
  it('interns words found in place, across texts and table growth', () => {
    const table = new SortKeyTable()
    const a = table.wordIdAt('xx policy yy', 3, 9)
    expect(table.wordIdAt('policy', 0, 6)).toBe(a)
    expect(table.wordId('policy')).toBe(a)
    expect(table.wordId('')).toBe(0)
    for (let i = 0; i < 5000; i++) addAsciiSortKeys(table, `the w${i + 1} w${i + 2}`, 0, 3)
    expect(table.wordId('policy')).toBe(a)
    expect(table.size).toBe(5000)
    const order = table.order(['1R'])
    // 1R of row i is w(i+1), and the collation is numeric ("w9" < "w10"): rows stay in order.
    expect([...order]).toEqual(Array.from({ length: 5000 }, (_, i) => i))
    expect([...table.order(['3R'])]).toEqual(Array.from({ length: 5000 }, (_, i) => i))
  })
})

describe('compareAlnum', () => {
  it('orders a–z/0–9 words exactly as the numeric collator with the code-unit tie-break', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
    const chars = 'ab0019z'
    const words = new Set<string>(['a', 'b', '0', '00', '1', '01', '10', '9', 'a9', 'a10', 'a010', 'z'])
    const randomWord = (): string => Array.from({ length: 1 + next(6) }, () => chars[next(chars.length)]).join('')
    while (words.size < 400) words.add(randomWord())
    const list = [...words]
    for (const x of list) {
      for (const y of list) {
        if (x === y) continue
        const want = collator.compare(x, y) || (x < y ? -1 : 1)
        expect([x, y, Math.sign(compareAlnum(x, y))]).toEqual([x, y, want])
      }
    }
  })
})
