import type Database from 'better-sqlite3'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'

import type { ConcordanceRequest } from '../../../src/core/concordance/types'
import { indexPending, rebuildConcordanceIndex } from '../../../src/main/concordance/index-segments'
import { stopRegexRunner } from '../../../src/main/concordance/regex-runner'
import { QueryError, searchConcordance } from '../../../src/main/concordance/search'
import { addDocument, addUnit, openTestDb } from './concordance-db'

let db: Database.Database
const search = (query: string, more: Partial<ConcordanceRequest> = {}) => searchConcordance(db, { query, ...more })
const matches = (query: string, more: Partial<ConcordanceRequest> = {}) =>
  search(query, { limit: 500, ...more }).hits.map((h) => h.match)

beforeEach(() => {
  db = openTestDb()
  addDocument(
    db,
    [
      'New quality productive forces drive high-quality development.',
      'The Forces of the market were forced to adapt, forcing change.',
      'We will foster new quality productive forces, and the reform of the system.',
      'Development of the economy; developments in the region; redevelopment.'
    ],
    { date: '2024-03-05', title: 'Report' }
  )
  addDocument(db, ['发展新质生产力是推动高质量发展的内在要求。', '臺灣的質量發展。', '生产力和生产关系。'], {
    language: 'zh',
    date: '2023-01-10',
    title: '报告'
  })
})

afterAll(() => stopRegexRunner())

describe('searchConcordance: English', () => {
  it('is case-insensitive by default and whole-word', () => {
    expect(matches('forces')).toEqual(['forces', 'Forces', 'forces'])
  })
  it('matches case when asked', () => {
    expect(matches('Forces', { options: { matchCase: true } })).toEqual(['Forces'])
  })
  it('finds inflected forms only with the lemma option', () => {
    expect(matches('force')).toEqual([])
    expect(matches('force', { options: { lemma: true } }).sort()).toEqual(
      ['Forces', 'forced', 'forces', 'forces', 'forcing'].sort()
    )
  })
  it('finds phrases, including across hyphens and punctuation', () => {
    expect(matches('new quality productive forces')).toEqual([
      'New quality productive forces',
      'new quality productive forces'
    ])
    expect(matches('high quality development')).toEqual(['high-quality development'])
    expect(matches('forces and the')).toEqual(['forces, and the'])
  })
  it('expands wildcards: prefix, suffix, infix and a whole-word *', () => {
    expect(matches('develop*')).toEqual(['development', 'Development', 'developments'])
    expect(matches('*development')).toEqual(['development', 'Development', 'redevelopment'])
    expect(matches('de*ments')).toEqual(['developments'])
    expect(matches('the * of')).toEqual(['The Forces of', 'the reform of'])
  })
  it('lists every hit of stop words, paged', () => {
    const all = matches('the')
    expect(all.length).toBe(6)
    const p1 = search('the', { limit: 4 })
    const p2 = search('the', { limit: 4, offset: 4 })
    const first4 = search('the', { limit: 10 }).hits.slice(0, 4)
    expect(p1.hits.map((h) => h.start)).toEqual(first4.map((h) => h.start))
    expect(p2.hits.length).toBe(2)
    expect(search('of the').hits.map((h) => h.match)).toEqual(['of the', 'of the', 'of the'])
  })
  it('treats FTS syntax as text', () => {
    expect(matches('"forces" OR NEAR(the)')).toEqual([])
    expect(matches('forces*)')).toEqual(['forces', 'Forces', 'forces'])
    expect(() => search('^"-+:()')).toThrow(QueryError)
    expect(matches('AND')).toEqual(['and'])
  })
  it('rejects bad input with clear messages', () => {
    expect(() => search('')).toThrow(/Type a word/)
    expect(() => search('  ...!? ')).toThrow(/no letters/)
    expect(() => search('x'.repeat(5000))).toThrow(/5000 characters/)
    expect(() => search('forc(', { options: { regex: true } })).toThrow(/Not a valid regular expression/)
    expect(() => search('(a+)+$', { options: { regex: true } })).toThrow(/could run for ever/)
  })
  it('runs regular expressions', () => {
    expect(matches('\\bforc\\w+', { options: { regex: true } })).toEqual([
      'forces',
      'Forces',
      'forced',
      'forcing',
      'forces'
    ])
  })
  it('bounds a catastrophically backtracking regex in time', () => {
    addDocument(db, ['a'.repeat(3000)])
    const t0 = Date.now()
    const r = search('.*.*.*x', { options: { regex: true } })
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(r.timedOut).toBe(true)
  })
  it('sorts by right then left context', () => {
    const hits = search('the', { sort: ['1R', '1L'] }).hits
    expect(hits.map((h) => h.right.split(/\W+/).filter(Boolean)[0].toLowerCase())).toEqual([
      'economy',
      'forces',
      'market',
      'reform',
      'region',
      'system'
    ])
  })
  it('filters by language, date and document', () => {
    expect(search('发展', { language: 'en' }).total).toBe(0)
    expect(search('forces', { dateFrom: '2024-01-01' }).total).toBe(3)
    expect(search('forces', { dateTo: '2023-12-31' }).total).toBe(0)
    expect(search('forces', { documentIds: [999] }).total).toBe(0)
  })
})

describe('searchConcordance: Chinese', () => {
  it('finds any substring, including single characters', () => {
    expect(matches('新质生产力')).toEqual(['新质生产力'])
    expect(matches('生产力')).toEqual(['生产力', '生产力'])
    expect(matches('质生产')).toEqual(['质生产'])
    expect(matches('质')).toEqual(['质', '质', '質'])
    expect(matches('力')).toEqual(['力', '力'])
  })
  it('is insensitive to simplified/traditional script', () => {
    expect(matches('质量发展')).toEqual(['质量发展', '質量發展'])
    expect(matches('台湾')).toEqual(['臺灣'])
  })
  it('gives KWIC left | match | right', () => {
    const [hit] = search('新质生产力').hits
    expect([hit.left, hit.match, hit.right]).toEqual(['发展', '新质生产力', '是推动高质量发展的内在要求。'])
    expect(hit.text.slice(hit.start, hit.end)).toBe('新质生产力')
  })
})

describe('translation memory scope', () => {
  it('searches both sides and shows the other side', () => {
    addUnit(db, 'Develop new quality productive forces.', '发展新质生产力。')
    const en = search('productive forces', { scope: 'memory' }).hits
    expect(en).toHaveLength(1)
    expect(en[0]).toMatchObject({ kind: 'unit', side: 'source', otherText: '发展新质生产力。' })
    const zh = search('生产力', { scope: 'both' }).hits
    expect(zh.map((h) => h.kind)).toEqual(['segment', 'segment', 'unit'])
    expect(zh[2].otherText).toBe('Develop new quality productive forces.')
    expect(search('生产力', { scope: 'memory', side: 'source' }).total).toBe(0)
  })
})

describe('index maintenance', () => {
  it('indexes new imports incrementally, forgets deleted rows and rebuilds', () => {
    expect(search('incremental').total).toBe(0)
    addDocument(db, ['An incremental import.'])
    expect(search('incremental').total).toBe(1)
    db.prepare("UPDATE segments SET text = 'Nothing here.' WHERE text = 'An incremental import.'").run()
    expect(search('incremental').total).toBe(0)
    db.prepare("DELETE FROM segments WHERE text LIKE '%Forces of the market%'").run()
    expect(matches('forces')).toEqual(['forces', 'forces'])
    expect(indexPending(db)).toBe(0)
    expect(rebuildConcordanceIndex(db).segments).toBe(7)
    expect(matches('forces')).toEqual(['forces', 'forces'])
  })
  it('hides soft-deleted documents', () => {
    db.prepare("UPDATE documents SET deleted_at = '2025-01-02' WHERE title = 'Report'").run()
    expect(search('forces').total).toBe(0)
  })
})

describe('findCollocates', () => {
  it('ranks words near the node by logDice with corpus frequencies', async () => {
    const { findCollocates } = await import('../../../src/main/concordance/collocates')
    addDocument(db, [
      'Green development is key.',
      'They pursue green development.',
      'Green development matters.',
      'Development is slow.',
      'The green field.',
      'Key development goals.'
    ])
    const r = findCollocates(db, { query: 'development', window: 1, minFreq: 2 })
    expect(r.collocates[0].word).toBe('green')
    expect(r.collocates[0].freq).toBe(3)
    expect(r.collocates[0].corpusFreq).toBe(4)
    expect(r.collocates.map((c) => c.word)).not.toContain('development')
  })

  it('shows names as written and leaves out function words unless asked', async () => {
    const { findCollocates } = await import('../../../src/main/concordance/collocates')
    addDocument(db, [
      'President Xi Jinping attended the meeting.',
      'The speech of Xi Jinping was long.',
      'Xi Jinping met the press of the region.'
    ])
    const r = findCollocates(db, { query: 'Xi', window: 3, minFreq: 2 })
    expect(r.collocates.map((c) => c.word)).toEqual(['Jinping'])
    expect(r.collocates[0]).toMatchObject({ freq: 3, corpusFreq: 3 })
    // "The" opens a sentence once: written "the" where case tells something.
    const all = findCollocates(db, { query: 'xi', window: 3, minFreq: 2, functionWords: true })
    expect(all.collocates.map((c) => c.word)).toEqual(['Jinping', 'the'])
  })

  it('gives Chinese words (jieba) around a Chinese node, function words left out unless asked', async () => {
    const { findCollocates } = await import('../../../src/main/concordance/collocates')
    addDocument(
      db,
      [
        '加快发展新质生产力。',
        '因地制宜发展新质生产力。',
        '发展新质生产力是推动高质量发展的内在要求。',
        '坚持高质量发展。',
        '推动经济发展。'
      ],
      { language: 'zh' }
    )
    const r = findCollocates(db, { query: '生产力', window: 4, minFreq: 2 })
    const words = r.collocates.map((c) => c.word)
    expect(words).toContain('发展')
    expect(words.every((w) => /^\p{Script=Han}+$/u.test(w))).toBe(true)
    const fazhan = r.collocates.find((c) => c.word === '发展')
    // Within 4 words of 生产力: once in each of the first two, twice (before and after) in each of the two
    // 发展新质生产力是推动高质量发展… sentences (one in the document of beforeEach).
    expect(fazhan?.freq).toBe(6)
    // Every Chinese segment is read, none sampled: 9 occurrences, 發展 of the traditional segment included.
    expect(fazhan?.corpusFreq).toBe(9)
    expect(r.sampled).toBe(false)
    // 是 and 和 stand next to 生产力 but are function words.
    expect(words).not.toContain('是')
    const all = findCollocates(db, { query: '生产力', window: 4, minFreq: 2, functionWords: true })
    expect(all.collocates.find((c) => c.word === '是')?.freq).toBe(2)
  })
})
