import { describe, expect, it } from 'vitest'

import type { MiningDocument } from '../../../src/core/mining/types'
import { mineChineseCorpus } from '../../../src/core/mining/zh/index'
import { loadChineseReference } from '../../../src/main/mining/load-zh-reference'
import { jiebaSegmenter } from '../../../src/main/text/jieba-segmenter'
import { SENTENCES } from '../../core/mining/zh/helpers'

// The core tests' hand-written policy sentences, mined as the app will: jieba (HMM off, no tags) and the
// shipped general-Chinese reference.
const segmenter = jiebaSegmenter({ tags: false })
const reference = loadChineseReference()

function corpus(sentences: string[]): MiningDocument[] {
  const docs: MiningDocument[] = []
  for (let i = 0; i < sentences.length; i += 3) {
    docs.push({
      id: i + 1,
      date: `${2015 + i / 3}-03-05`,
      segments: sentences.slice(i, i + 3).map((text, k) => ({ id: i * 10 + k, text }))
    })
  }
  return docs
}

describe('Chinese mining with jieba and the shipped reference', () => {
  const result = mineChineseCorpus(corpus([...SENTENCES, ...SENTENCES.slice(6)]), segmenter, { reference, limit: 0 })
  const rank = (k: string) => {
    const i = result.candidates.findIndex((c) => c.key === k)
    return i < 0 ? Infinity : i + 1
  }

  it('keeps the compounds jieba cuts apart whole, above their fragments', () => {
    for (const term of ['新质生产力', '碳达峰碳中和', '供给侧结构性改革', '放管服']) expect(rank(term)).toBeLessThan(30)
    expect(rank('新质生产力')).toBeLessThan(rank('质生产力'))
    expect(rank('碳达峰碳中和')).toBeLessThan(rank('碳达峰碳'))
    expect(rank('碳达峰碳中和')).toBeLessThan(rank('峰碳中和'))
  })

  it('finds quoted formulae and abbreviations', () => {
    for (const term of ['十四五', '六稳', '六保']) expect(rank(term)).toBeLessThan(Infinity)
  })

  it('groups traditional and simplified writing, and skips Japanese', () => {
    const docs = corpus(SENTENCES)
    docs.push({ id: 500, date: '2024-03-05', segments: [{ id: 5000, text: '加快發展新質生產力，推進碳達峰碳中和。' }] })
    docs.push({ id: 501, segments: [{ id: 5010, text: '新質生産力の発展を加速し、経済の高品質な発展を推進する。' }] })
    const res = mineChineseCorpus(docs, segmenter, { reference, limit: 0 })
    const nqpf = res.candidates.find((c) => c.key === '新质生产力')
    expect(nqpf?.variants).toContain('新質生產力')
    expect(res.warnings.join(' ')).toMatch(/Japanese/)
    expect(res.candidates.some((c) => c.occurrences.some((o) => o.segmentId === 5010))).toBe(false)
  })
})
