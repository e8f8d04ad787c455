import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'

describe('migration 014: the language of each mined candidate', () => {
  it('keeps rows and links as English, makes keys unique per language and refuses other languages', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 13 })
    db.prepare(
      `INSERT INTO candidates (id, key, term, variants, kind, status, mined_at, updated_at, occurrences_digest)
       VALUES (1, 'g20', 'G20', '["G20"]', 'acronym', 'accepted', 'then', 'then', '3:abc'),
              (2, 'g-20', 'G-20', '[]', 'term', 'merged', 'then', 'then', '')`
    ).run()
    db.prepare('UPDATE candidates SET merged_into = 1 WHERE id = 2').run()
    migrate(db, { to: 14 })
    expect(schemaVersion(db)).toBe(14)
    expect(
      db
        .prepare('SELECT id, lang, key, kind, status, merged_into, occurrences_digest FROM candidates ORDER BY id')
        .all()
    ).toEqual([
      {
        id: 1,
        lang: 'en',
        key: 'g20',
        kind: 'acronym',
        status: 'accepted',
        merged_into: null,
        occurrences_digest: '3:abc'
      },
      { id: 2, lang: 'en', key: 'g-20', kind: 'term', status: 'merged', merged_into: 1, occurrences_digest: '' }
    ])
    const insert = db.prepare(
      `INSERT INTO candidates (lang, key, term, mined_at, updated_at) VALUES (?, ?, ?, 'now', 'now')`
    )
    expect(() => insert.run('zh', 'g20', 'G20')).not.toThrow()
    expect(() => insert.run('en', 'g20', 'G20')).toThrow(/UNIQUE/)
    expect(() => insert.run('ja', '経済', '経済')).toThrow(/CHECK/)
    // The self-reference survived the rebuild: deleting the target unlinks the merged row.
    db.prepare('DELETE FROM candidates WHERE id = 1').run()
    expect(db.prepare('SELECT merged_into FROM candidates WHERE id = 2').get()).toEqual({ merged_into: null })
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([])
  })
})
