/**
 * Numbered PostgreSQL migrations (migrations/NNN-name.sql), applied in order in one transaction under an
 * advisory lock, so several instances starting at once migrate once. A database at a newer schema than this
 * build knows is refused, before anything is written.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Client, Pool } from './db'

export interface PgMigration {
  version: number
  name: string
  sql: string
}

const FILE_NAME = /^(\d{3})-([a-z0-9][a-z0-9-]*)\.sql$/
const MIGRATION_LOCK = 7413502200

export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number
  ) {
    super(
      `The team database is at schema version ${found}, but this Shuyu knows versions up to ${known}: ` +
        'a newer Shuyu has upgraded it. Update Shuyu on every server instance; nothing was changed.'
    )
    this.name = 'SchemaTooNewError'
  }
}

export class NotATeamDatabaseError extends Error {
  constructor() {
    super(
      'The PostgreSQL database has tables but no Shuyu team schema: it belongs to something else. ' +
        'Give the team server a database of its own (CREATE DATABASE …); nothing was changed.'
    )
    this.name = 'NotATeamDatabaseError'
  }
}

export function parsePgMigrations(sources: Record<string, string>): PgMigration[] {
  const list = Object.entries(sources).map(([path, sql]) => {
    const fileName = path.split('/').pop() ?? path
    const m = FILE_NAME.exec(fileName)
    if (!m) throw new Error(`Migration file name ${fileName} does not match NNN-name.sql`)
    return { version: Number(m[1]), name: m[2], sql }
  })
  list.sort((a, b) => a.version - b.version)
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Team migration numbering has a gap or a duplicate at ${m.version}`)
  })
  return list
}

let bundled: PgMigration[] | undefined

export function bundledPgMigrations(): PgMigration[] {
  bundled ??= parsePgMigrations(loadSources())
  return bundled
}

function loadSources(): Record<string, string> {
  try {
    // Vite (the build and vitest) inlines the files here.
    return import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true })
  } catch {
    const dir = fileURLToPath(new URL('./migrations/', import.meta.url))
    const out: Record<string, string> = {}
    for (const f of readdirSync(dir)) if (f.endsWith('.sql')) out[`./migrations/${f}`] = readFileSync(dir + f, 'utf8')
    return out
  }
}

export const latestPgVersion = (migrations = bundledPgMigrations()): number => migrations.length

/** The schema version of the database (0: none yet). */
export async function pgSchemaVersion(client: Client | Pool): Promise<number> {
  const exists = await client.query("SELECT to_regclass('shuyu_schema') IS NOT NULL AS ok")
  if (!exists.rows[0].ok) return 0
  const row = await client.query('SELECT version FROM shuyu_schema')
  return row.rows[0]?.version ?? 0
}

export interface PgMigrateResult {
  from: number
  to: number
}

/** Brings the database to this build's schema; refuses a newer one or someone else's database. */
export async function migratePg(pool: Pool, migrations = bundledPgMigrations()): Promise<PgMigrateResult> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    const from = await pgSchemaVersion(client)
    const latest = latestPgVersion(migrations)
    if (from > latest) throw new SchemaTooNewError(from, latest)
    if (from === 0) {
      const tables = await client.query('SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()')
      if (tables.rows[0].n > 0) throw new NotATeamDatabaseError()
      await client.query('CREATE TABLE shuyu_schema (version int NOT NULL)')
      await client.query('INSERT INTO shuyu_schema (version) VALUES (0)')
    }
    for (const m of migrations.filter((m) => m.version > from)) {
      try {
        await client.query(m.sql)
      } catch (error) {
        throw new Error(`Team migration ${m.version}-${m.name} failed: ${(error as Error).message}`, { cause: error })
      }
      await client.query('UPDATE shuyu_schema SET version = $1', [m.version])
    }
    await client.query('COMMIT')
    return { from, to: Math.max(from, latest) }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/** For writers: the schema may have moved on under a running instance (another instance was upgraded). */
export async function assertSchemaKnown(client: Client): Promise<void> {
  const found = await pgSchemaVersion(client)
  const known = latestPgVersion()
  if (found > known) throw new SchemaTooNewError(found, known)
}
