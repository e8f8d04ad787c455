import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPool } from '../../src/server/db'
import {
  latestPgVersion,
  migratePg,
  NotATeamDatabaseError,
  parsePgMigrations,
  pgSchemaVersion,
  SchemaTooNewError
} from '../../src/server/migrate'
import { freshDatabase, noPostgres, type TestDatabase } from '../helpers/team'

describe('team migration files', () => {
  it('are numbered without gaps or duplicates', () => {
    expect(() => parsePgMigrations({ './migrations/001-a.sql': '', './migrations/003-b.sql': '' })).toThrow(/gap/)
    expect(() => parsePgMigrations({ './migrations/1-a.sql': '' })).toThrow(/NNN-name/)
    expect(latestPgVersion()).toBeGreaterThanOrEqual(1)
  })
})

describe.skipIf(noPostgres())('the team database schema', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await freshDatabase()
  })
  afterAll(async () => {
    await db?.drop()
  })

  it('is created once when several instances start at the same time, then left alone', async () => {
    const pools = [0, 1, 2].map(() => createPool(db.url, { max: 1 }))
    try {
      const results = await Promise.all(pools.map((p) => migratePg(p)))
      expect(results.filter((r) => r.from === 0)).toHaveLength(1)
      expect(await pgSchemaVersion(pools[0])).toBe(latestPgVersion())
      expect(await migratePg(pools[0])).toEqual({ from: latestPgVersion(), to: latestPgVersion() })
      const team = await pools[0].query('SELECT team_id, moderated FROM team')
      expect(team.rows).toHaveLength(1)
      expect(team.rows[0].team_id).toMatch(/^[0-9a-f-]{36}$/)
    } finally {
      for (const p of pools) await p.end()
    }
  })

  it('refuses a database at a newer schema without writing to it', async () => {
    const pool = createPool(db.url, { max: 1 })
    try {
      await pool.query('UPDATE shuyu_schema SET version = 7')
      const error = await migratePg(pool).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SchemaTooNewError)
      expect((error as Error).message).toContain('schema version 7')
      expect(await pgSchemaVersion(pool)).toBe(7)
      await pool.query('UPDATE shuyu_schema SET version = $1', [latestPgVersion()])
    } finally {
      await pool.end()
    }
  })

  it("refuses a database that holds someone else's tables", async () => {
    const foreign = await freshDatabase()
    const c = new pg.Client({ connectionString: foreign.url })
    await c.connect()
    await c.query('CREATE TABLE invoices (id int)')
    await c.end()
    const pool = createPool(foreign.url, { max: 1 })
    try {
      await expect(migratePg(pool)).rejects.toBeInstanceOf(NotATeamDatabaseError)
      expect(await pgSchemaVersion(pool)).toBe(0)
    } finally {
      await pool.end()
      await foreign.drop()
    }
  })
})
