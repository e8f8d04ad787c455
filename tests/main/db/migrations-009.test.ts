import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

describe('migration 009: the fuzzy index holds both sides of a unit', () => {
  it('forgets the snapshot token (a source-only snapshot is rebuilt) and logs target edits', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 8 })
    db.prepare("UPDATE tm_fuzzy_state SET token = 'old-snapshot'").run()
    const id = Number(
      db
        .prepare(
          `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, created_at, changed_at)
           VALUES ('en', 'zh-CN', 'Real economy.', '实体经济。', 'typed', ?, ?)`
        )
        .run(now, now).lastInsertRowid
    )
    migrate(db, { to: 9 })
    expect(schemaVersion(db)).toBe(9)
    expect(db.prepare('SELECT token FROM tm_fuzzy_state').pluck().get()).toBe('')
    db.prepare("UPDATE translation_units SET note = 'n' WHERE id = ?").run(id)
    db.prepare("UPDATE translation_units SET target_text = '实体经济' WHERE id = ?").run(id)
    expect(db.prepare('SELECT unit_id FROM tm_fuzzy_log').pluck().all()).toEqual([id])
  })
})
