import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'
import { CANDIDATE_KINDS } from '../../../src/shared/vocabulary'

describe('migration 010: the kind of each mined candidate', () => {
  it("gives rows from before the kind 'term', accepts every declared kind and refuses others", () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 9 })
    const insert = (key: string): void => {
      db.prepare(
        `INSERT INTO candidates (key, term, variants, mined_at, updated_at) VALUES (?, ?, '[]', 'now', 'now')`
      ).run(key, key)
    }
    insert('state council')
    migrate(db, { to: 10 })
    expect(schemaVersion(db)).toBe(10)
    expect(db.prepare("SELECT kind FROM candidates WHERE key = 'state council'").get()).toEqual({ kind: 'term' })
    const setKind = db.prepare("UPDATE candidates SET kind = ? WHERE key = 'state council'")
    for (const kind of CANDIDATE_KINDS) expect(() => setKind.run(kind)).not.toThrow()
    expect(() => setKind.run('organisation')).toThrow(/CHECK/)
  })
})
