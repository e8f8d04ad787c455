import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

describe('migration 005: collocations stored with a concept', () => {
  it('keeps concepts as they were, holds one row per node and collocate, and goes with its concept', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 4 })
    const id = Number(
      db.prepare('INSERT INTO concepts (created_at, modified_at) VALUES (?, ?)').run(now, now).lastInsertRowid
    )
    migrate(db, { to: 5 })
    expect(schemaVersion(db)).toBe(5)
    const add = db.prepare(
      'INSERT INTO collocations (concept_id, node, word, freq, log_dice, mi, created_at) VALUES (?, ?, ?, 3, 9.5, 4.1, ?)'
    )
    add.run(id, 'productive forces', 'develop', now)
    expect(() => add.run(id, 'productive forces', 'develop', now)).toThrow(/UNIQUE/)
    expect(() => add.run(id + 99, 'x', 'y', now)).toThrow(/FOREIGN KEY/)
    db.prepare('DELETE FROM concepts WHERE id = ?').run(id)
    expect((db.prepare('SELECT count(*) AS n FROM collocations').get() as { n: number }).n).toBe(0)
  })
})
