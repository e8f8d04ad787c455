/**
 * The team tests run against a real PostgreSQL (never a mock): SHUYU_TEST_PG names a database the tests may
 * connect to with a role that can create databases (.ci/postgres.sh sets it up). Each test file makes its own
 * database and drops it after, so files are independent and may run in parallel.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import pg from 'pg'

import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { createPool } from '../../src/server/db'
import { migratePg } from '../../src/server/migrate'
import { type RunningTeamServer, startTeamServer } from '../../src/server/server'
import { addUser } from '../../src/server/users'
import type { ApiArg, ApiName, ApiResult } from '../../src/shared/api'
import type { TeamRole } from '../../src/shared/team-protocol'

export const TEST_PG = process.env.SHUYU_TEST_PG

/** For describe.skipIf: says once why the PostgreSQL tests do not run. */
export function noPostgres(): boolean {
  if (TEST_PG) return false
  console.warn(
    'SHUYU_TEST_PG is not set: the team tests against PostgreSQL are skipped ' +
      '(`source .ci/postgres.sh` starts PostgreSQL and sets it, as .ci/run does)'
  )
  return true
}

export interface TestDatabase {
  url: string
  drop(): Promise<void>
}

/** A new, empty database on the test server; drop() removes it (after closing every pool on it). */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = `shuyu_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const admin = new pg.Client({ connectionString: TEST_PG })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(TEST_PG as string)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_PG })
      await c.connect()
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await c.end()
      }
    }
  }
}

/** Adds a member and returns their token (migrating a new database first, as `shuyu team user add` does). */
export async function addMember(url: string, name: string, role: TeamRole): Promise<string> {
  const pool = createPool(url, { max: 1 })
  try {
    await migratePg(pool)
    return await addUser(pool, name, role)
  } finally {
    await pool.end()
  }
}

/** `count` server instances over one database, on free ports. */
export async function startInstances(
  url: string,
  count: number,
  opts: { moderated?: boolean } = {}
): Promise<RunningTeamServer[]> {
  const out: RunningTeamServer[] = []
  for (let i = 0; i < count; i++) {
    out.push(await startTeamServer({ pg: url, port: 0, moderated: i === 0 ? opts.moderated : undefined, poolSize: 5 }))
  }
  return out
}

export interface TestWorkspace {
  app: AppContext
  file: string
  call<K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>>
  close(): void
}

/** Workspaces in one temporary folder, each called through the same dispatcher as the app. */
export function workspaceFolder(): { open(name: string): Promise<TestWorkspace>; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'shuyu-team-'))
  const open = async (name: string): Promise<TestWorkspace> => {
    const file = join(dir, `${name}.sqlite`)
    const app = await AppContext.open({ db: file, seedsDir: seedsDir() })
    const handlers = createHandlers(app)
    return {
      app,
      file,
      call: async (op, arg) => {
        const r = await dispatch(app, handlers, op, arg)
        if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, key: r.error.key })
        return r.result as never
      },
      close: () => app.close()
    }
  }
  return { open, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A concept draft with an English term and optional Chinese equivalents. */
export function draft(
  en: string,
  zh: string[] = [],
  extra: { definition?: string; note?: string; domain?: string } = {}
) {
  return {
    terms: [
      { lang: 'en', text: en, status: 'preferred' as const, pos: '', usageNote: '' },
      ...zh.map((text) => ({ lang: 'zh-CN', text, status: 'preferred' as const, pos: '', usageNote: '' }))
    ],
    ...extra
  }
}
