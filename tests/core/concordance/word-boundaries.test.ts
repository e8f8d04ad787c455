import { describe, expect, it } from 'vitest'

import { CollocateCounts } from '../../../src/core/concordance/collocates'
import { addHanWindow, hanWords } from '../../../src/core/concordance/han-words'
import { parseQuery } from '../../../src/core/concordance/parse-query'
import { findMatches } from '../../../src/core/concordance/verify-match'
import { REACH, stretchAround, wholeWordSpans } from '../../../src/core/concordance/word-boundaries'
import { compositions, phrasesQuery } from '../../../src/core/concordance/word-compositions'
import type { Segmenter } from '../../../src/core/text/segmenter'
import { isZhFunctionWord } from '../../../src/core/text/zh-function-words'
import { maxMatchSegmenter } from '../../helpers/max-match-segmenter'

const seg = maxMatchSegmenter([
  '发展',
  '发展中国家',
  '中国',
  '特色',
  '道路',
  '加快',
  '生产力',
  '高质量',
  '推动',
  '经济',
  '天天',
  '天蓝',
  '习近平',
  '主席'
])

/** Whole-word spans of a Chinese query in a text, as the concordance verifies them. */
function whole(text: string, query: string, segmenter: Segmenter = seg): string[] {
  const parsed = parseQuery(query)
  const spans = findMatches(text, parsed)
  const strings = parsed.terms.length === 1 && parsed.terms[0].kind === 'han' ? [parsed.terms[0].norm] : undefined
  return wholeWordSpans(text, spans, segmenter, strings).map((s) => `${s.start}:${text.slice(s.start, s.end)}`)
}

describe('whole Chinese words', () => {
  it('finds 发展 as a word, never inside 发展中国家', () => {
    const text = '发展中国家的发展道路。'
    expect(findMatches(text, parseQuery('发展')).length).toBe(2)
    expect(whole(text, '发展')).toEqual(['6:发展'])
    expect(whole(text, '发展中国家')).toEqual(['0:发展中国家'])
    expect(whole(text, '中国')).toEqual([])
  })

  it('tries overlapping occurrences: the word may be the second of two', () => {
    // 今天/天天: the substring search keeps 天天 at 1 (inside 今天…) and skips the overlapping one at 2.
    const other = maxMatchSegmenter(['今天', '天天'])
    expect(findMatches('今天天天', parseQuery('天天')).map((s) => s.start)).toEqual([1])
    expect(whole('今天天天', '天天', other)).toEqual(['2:天天'])
  })

  it('reads traditional text through its simplified fold, offsets unchanged', () => {
    expect(whole('習近平主席出席會議', '习近平')).toEqual(['0:習近平'])
    expect(whole('習近平主席', '近平')).toEqual([])
  })

  it('checks only the Chinese ends of a mixed query', () => {
    const mixed = maxMatchSegmenter(['网络', '网络化'])
    expect(whole('5G网络建设', '5G网络', mixed)).toEqual(['0:5G网络'])
    expect(whole('5G网络化', '5G网络', mixed)).toEqual([])
  })

  it('works with a segmenter that has no fast path', () => {
    const slow: Segmenter = { segment: (t) => seg.segment(t) }
    expect(whole('发展中国家的发展道路。', '发展', slow)).toEqual(['6:发展'])
  })

  it('segments only a stretch around the hit that ends where jieba blocks end', () => {
    const text = '一二三，发展中国家。四五六'
    expect(stretchAround(text, 4, 6)).toEqual({ start: 4, end: 9 })
    const long = '甲'.repeat(200)
    expect(stretchAround(long, 100, 102)).toEqual({ start: 100 - REACH, end: 102 + REACH })
    // What the segmenter is given: the stretch, never the whole text.
    const seen: string[] = []
    const spy: Segmenter = {
      segment: (t) => seg.segment(t),
      words: (t) => {
        seen.push(t)
        return seg.words!(t)
      }
    }
    whole(`${'乙'.repeat(300)}。发展道路。${'丙'.repeat(300)}`, '发展', spy)
    expect(seen).toEqual(['发展道路'])
  })
})

describe('Chinese collocate windows', () => {
  it('counts the words around the whole word a hit lies in', () => {
    const counts = new CollocateCounts()
    // A substring hit of 发展 inside 发展中国家: its neighbours are those of the whole word, not 中国.
    addHanWindow('推动发展中国家的经济发展。', 2, 4, 2, counts, seg)
    expect([...counts.counts.keys()]).toEqual(['推动', '的', '经济'])
  })

  it('counts function words as positions; the filter drops them after', () => {
    const counts = new CollocateCounts()
    addHanWindow('加快发展的道路和高质量发展', 2, 4, 3, counts, seg)
    expect([...counts.counts.keys()]).toEqual(['加快', '的', '道路', '和'])
    counts.dropWhere(isZhFunctionWord)
    expect([...counts.counts.keys()]).toEqual(['加快', '道路'])
  })

  it('shows a word as the text writes it, counted by its simplified form', () => {
    const counts = new CollocateCounts()
    addHanWindow('習近平主席', 0, 3, 2, counts, seg)
    addHanWindow('习近平主席', 0, 3, 2, counts, seg)
    addHanWindow('习近平主席', 0, 3, 2, counts, seg)
    expect(counts.counts.get('主席')).toBe(3)
    expect(counts.form('主席')).toBe('主席')
  })

  it('lists the Chinese words of a text, folded', () => {
    expect(hanWords('發展中国家 GDP 的发展。', seg)).toEqual(['发展中国家', '的', '发展'])
  })
})

describe('cuts of a Chinese string into words', () => {
  it('lists every cut into dictionary words and single characters, in order', () => {
    const words = new Set(['新质', '生产', '生产力'])
    expect(compositions('新质生产力', words)?.map((c) => c.join('/'))).toEqual([
      '新/质/生/产/力',
      '新/质/生产/力',
      '新/质/生产力',
      '新质/生/产/力',
      '新质/生产/力',
      '新质/生产力'
    ])
    expect(compositions('𠀀发', new Set())).toEqual([['𠀀', '发']])
  })

  it('gives up past the cap, and quotes the cuts as FTS phrases', () => {
    expect(
      compositions('一二三四五六七八', new Set(['一二', '三四', '五六', '七八', '二三', '四五', '六七']), 10)
    ).toBeNull()
    expect(
      phrasesQuery([
        ['新质', '生产力'],
        ['新', '质']
      ])
    ).toBe('"新质 生产力" OR "新 质"')
  })
})
