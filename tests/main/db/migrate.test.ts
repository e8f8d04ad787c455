import { describe, expect, it } from 'vitest'

import {
  bundledMigrations,
  latestVersion,
  migrate,
  type Migration,
  NotAWorkspaceError,
  parseMigrations,
  pendingMigrations,
  schemaVersion,
  WorkspaceTooNewError
} from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'

describe('parseMigrations', () => {
  it('orders migrations by number whatever the input order', () => {
    const list = parseMigrations({ './migrations/002-b.sql': 'B', './migrations/001-a.sql': 'A' })
    expect(list.map((m) => [m.version, m.name, m.sql])).toEqual([
      [1, 'a', 'A'],
      [2, 'b', 'B']
    ])
  })

  it('refuses gaps, duplicates and badly named files', () => {
    expect(() => parseMigrations({ '001-a.sql': '', '003-c.sql': '' })).toThrow(/gap: expected 2, found 3/)
    expect(() => parseMigrations({ '002-a.sql': '' })).toThrow(/gap: expected 1/)
    expect(() => parseMigrations({ '001-a.sql': '', '001-b.sql': '' })).toThrow(/Two migrations are numbered 1/)
    expect(() => parseMigrations({ '1-a.sql': '' })).toThrow(/does not match/)
    expect(() => parseMigrations({ '001 initial.sql': '' })).toThrow(/does not match/)
  })
})

describe('bundled migrations', () => {
  it('are found by the glob, numbered from 1, and all apply cleanly to a new workspace', () => {
    const list = bundledMigrations()
    expect(list[0]).toMatchObject({ version: 1, name: 'initial-schema' })
    const db = openDatabase(':memory:')
    const seen: [number, number][] = []
    const res = migrate(db, { beforeMigrate: (from, to) => seen.push([from, to]) })
    expect(res).toEqual({ from: 0, to: latestVersion(), applied: list.map((m) => m.version) })
    expect(seen[0]).toEqual([0, 1])
    expect(seen).toHaveLength(list.length)
    expect(db.pragma('foreign_key_check')).toEqual([])
    // A second run has nothing to do.
    expect(migrate(db).applied).toEqual([])
    db.close()
  })
})

const testMigrations: Migration[] = [
  { version: 1, name: 'one', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT NOT NULL)' },
  { version: 2, name: 'two', sql: "INSERT INTO a (x) VALUES ('two'); CREATE TABLE b (y INTEGER)" },
  { version: 3, name: 'broken', sql: "INSERT INTO a (x) VALUES ('three'); CREATE TABLE a (z TEXT)" }
]

describe('migrate', () => {
  it('steps to a chosen version so a test can insert rows between migrations', () => {
    const db = openDatabase(':memory:')
    migrate(db, { migrations: testMigrations, to: 1 })
    expect(schemaVersion(db)).toBe(1)
    db.exec("INSERT INTO a (x) VALUES ('one')")
    migrate(db, { migrations: testMigrations.slice(0, 2) })
    expect(schemaVersion(db)).toBe(2)
    expect(db.prepare('SELECT x FROM a ORDER BY id').pluck().all()).toEqual(['one', 'two'])
    db.close()
  })

  it('rolls a failing migration back completely and keeps the previous version', () => {
    const db = openDatabase(':memory:')
    migrate(db, { migrations: testMigrations, to: 2 })
    expect(() => migrate(db, { migrations: testMigrations })).toThrow(/Migration 3-broken failed/)
    expect(schemaVersion(db)).toBe(2)
    expect(db.prepare('SELECT x FROM a ORDER BY id').pluck().all()).toEqual(['two'])
    db.close()
  })

  it('refuses a workspace written by a newer Shuyu and changes nothing', () => {
    const db = openDatabase(':memory:')
    db.pragma('user_version = 999')
    let err: unknown
    try {
      migrate(db)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(WorkspaceTooNewError)
    expect((err as Error).message).toMatch(
      new RegExp(`newer Shuyu \\(schema 999, this version knows ${latestVersion()}\\); update Shuyu`)
    )
    expect(schemaVersion(db)).toBe(999)
    expect(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBe(0)
    db.close()
  })

  it('refuses a foreign SQLite database instead of adding Shuyu tables to it', () => {
    const db = openDatabase(':memory:')
    db.exec('CREATE TABLE invoices (id INTEGER)')
    expect(() => pendingMigrations(db)).toThrow(NotAWorkspaceError)
    expect(() => migrate(db)).toThrow(/not a Shuyu workspace/)
    db.close()
  })

  it('runs a table rebuild with foreign keys off when the migration asks, and checks them after', () => {
    const rebuild: Migration[] = [
      {
        version: 1,
        name: 'base',
        sql: `CREATE TABLE p (id INTEGER PRIMARY KEY);
              CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id) ON DELETE CASCADE);
              INSERT INTO p VALUES (1); INSERT INTO c VALUES (10, 1);`
      },
      {
        version: 2,
        name: 'rebuild-p',
        sql: `-- shuyu:foreign-keys-off
              CREATE TABLE p_new (id INTEGER PRIMARY KEY, label TEXT NOT NULL DEFAULT '');
              INSERT INTO p_new (id) SELECT id FROM p;
              DROP TABLE p;
              ALTER TABLE p_new RENAME TO p;`
      }
    ]
    const db = openDatabase(':memory:')
    migrate(db, { migrations: rebuild })
    // With foreign keys on, DROP TABLE p would have cascaded into c.
    expect(db.prepare('SELECT count(*) FROM c').pluck().get()).toBe(1)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })
})
