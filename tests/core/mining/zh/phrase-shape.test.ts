// Rules of the Chinese ranking that read a candidate's shape and neighbours: a side held by one free word,
// verb phrases read through their parts, phrases without their head noun. Each on sentences written for the
// test, comparing a candidate's raw score with the rule on and off (the rest of the score stays the same).
import { describe, expect, it } from 'vitest'

import type { MiningDocument } from '../../../../src/core/mining/types'
import { chineseReferenceFromCounts, mineChineseDocuments } from '../../../../src/core/mining/zh/index'
import {
  type ChineseScoreParams,
  DEFAULT_CHINESE_SCORE_PARAMS,
  scoreChinese
} from '../../../../src/core/mining/zh/ranking'
import { keyText } from '../../../../src/core/mining/zh/stats'
import { maxMatchSegmenter } from '../../../helpers/max-match-segmenter'

const NOUNS =
  '安全 底线 生产 粮食 能源 网络 食品 数据 基础 设施 基础设施 建设 城乡 居民 收入 公共服务 医疗 教育 科技 体制 ' +
  '改革 文化 市场 环境 制度 农村 水平 工程 质量 人才 队伍'
const WORDS = [
  ...NOUNS.split(' '),
  ...'守住 加强 推进 提高 完善 保障 深化 贯彻 落实 贯彻落实 开放 改革开放 基本 全面'.split(' ')
]
const TAGS: Record<string, string> = {
  守住: 'v',
  加强: 'v',
  推进: 'v',
  提高: 'v',
  完善: 'v',
  保障: 'v',
  贯彻: 'v',
  落实: 'v',
  开放: 'v',
  改革: 'vn',
  基本: 'b',
  全面: 'ad',
  // jieba tags 深化 an abbreviation: its use, opening clauses, says it is a verb.
  深化: 'j'
}

function reference() {
  const counts: Record<string, number> = {}
  const tags: Record<string, string> = {}
  // 贯彻落实 and 改革开放 are dictionary phrases without a count of their own (as many of jieba's).
  for (const w of WORDS) {
    if (w === '贯彻落实' || w === '改革开放') continue
    counts[w] = 20_000
    tags[w] = TAGS[w] ?? 'n'
  }
  counts['底线'] = 300
  return chineseReferenceFromCounts(counts, tags, 60_000_000)
}

/** Policy sentences written for these tests; each year's report holds all of them. */
const SENTENCES = [
  // 底线 always after 安全, and 安全 free: it stands before many other words.
  '守住：安全底线，加强安全生产。',
  '保障粮食安全和能源安全，推进网络安全建设。',
  '加强食品安全，完善数据安全制度。',
  // 设施建设 always after 基础, cut out of the dictionary word 基础设施.
  '加强基础设施建设，提高工程质量。',
  '推进基础设施建设，完善基础设施。',
  // 基础 and 设施 are free elsewhere too.
  '夯实农业基础，加强基础教育，巩固基础研究。',
  '完善公共设施，建设体育设施和文化设施。',
  // 城乡基本 ends on a distinguishing word: it lacks its head.
  '推进城乡基本公共服务，提高城乡居民收入。',
  '完善城乡基本医疗，保障城乡基本教育。',
  // 深化 opens clauses: a predicate.
  '深化科技体制改革，深化文化体制改革。',
  '深化农村改革，深化市场改革。',
  // 贯彻落实 is predicate + predicate; 改革开放 opens on a verbal noun.
  '全面贯彻落实改革开放，推进人才队伍建设。',
  '坚持改革开放，认真贯彻落实。'
]

function corpus(): MiningDocument[] {
  return [2018, 2019, 2020, 2021].map((year, d) => ({
    id: d + 1,
    date: `${year}-03-05`,
    segments: SENTENCES.map((text, k) => ({ id: (d + 1) * 100 + k, text }))
  }))
}

const ref = reference()
const stats = mineChineseDocuments(corpus(), maxMatchSegmenter(WORDS), { reference: ref })

function scores(params: Partial<ChineseScoreParams> = {}): Map<string, number> {
  const out = new Map<string, number>()
  scoreChinese(stats, ref, { ...DEFAULT_CHINESE_SCORE_PARAMS, ...params }, (f) => out.set(keyText(stats, f.i), f.score))
  return out
}

describe('Chinese ranking: shape and neighbours', () => {
  const on = scores()

  it('counts a side held by one free neighbour as free: a head noun used after one modifier stays a term', () => {
    const off = scores({ freeLeftMax: 0, freeRightMax: 0 })
    expect(on.get('底线')!).toBeGreaterThan(5 * off.get('底线')!)
  })

  it('lets a parent that is the candidate plus a free word take none of its occurrences (C-value)', () => {
    const off = scores({ freeParentBond: 0 })
    expect(on.get('底线')!).toBeGreaterThan(off.get('底线')!)
    // 设施建设 inside 基础设施建设 is cut out of a dictionary word: its parent keeps its occurrences.
    expect(on.get('设施建设')).toBeCloseTo(off.get('设施建设')!, 9)
  })

  it('does not free a side whose neighbour forms a dictionary word with the candidate’s edge', () => {
    const off = scores({ freeLeftMax: 0, freeRightMax: 0 })
    expect(on.get('设施建设')).toBeDefined()
    expect(on.get('设施建设')).toBeCloseTo(off.get('设施建设')!, 9)
  })

  it('reads a phrase ending on a distinguishing word as lacking its head noun', () => {
    const off = scores({ modifierHead: 1 })
    expect(on.get('城乡基本')! / off.get('城乡基本')!).toBeCloseTo(DEFAULT_CHINESE_SCORE_PARAMS.modifierHead, 6)
    // A phrase ending on a noun is not touched.
    expect(on.get('城乡居民')).toBeCloseTo(off.get('城乡居民')!, 9)
  })

  it('reads a phrase opening on a word used as a predicate as a verb phrase, whatever the word’s tag', () => {
    const off = scores({ verbStart: 1 })
    expect(on.get('深化科技')! / off.get('深化科技')!).toBeCloseTo(DEFAULT_CHINESE_SCORE_PARAMS.verbStart, 6)
    expect(on.get('科技体制改革')).toBeCloseTo(off.get('科技体制改革')!, 9)
  })

  it('reads a dictionary phrase of predicate + predicate as a verb phrase, not one opening on a verbal noun', () => {
    const off = scores({ predicatePhrase: 1 })
    expect(on.get('贯彻落实')! / off.get('贯彻落实')!).toBeCloseTo(DEFAULT_CHINESE_SCORE_PARAMS.predicatePhrase, 6)
    expect(on.get('改革开放')).toBeCloseTo(off.get('改革开放')!, 9)
  })
})
