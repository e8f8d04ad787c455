import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'
import { dismissalsOf, setDismissed } from '../../../src/main/qa/dismissals-repo'

describe('migration 012: findings marked "not an error", per file', () => {
  it('adds the table without touching what was there, and remembers dismissals by file and finding', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 11 })
    db.prepare("INSERT INTO settings (key, value) VALUES ('ui.lang', 'zh-CN')").run()
    migrate(db, { to: 12 })
    expect(schemaVersion(db)).toBe(12)
    expect(db.prepare("SELECT value FROM settings WHERE key = 'ui.lang'").pluck().get()).toBe('zh-CN')

    const finding = { unit: 'r02', check: 'missing' as const, term: 'food security', found: '' }
    setDismissed(db, 'report.xlf', finding, true)
    setDismissed(db, 'report.xlf', finding, true)
    expect(db.prepare('SELECT count(*) FROM qa_dismissals').pluck().get()).toBe(1)
    expect(dismissalsOf(db, 'report.xlf')(finding)).toBe(true)
    expect(dismissalsOf(db, 'other.xlf')(finding)).toBe(false)
    expect(dismissalsOf(db, 'report.xlf')({ ...finding, found: '粮食' })).toBe(false)
    setDismissed(db, 'report.xlf', finding, false)
    expect(dismissalsOf(db, 'report.xlf')(finding)).toBe(false)
  })

  it('refuses a check that does not exist', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 12 })
    expect(() =>
      db
        .prepare(
          "INSERT INTO qa_dismissals (file, unit, check_name, term, found, created_at) VALUES ('f', 'u', 'spelling', 't', '', 'x')"
        )
        .run()
    ).toThrow(/CHECK constraint/)
  })
})
