import type Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'

import { QueryError } from '../../../src/core/concordance/query-error'
import type { ConcordanceRequest } from '../../../src/core/concordance/types'
import { searchConcordance } from '../../../src/main/concordance/search'
import { addDocument, addUnit, openTestDb } from './concordance-db'

let db: Database.Database
const search = (query: string, more: Partial<ConcordanceRequest> = {}) =>
  searchConcordance(db, { query, pinyin: true, limit: 500, ...more })
const matches = (query: string, more: Partial<ConcordanceRequest> = {}) => search(query, more).hits.map((h) => h.match)

beforeAll(() => {
  db = openTestDb()
  addDocument(
    db,
    [
      '发展新质生产力是推动高质量发展的内在要求。',
      '新质生产力已经在实践中形成。',
      '加快形成新质生产力，增强发展新动能。',
      '西安是一座古城，现在发展很快。',
      '新知识和生产力的关系。',
      '我们要方案，不要反感。',
      '请用信纸写信。'
    ],
    { language: 'zh', title: '报告' }
  )
  addDocument(db, ['New quality productive forces (xinzhi shengchanli).'], { language: 'en', title: 'EN' })
  addUnit(db, 'New quality productive forces', '新质生产力')
}, 30_000)

describe('pinyin lookup', () => {
  it('finds 新质生产力 from joined, spaced and run-together pinyin', () => {
    for (const q of ['xinzhi shengchanli', 'xin zhi sheng chan li', 'xinzhishengchanli', 'XinZhi ShengChanLi']) {
      expect(matches(q), q).toEqual(['新质生产力', '新质生产力', '新质生产力'])
    }
  })
  it('reports what the pinyin resolved to, with counts', () => {
    const r = search('xinzhi shengchanli')
    expect(r.pinyin?.syllables).toBe('xin zhi sheng chan li')
    expect(r.pinyin?.strings).toEqual([{ text: '新质生产力', count: 3 }])
    expect(r.total).toBe(3)
    expect(r.totalExact).toBe(true)
  })
  it('finds a two-syllable prefix: xin zhi → 新质 (and 新知, 信纸: the same syllables, other tones)', () => {
    expect(search('xin zhi').pinyin?.strings.map((s) => s.text)).toEqual(['新质', '信纸', '新知'])
    expect(matches('xin zhi')).toEqual(['新质', '新质', '新质', '新知', '信纸'])
  })
  it('honours tones when the query has them', () => {
    // 新质 is xīn zhì, 新知 xīn zhī (知 also has a rare zhì reading), 信纸 xìn zhǐ.
    expect(matches('xin zhi')).toContain('信纸')
    expect(matches('xīnzhì')).not.toContain('信纸')
    expect(matches('xīnzhì').filter((m) => m === '新质')).toHaveLength(3)
    expect(matches('xin1 zhi1')).toEqual(['新知'])
    expect(matches('xin1zhi4').filter((m) => m === '新质')).toHaveLength(3)
    expect(matches('xin4 zhi3')).toEqual(['信纸'])
    expect(matches('xìnzhǐ')).toEqual(['信纸'])
    expect(matches('xin3 zhi4')).toEqual([])
  })
  it("tries every split of ambiguous pinyin: xian → 西安 and 现; xi'an → 西安 only", () => {
    const texts = search('xian').pinyin?.strings.map((s) => s.text) ?? []
    expect(texts).toContain('西安')
    expect(texts).toContain('现')
    expect(search("xi'an").pinyin?.strings.map((s) => s.text)).toEqual(['西安'])
    const fangan = search('fangan').pinyin?.strings.map((s) => s.text) ?? []
    expect(fangan.sort()).toEqual(['反感', '方案'])
  })
  it('searches the memory when asked, showing the other side', () => {
    const hits = search('xinzhi shengchanli', { scope: 'memory' }).hits
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ kind: 'unit', side: 'target', match: '新质生产力' })
    expect(hits[0].otherText).toBe('New quality productive forces')
  })
  it('sorts pinyin hits like any other', () => {
    const r = search('xinzhi shengchanli', { sort: ['1R'] })
    expect(r.hits.map((h) => h.right[0])).toEqual(['，', '已', '是'])
  })
  it('valid pinyin that nothing reads: no hits, no error', () => {
    const r = search('zhuangzhuang')
    expect(r.hits).toEqual([])
    expect(r.pinyin?.strings).toEqual([])
  })
  it('refuses a query that is not pinyin with a not-pinyin QueryError', () => {
    for (const q of ['qqq', 'hello', '新质生产力', 'xin!', '   ']) {
      let error: unknown
      try {
        search(q)
      } catch (e) {
        error = e
      }
      expect(error, q).toBeInstanceOf(QueryError)
      expect((error as QueryError).code, q).toBe(q.trim() ? 'not-pinyin' : 'not-pinyin')
    }
  })
})
