import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

function addUnit(db: Db, source: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, created_at, changed_at)
         VALUES ('en', 'zh-CN', ?, '译文', 'typed', ?, ?)`
      )
      .run(source, now, now).lastInsertRowid
  )
}

const logged = (db: Db): number[] =>
  (db.prepare('SELECT unit_id FROM tm_fuzzy_log ORDER BY seq').all() as { unit_id: number }[]).map((r) => r.unit_id)

describe('migration 003: fuzzy-index log', () => {
  it('keeps the units from before, starts with an empty token, and logs source edits and hard deletes only', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 2 })
    const old = addUnit(db, 'Develop new quality productive forces.')
    migrate(db, { to: 3 })
    expect(schemaVersion(db)).toBe(3)
    expect(db.prepare('SELECT token FROM tm_fuzzy_state').all()).toEqual([{ token: '' }])
    // Units from before need no log entry: the snapshot's "highest id" rule picks them up.
    expect(logged(db)).toEqual([])

    const other = addUnit(db, 'Pursue high-quality development.')
    expect(logged(db)).toEqual([]) // a new unit is found by its id, not by the log
    db.prepare("UPDATE translation_units SET target_text = '新译文', note = 'n' WHERE id = ?").run(old)
    expect(logged(db)).toEqual([]) // the target side and notes are not indexed
    db.prepare("UPDATE translation_units SET source_text = 'Develop new productive forces.' WHERE id = ?").run(old)
    db.prepare("UPDATE translation_units SET source_lang = 'en-GB' WHERE id = ?").run(other)
    db.prepare('DELETE FROM translation_units WHERE id = ?').run(old)
    expect(logged(db)).toEqual([old, other, old])
  })
})
