import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'
import { listHistory, recordHistory } from '../../../src/main/workspace/history-repo'

describe('migration 008: a translatable label for each history entry', () => {
  it('keeps older entries as they were (English label, no key) and stores key and parameters of new ones', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 7 })
    db.prepare(
      `INSERT INTO history (at, action, label, before, after) VALUES ('2025-01-01', 'x.old', 'Old change',
      NULL, NULL)`
    ).run()
    migrate(db, { to: 8 })
    expect(schemaVersion(db)).toBe(8)
    const [old] = listHistory(db)
    expect(old.label).toBe('Old change')
    expect(old.labelText).toBeUndefined()
    recordHistory<string>(db, {
      action: 'x.new',
      label: 'Delete “common prosperity”',
      labelText: { key: 'conceptDelete', params: { term: 'common prosperity' } },
      before: null,
      after: null
    })
    const [latest] = listHistory(db)
    expect(latest.labelText).toEqual({ key: 'conceptDelete', params: { term: 'common prosperity' } })
  })
})
