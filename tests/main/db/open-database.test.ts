import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openDatabase } from '../../../src/main/db/open-database'
import { makeTempDir } from './temp-dir'

describe('openDatabase', () => {
  let tmp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    tmp = makeTempDir()
  })
  afterEach(() => tmp.cleanup())

  it('opens a file in WAL mode with foreign keys, NORMAL sync and a busy timeout', () => {
    const db = openDatabase(join(tmp.dir, 'w.sqlite'))
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.pragma('synchronous', { simple: true })).toBe(1)
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    } finally {
      db.close()
    }
  })

  it('opens :memory: with foreign keys and without WAL', () => {
    const db = openDatabase(':memory:')
    expect(db.pragma('journal_mode', { simple: true })).toBe('memory')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('opens read-only: reads work, writes are refused', () => {
    const file = join(tmp.dir, 'r.sqlite')
    const w = openDatabase(file)
    w.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7)')
    w.close()
    const r = openDatabase(file, { readonly: true })
    try {
      expect(r.prepare('SELECT x FROM t').pluck().get()).toBe(7)
      expect(() => r.exec('INSERT INTO t VALUES (8)')).toThrow(/readonly/i)
    } finally {
      r.close()
    }
  })

  it('refuses a file that is not a database with a message naming it', () => {
    const file = join(tmp.dir, 'notes.sqlite')
    writeFileSync(file, 'this is a text file, not SQLite '.repeat(100))
    expect(() => openDatabase(file)).toThrow(/notes\.sqlite.*not a database/)
  })

  it('refuses a missing file in read-only mode instead of creating it', () => {
    expect(() => openDatabase(join(tmp.dir, 'missing.sqlite'), { readonly: true })).toThrow()
  })
})
