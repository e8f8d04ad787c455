import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

function addSegment(db: Db, text: string): number {
  const doc = Number(
    db
      .prepare(
        `INSERT INTO documents (hash, title, language, format, text, char_count, word_count, imported_at)
         VALUES (?, 't', 'zh', 'txt', ?, ?, 0, ?)`
      )
      .run(`h-${text}`, text, text.length, now).lastInsertRowid
  )
  return Number(
    db
      .prepare('INSERT INTO segments (document_id, ordinal, start, end, text) VALUES (?, 0, 0, ?, ?)')
      .run(doc, text.length, text).lastInsertRowid
  )
}

const due = (db: Db): number =>
  (db.prepare('SELECT count(*) AS n FROM concordance_han_backfill').get() as { n: number }).n

describe('migration 006: single Han characters in the concordance', () => {
  it('marks a backfill as due when segments were indexed before it, and none for an empty workspace', () => {
    const empty = openDatabase(':memory:')
    migrate(empty, { to: 5 })
    migrate(empty, { to: 6 })
    expect(schemaVersion(empty)).toBe(6)
    expect(due(empty)).toBe(0)

    const used = openDatabase(':memory:')
    migrate(used, { to: 5 })
    addSegment(used, '发展新质生产力')
    migrate(used, { to: 6 })
    expect(due(used)).toBe(1)
  })

  it('drops a deleted segment from the character table', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 6 })
    const id = addSegment(db, '质')
    db.prepare('INSERT INTO seg_han (rowid, chars) VALUES (?, ?)').run(id, '质')
    const rows = () => (db.prepare("SELECT rowid FROM seg_han WHERE seg_han MATCH '质'").all() as unknown[]).length
    expect(rows()).toBe(1)
    db.prepare('DELETE FROM segments WHERE id = ?').run(id)
    expect(rows()).toBe(0)
  })
})
