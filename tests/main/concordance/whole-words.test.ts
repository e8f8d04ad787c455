import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { foldText } from '../../../src/core/concordance/fold'
import { parseQuery } from '../../../src/core/concordance/parse-query'
import { findMatches } from '../../../src/core/concordance/verify-match'
import { wholeWordSpans } from '../../../src/core/concordance/word-boundaries'
import { findCollocates } from '../../../src/main/concordance/collocates'
import { searchConcordance } from '../../../src/main/concordance/search'
import { jiebaSegmenter } from '../../../src/main/text/jieba-segmenter'
import { acceptedChineseTerms, dictionaryVersion } from '../../../src/main/text/term-dictionary'
import type { ConcordanceRequest } from '../../../src/shared/api/concordance'
import { addDocument, addUnit, openTestDb } from './concordance-db'

let db: Database.Database
beforeEach(() => {
  db = openTestDb()
  addDocument(
    db,
    [
      '发展中国家的发展道路各不相同。',
      '我们要加快发展新质生产力。',
      '發展中國家需要發展。',
      '经济发展和社会发展。',
      'Development is a whole word anyway.'
    ],
    { language: 'zh' }
  )
})
afterEach(() => db.close())

const matches = (query: string, more: Partial<ConcordanceRequest> = {}, wholeWords = true) =>
  searchConcordance(db, { query, limit: 500, ...more, options: { wholeWords } }).hits.map(
    (h) => `${h.left.slice(-2)}[${h.match}]${h.right.slice(0, 2)}`
  )

function addTerm(text: string, status = 'preferred', lang = 'zh-CN', deleted = false): void {
  const now = '2025-01-01T00:00:00Z'
  const concept = db
    .prepare('INSERT INTO concepts (created_at, modified_at, deleted_at) VALUES (?, ?, ?)')
    .run(now, now, deleted ? now : null).lastInsertRowid
  db.prepare(
    `INSERT INTO terms (concept_id, lang, text, norm, status, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
  ).run(concept, lang, text, text, status, now, now)
}

describe('Chinese whole-word search', () => {
  it('matches 发展 as a word only, never inside 发展中国家; substrings stay the default', () => {
    expect(matches('发展', {}, false)).toHaveLength(7)
    expect(matches('发展')).toEqual([
      '家的[发展]道路',
      '加快[发展]新质',
      '需要[發展]。',
      '经济[发展]和社',
      '社会[发展]。'
    ])
    expect(matches('发展中国家')).toEqual(['[发展中国家]的发', '[發展中國家]需要'])
    expect(matches('中国')).toEqual([])
    expect(searchConcordance(db, { query: '发展', options: { wholeWords: true }, limit: 1 }).total).toBe(5)
  })

  it('leaves English queries as they were and applies to pinyin queries and the memory', () => {
    expect(matches('development')).toEqual(matches('development', {}, false))
    expect(matches('fazhan', { pinyin: true })).toHaveLength(5)
    addUnit(db, 'Developing countries.', '发展中国家。')
    addUnit(db, 'Development.', '发展。')
    expect(matches('发展', { scope: 'memory' })).toEqual(['[发展]。'])
  })

  it('keeps the accepted Chinese terms of the term base whole, after it changes too', () => {
    // jieba alone cuts 新质生产力 as 新/质/生产力: 生产力 is a word there (and 新质生产力 runs from edge to edge).
    expect(matches('生产力')).toEqual(['新质[生产力]。'])
    expect(matches('质生产力')).toEqual(['展新[质生产力]。'])
    const before = dictionaryVersion()
    addTerm('新质生产力')
    expect(matches('生产力')).toEqual([])
    expect(matches('质生产力')).toEqual([])
    expect(matches('新质生产力')).toEqual(['发展[新质生产力]。'])
    expect(dictionaryVersion()).toBeGreaterThan(before)
    // Collocates of 发展 count the term as one word.
    const colloc = findCollocates(db, { query: '发展', window: 1, minFreq: 1, options: { wholeWords: true } })
    expect(colloc.collocates.map((c) => c.word)).toContain('新质生产力')
  })

  it('takes preferred and admitted Chinese terms of live concepts only', () => {
    addTerm('碳达峰', 'admitted', 'zh')
    addTerm('放管服', 'preferred', 'zh-TW')
    addTerm('旧说法', 'deprecated')
    addTerm('禁用词', 'forbidden')
    addTerm('已删除', 'preferred', 'zh-CN', true)
    addTerm('peak carbon', 'preferred', 'en')
    expect(acceptedChineseTerms(db).sort()).toEqual(['放管服', '碳达峰'].sort())
  })
})

describe('the index of Chinese words', () => {
  const report = [
    '政府工作报告指出，要加快发展新质生产力，扎实推进高质量发展。',
    '发展中国家的经济发展离不开改革开放，中国特色社会主义道路越走越宽广。',
    '我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。',
    '人民群众的获得感、幸福感、安全感更加充实。'
  ]

  it('finds exactly the hits the segmenter gives, for every substring of the text', () => {
    addDocument(db, report, { language: 'zh' })
    const segmenter = jiebaSegmenter({ tags: false })
    const texts = db.prepare('SELECT text FROM segments ORDER BY id').pluck().all() as string[]
    const queries = new Set<string>()
    for (const s of report) {
      const chars = [...s.replace(/[，。、]/g, '')]
      for (let n = 1; n <= 4; n++)
        for (let i = 0; i + n <= chars.length; i += 3) queries.add(chars.slice(i, i + n).join(''))
    }
    expect(queries.size).toBeGreaterThan(80)
    expect(db.prepare('SELECT count(*) FROM seg_zhw').pluck().get()).toBe(0)
    for (const q of queries) {
      const want = texts.flatMap((t) =>
        wholeWordSpans(t, findMatches(t, parseQuery(q)), segmenter, [foldText(q, { matchCase: true })]).map(
          (s) => `${t.slice(s.start, s.end)}@${s.start}`
        )
      )
      const got = searchConcordance(db, { query: q, limit: 500, options: { wholeWords: true } }).hits.map(
        (h) => `${h.match}@${h.start}`
      )
      expect(got, q).toEqual(want)
    }
    // Every segment with Chinese text has its words (the first search indexed them).
    expect(db.prepare('SELECT count(*) FROM seg_zhw').pluck().get()).toBe(8)
  })

  it('reads the words index, not every row holding the characters', () => {
    addDocument(
      db,
      Array.from({ length: 300 }, () => '加快发展中国家的合作。'),
      { language: 'zh' }
    )
    searchConcordance(db, { query: '发展', limit: 1 })
    const rows = (q: string) => db.prepare(`SELECT rowid FROM seg_zhw WHERE seg_zhw MATCH ?`).pluck().all(q) as number[]
    // 发展 stands as a word in 4 rows; 300 more hold it inside 发展中国家.
    expect(rows('"发展"')).toHaveLength(4)
    const whole = () => searchConcordance(db, { query: '发展', options: { wholeWords: true }, limit: 50 })
    expect(whole()).toMatchObject({ total: 5, totalExact: true })
    // What the search reads is the index: a row taken out of it is no longer found.
    db.prepare('DELETE FROM seg_zhw WHERE rowid = ?').run(rows('"发展"')[0])
    expect(whole().total).toBe(4)
  })
})
