import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

describe('migration 007: digest of a candidate’s occurrences', () => {
  it('gives candidates from before an empty digest (rewritten on the next run) and keeps their figures', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 6 })
    db.prepare(
      `INSERT INTO candidates (key, term, score, freq, docs, mined_at, updated_at)
       VALUES ('real economy', 'real economy', 2.5, 7, 3, ?, ?)`
    ).run(now, now)
    migrate(db, { to: 7 })
    expect(schemaVersion(db)).toBe(7)
    expect(db.prepare('SELECT term, freq, docs, occurrences_digest FROM candidates').all()).toEqual([
      { term: 'real economy', freq: 7, docs: 3, occurrences_digest: '' }
    ])
  })
})
