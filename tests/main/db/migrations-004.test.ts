import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

function addConcept(db: Db, terms: [lang: string, text: string, ordinal: number][]): number {
  const id = Number(
    db.prepare('INSERT INTO concepts (created_at, modified_at) VALUES (?, ?)').run(now, now).lastInsertRowid
  )
  const insert = db.prepare(
    `INSERT INTO terms (concept_id, lang, text, norm, ordinal, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  for (const [lang, text, ordinal] of terms) insert.run(id, lang, text, text.toLowerCase(), ordinal, now, now)
  return id
}

const sortTerm = (db: Db, id: number) =>
  (db.prepare('SELECT sort_term FROM concepts WHERE id = ?').get(id) as { sort_term: string }).sort_term

describe('migration 004: concept sort key', () => {
  it('backfills the first English term and keeps it current on every term write', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 3 })
    const withEnglish = addConcept(db, [
      ['zh-CN', '高质量发展', 0],
      ['en', 'High-Quality Development', 1]
    ])
    const chineseOnly = addConcept(db, [['zh-CN', '新质生产力', 0]])
    migrate(db, { to: 4 })
    expect(schemaVersion(db)).toBe(4)
    expect(sortTerm(db, withEnglish)).toBe('high-quality development')
    expect(sortTerm(db, chineseOnly)).toBe('新质生产力')

    db.prepare(
      `INSERT INTO terms (concept_id, lang, text, norm, ordinal, created_at, modified_at) VALUES (?, 'en', ?, ?, 0, ?, ?)`
    ).run(chineseOnly, 'New quality productive forces', 'x', now, now)
    expect(sortTerm(db, chineseOnly)).toBe('new quality productive forces')
    db.prepare("UPDATE terms SET text = 'Advanced productive forces' WHERE concept_id = ? AND lang = 'en'").run(
      chineseOnly
    )
    expect(sortTerm(db, chineseOnly)).toBe('advanced productive forces')
    db.prepare("DELETE FROM terms WHERE concept_id = ? AND lang = 'en'").run(chineseOnly)
    expect(sortTerm(db, chineseOnly)).toBe('新质生产力')
  })
})
