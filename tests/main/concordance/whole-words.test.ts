import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { findCollocates } from '../../../src/main/concordance/collocates'
import { searchConcordance } from '../../../src/main/concordance/search'
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
