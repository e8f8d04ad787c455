import { describe, expect, it } from 'vitest'

import { MiningCancelled, type MiningDocument } from '../../../../src/core/mining/types'
import {
  mergeChineseStats,
  mineChineseCorpus,
  mineChineseDocuments,
  rankChineseStats
} from '../../../../src/core/mining/zh/index'
import { ZH_NO_END, ZH_NO_START } from '../../../../src/core/text/zh-function-words'
import { maxMatchSegmenter } from '../../../helpers/max-match-segmenter'
import { corpus, reference, segmenter, SENTENCES, WORDS } from './helpers'

const ref = reference()

function mine(docs: MiningDocument[] = corpus()) {
  return mineChineseCorpus(docs, segmenter, { reference: ref, limit: 0 })
}

function rankOf(list: { key: string }[], key: string): number {
  const i = list.findIndex((c) => c.key === key)
  return i < 0 ? Infinity : i + 1
}

describe('mineChineseCorpus', () => {
  const result = mine()
  const keys = result.candidates.map((c) => c.key)

  it('puts back together what the segmenter cut apart, above its fragments', () => {
    expect(keys).toContain('新质生产力')
    expect(keys).toContain('供给侧结构性改革')
    expect(keys).toContain('碳达峰碳中和')
    expect(rankOf(result.candidates, '新质生产力')).toBeLessThan(rankOf(result.candidates, '质生产力'))
    expect(rankOf(result.candidates, '新质生产力')).toBeLessThan(rankOf(result.candidates, '新质'))
    expect(rankOf(result.candidates, '碳达峰碳中和')).toBeLessThan(rankOf(result.candidates, '峰碳中和'))
    expect(rankOf(result.candidates, '碳达峰碳中和')).toBeLessThan(rankOf(result.candidates, '达峰碳中和'))
    expect(rankOf(result.candidates, '供给侧结构性改革')).toBeLessThan(rankOf(result.candidates, '侧结构性改革'))
  })

  it('takes quotations, titles, numeral formulae and abbreviations whole', () => {
    // Each seen once or twice, always in quotation marks.
    for (const k of ['放管服', '十四五', '六稳', '六保', '政府工作报告']) expect(keys).toContain(k)
    expect(rankOf(result.candidates, '放管服')).toBeLessThan(rankOf(result.candidates, '放管'))
    expect(rankOf(result.candidates, '放管服')).toBeLessThan(rankOf(result.candidates, '管服'))
  })

  it('never starts or ends a candidate with a function word, punctuation or a number', () => {
    const all = mineChineseCorpus(corpus(), segmenter, { reference: ref, limit: 100_000 }).candidates
    expect(all.length).toBeGreaterThanOrEqual(result.candidates.length)
    const bad = all
      .map((c) => c.key)
      .filter((k) => {
        const words = segmenter.words!(k)
        return /[\p{P}\s\d]/u.test(k) || ZH_NO_START.has(words[0]) || ZH_NO_END.has(words[words.length - 1])
      })
    expect(bad).toEqual([])
  })

  it('lets a candidate end on a function word only where it closes a dictionary word the segmenter split', () => {
    // jieba cuts 碳中和 as 碳/中/和; 中和 ("neutrality") is a word, so 碳中和 may end on 和; 改革和 may not.
    const cut = maxMatchSegmenter(WORDS.filter((w) => w !== '中和'))
    const docs = corpus(SENTENCES.map((s) => s.replace('打好', '改革和')))
    const res = mineChineseCorpus(docs, cut, { reference: reference(), limit: 100_000 })
    const all = res.candidates.map((c) => c.key)
    expect(all).toContain('碳达峰碳中和')
    expect(all.filter((k) => k.endsWith('和') && !k.endsWith('中和'))).toEqual([])
  })

  it('points every occurrence at the exact text of its segment', () => {
    const texts = new Map<number, string>()
    for (const d of corpus()) for (const s of d.segments) texts.set(s.id, s.text)
    for (const c of result.candidates) {
      expect(c.occurrences.length).toBeGreaterThan(0)
      for (const o of c.occurrences) expect(c.variants).toContain(texts.get(o.segmentId)!.slice(o.start, o.end))
    }
  })

  it('scores on the default scale: limit 0 returns exactly the candidates scoring 1 or more', () => {
    const big = mine(corpus([...SENTENCES, ...SENTENCES.map((s) => s.replace('。', '，继续努力。'))]))
    expect(big.candidates.length).toBeGreaterThan(0)
    expect(big.candidates.every((c) => c.score >= 1)).toBe(true)
    const all = mineChineseCorpus(corpus(), segmenter, { reference: ref, limit: 100_000 })
    expect(all.candidates.length).toBeGreaterThanOrEqual(result.candidates.length)
  })

  it('counts documents and Han characters', () => {
    expect(result.documents).toBe(6)
    expect(result.words).toBe(SENTENCES.join('').replace(/[^\u4e00-\u9fff]/g, '').length)
    expect(result.warnings).toEqual([])
  })
})

describe('bad input', () => {
  it('mines traditional-script documents, grouped with the simplified form', () => {
    const docs = corpus()
    docs.push({
      id: 99,
      date: '2024-03-05',
      segments: [
        { id: 9901, text: '加快發展新質生產力，推進供給側結構性改革。' },
        { id: 9902, text: '發展新質生產力是推動高質量發展的內在要求。' }
      ]
    })
    const res = mine(docs)
    const c = res.candidates.find((x) => x.key === '新质生产力')!
    expect(c.freq).toBe(5)
    expect(c.variants).toEqual(['新质生产力', '新質生產力'])
    const trad = c.occurrences.find((o) => o.segmentId === 9901)!
    expect('加快發展新質生產力，推進供給側結構性改革。'.slice(trad.start, trad.end)).toBe('新質生產力')
  })

  it('reads full-width letters and digits as ASCII, and mixes Chinese with English words', () => {
    const line = '加快５Ｇ网络建设，推动ＡＩ应用，加快5G网络建设，推进GDP核算改革，推进gdp核算改革。'
    const res = mineChineseCorpus(
      [
        { id: 1, date: '2020-01-01', segments: [{ id: 1, text: line }] },
        { id: 2, date: '2021-01-01', segments: [{ id: 2, text: line }] }
      ],
      segmenter,
      { reference: ref, limit: 0 }
    )
    const net = res.candidates.find((c) => c.key === '5g网络')
    expect(net?.variants.sort()).toEqual(['5G网络', '５Ｇ网络'])
    expect(res.candidates.find((c) => c.key === 'gdp核算')?.freq).toBe(4)
    // A Latin word alone is no Chinese candidate.
    expect(res.candidates.some((c) => /^[a-z0-9]+$/.test(c.key))).toBe(false)
  })

  it('keeps quantities out: no candidate starts on the unit after a number', () => {
    const res = mine(corpus(SENTENCES.map((s, i) => `${s}粮食产量达到${6000 + i}亿斤，增长${i}.5%。`)))
    expect(res.candidates.filter((c) => /^(亿|斤|亿斤|增长\d)/.test(c.key))).toEqual([])
  })

  it('mines a document of one 200,000-character line in linear time', () => {
    const line = SENTENCES.join('')
      .repeat(Math.ceil(200_000 / SENTENCES.join('').length))
      .slice(0, 200_000)
    const t0 = performance.now()
    const res = mineChineseCorpus([{ id: 1, date: '2024-01-01', segments: [{ id: 1, text: line }] }], segmenter, {
      reference: ref,
      limit: 50
    })
    expect(performance.now() - t0).toBeLessThan(10_000)
    expect(res.candidates.map((c) => c.key)).toContain('新质生产力')
  })

  it('says a Japanese document is not Chinese, and does not mine it', () => {
    const ja: MiningDocument = {
      id: 50,
      segments: [{ id: 5001, text: '新質生産力の発展を加速し、経済の高品質な発展を推進する。' }]
    }
    const res = mine([...corpus(), ja])
    expect(res.documents).toBe(6)
    expect(res.warnings.join(' ')).toMatch(/Japanese/)
    expect(res.candidates.some((c) => c.occurrences.some((o) => o.segmentId === 5001))).toBe(false)
    // A Japanese passage quoted inside a Chinese document is skipped too.
    const mixed = corpus()
    mixed[0].segments.push({ id: 777, text: 'これは日本語の文章です。' })
    expect(mine(mixed).candidates.some((c) => c.occurrences.some((o) => o.segmentId === 777))).toBe(false)
  })

  it('survives empty and malformed input', () => {
    const res = mineChineseCorpus(
      [
        {
          id: 1,
          segments: [
            { id: 1, text: '' },
            { id: 2, text: 'English only.' }
          ]
        }
      ],
      segmenter,
      { reference: ref }
    )
    expect(res.candidates).toEqual([])
    expect(res.warnings.length).toBeGreaterThan(0)
    expect(mineChineseCorpus([], segmenter).candidates).toEqual([])
  })
})

describe('mergeable statistics', () => {
  it('merging chunk stats in document order equals mining the whole corpus at once', () => {
    const docs = corpus([...SENTENCES, ...SENTENCES.slice().reverse()])
    const whole = rankChineseStats(mineChineseDocuments(docs, segmenter, { reference: ref }), ref, { limit: 0 })
    const a = mineChineseDocuments(docs.slice(0, 5), segmenter, { reference: ref })
    const b = mineChineseDocuments(docs.slice(5, 9), segmenter, { reference: ref })
    const c = mineChineseDocuments(docs.slice(9), segmenter, { reference: ref })
    const merged = rankChineseStats(mergeChineseStats(mergeChineseStats(a, b), c), ref, { limit: 0 })
    expect(merged).toEqual(whole)
  })

  it('an incremental run (saved stats + the new documents) equals a full run', () => {
    const docs = corpus([...SENTENCES, ...SENTENCES])
    const full = rankChineseStats(mineChineseDocuments(docs, segmenter, { reference: ref }), ref, { limit: 0 })
    // The stats cross a worker boundary or a snapshot as plain data: structured clone.
    const saved = structuredClone(mineChineseDocuments(docs.slice(0, 8), segmenter, { reference: ref }))
    const next = mineChineseDocuments(docs.slice(8), segmenter, { reference: ref })
    expect(rankChineseStats(mergeChineseStats(saved, next), ref, { limit: 0 })).toEqual(full)
  })
})

describe('progress and cancel', () => {
  it('reports progress in characters up to the total', () => {
    const docs = corpus()
    const total = docs.reduce((a, d) => a + d.segments.reduce((b, s) => b + s.text.length, 0), 0)
    const seen: [number, number][] = []
    mineChineseCorpus(docs, segmenter, { reference: ref, onProgress: (done, all) => seen.push([done, all]) })
    expect(seen.at(-1)).toEqual([total, total])
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThanOrEqual(seen[i - 1][0])
  })

  it('throws MiningCancelled when asked to stop', () => {
    expect(() => mineChineseDocuments(corpus(), segmenter, { reference: ref, isCancelled: () => true })).toThrow(
      MiningCancelled
    )
  })
})
