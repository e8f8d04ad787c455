import { describe, expect, it } from 'vitest'

import {
  formatSyllables,
  looksLikePinyin,
  parsePinyin,
  splitPinyin,
  syllableSplits
} from '../../../src/core/concordance/pinyin-query'
import { QueryError } from '../../../src/core/concordance/query-error'

const splits = (q: string): string[] => parsePinyin(q).map(formatSyllables)

describe('splitPinyin: greedy, longest syllable first, backtracking, apostrophe rule', () => {
  it.each([
    ['xinzhishengchanli', ['xin', 'zhi', 'sheng', 'chan', 'li']],
    ['gaozhiliangfazhan', ['gao', 'zhi', 'liang', 'fa', 'zhan']],
    ['xian', ['xian']],
    // zhang + e would need an apostrophe (zhang'e): zhan + ge is the spelling.
    ['zhange', ['zhan', 'ge']],
    ['minge', ['min', 'ge']],
    ['fangan', ['fan', 'gan']],
    // Greedy "xiang" leaves "ong" (not a syllable): backtracking takes xian + gong.
    ['xiangong', ['xian', 'gong']],
    ['zhuangzhuang', ['zhuang', 'zhuang']],
    ['lve', ['lve']],
    ['nue', ['nve']],
    ['er', ['er']]
  ])('%s → %j', (q, want) => {
    expect(splitPinyin(q)).toEqual(want)
  })
  it.each(['qqq', 'hello', 'xyz', 'v'])('%s cannot be split', (q) => {
    expect(splitPinyin(q)).toBeNull()
  })
})

describe('syllableSplits: every split, the greedy one first', () => {
  it('lists both readings of ambiguous runs', () => {
    expect(syllableSplits('xian')).toEqual([[4], [2, 2]])
    // fan'gan (反感) respects the apostrophe rule; fang'an (方案, typed fangan) is kept second.
    expect(syllableSplits('fangan')).toEqual([
      [3, 3],
      [4, 2]
    ])
  })
  it('is bounded for long runs', () => {
    expect(syllableSplits('anananananananananan', 5)).toHaveLength(5)
  })
})

describe('parsePinyin', () => {
  it.each([
    ['xinzhi shengchanli', ['xin zhi sheng chan li']],
    ['xin zhi sheng chan li', ['xin zhi sheng chan li']],
    ['Xin-Zhi', ['xin zhi']],
    // An apostrophe or a space is a boundary: xi'an is two syllables, xian is ambiguous.
    ["xi'an", ['xi an']],
    ['xi an', ['xi an']],
    ['xian', ['xian', 'xi an']],
    ['xi’an', ['xi an']],
    // Tone marks and digits; 5 is the neutral tone (0).
    ['xīnzhì', ['xin1 zhi4']],
    ['xin1zhi4', ['xin1 zhi4']],
    ['xin2', ['xin2']],
    ['de5', ['de0']],
    ['Xīn zhì shēngchǎnlì', ['xin1 zhi4 sheng1 chan3 li4']],
    // ü as ü, v or u:
    ['lüse', ['lü se']],
    ['lvse', ['lü se']],
    ['lu:se', ['lü se']],
    ['nǚ', ['nü3']]
  ])('%s → %j', (q, want) => {
    expect(splits(q).slice(0, (want as string[]).length)).toEqual(want)
  })
  it('keeps the greedy split first and prefers fewer syllables after it', () => {
    const out = splits('xianzai')
    expect(out[0]).toBe('xian zai')
    expect(out).toContain('xi an zai')
  })
  it('refuses a tone mark that falls between two syllables of one split', () => {
    // xiān can only be one syllable: the split xi + ān puts the mark on an, which is fine;
    // but "xīān" has two marks, so only the two-syllable split is possible.
    expect(splits('xīān')).toEqual(['xi1 an1'])
  })
  it.each(['qqq', 'hello', '新质生产力', 'xin!', 'x1', '1', "''", 'xinzhi 新质'])('%s is not pinyin', (q) => {
    let error: unknown
    try {
      parsePinyin(q)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(QueryError)
    expect((error as QueryError).code).toBe('not-pinyin')
  })
  it('refuses more syllables than a phrase has', () => {
    expect(() => parsePinyin('a' + ' a'.repeat(30))).toThrow(/at most/)
  })
  it('looksLikePinyin accepts letters, tones and separators only', () => {
    expect(looksLikePinyin('xīn-zhì 2')).toBe(true)
    expect(looksLikePinyin('新')).toBe(false)
    expect(looksLikePinyin('123')).toBe(false)
  })
})
