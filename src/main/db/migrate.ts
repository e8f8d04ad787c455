import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Db } from './open-database'

export interface Migration {
  version: number
  name: string
  sql: string
}

export interface MigrateOptions {
  /** Called inside each migration's transaction, before its SQL runs. */
  beforeMigrate?: (from: number, to: number) => void
  /** Stop at this version instead of the newest (tests step through migrations one by one). */
  to?: number
  /** Defaults to the migrations bundled from ./migrations. */
  migrations?: Migration[]
}

export interface MigrateResult {
  from: number
  to: number
  applied: number[]
}

/** The workspace was written by a newer Shuyu; opening it here could corrupt it. */
export class WorkspaceTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly known: number
  ) {
    super(
      `Workspace ${file} was written by a newer Shuyu (schema ${found}, this version knows ${known}); ` +
        'update Shuyu to open it.'
    )
    this.name = 'WorkspaceTooNewError'
  }
}

/** A SQLite file that holds tables but no Shuyu schema version: someone else's database. */
export class NotAWorkspaceError extends Error {
  constructor(readonly file: string) {
    super(`${file} is a SQLite database but not a Shuyu workspace (it has tables and no schema version).`)
    this.name = 'NotAWorkspaceError'
  }
}

const FILE_NAME = /^(\d{3})-([a-z0-9][a-z0-9-]*)\.sql$/

// A migration that rebuilds a table (SQLite's 12-step ALTER) needs foreign keys off, which only
// takes effect outside a transaction; such a migration says so with this marker line.
const FOREIGN_KEYS_OFF = /^--\s*shuyu:foreign-keys-off\s*$/m

/**
 * Turns `{ './migrations/001-name.sql': sql }` into ordered migrations, refusing bad names,
 * duplicate numbers and gaps: a gap would mean a workspace silently skips a schema step.
 */
export function parseMigrations(sources: Record<string, string>): Migration[] {
  const list = Object.entries(sources).map(([path, sql]) => {
    const fileName = path.split('/').pop() ?? path
    const m = FILE_NAME.exec(fileName)
    if (!m) throw new Error(`Migration file name ${fileName} does not match NNN-name.sql`)
    return { version: Number(m[1]), name: m[2], sql }
  })
  list.sort((a, b) => a.version - b.version)
  list.forEach((m, i) => {
    if (m.version === list[i - 1]?.version) throw new Error(`Two migrations are numbered ${m.version}`)
    if (m.version !== i + 1) throw new Error(`Migration numbering has a gap: expected ${i + 1}, found ${m.version}`)
  })
  return list
}

let bundled: Migration[] | undefined

/** The migrations shipped with this build, loaded once. */
export function bundledMigrations(): Migration[] {
  bundled ??= parseMigrations(loadSources())
  return bundled
}

function loadSources(): Record<string, string> {
  try {
    // Vite (the app build and vitest) replaces this call with the inlined file contents.
    return import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true })
  } catch {
    // Plain Node (e.g. `npx tsx` scripts) has no import.meta.glob: read the folder instead.
    const dir = fileURLToPath(new URL('./migrations/', import.meta.url))
    const out: Record<string, string> = {}
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.sql')) out[`./migrations/${f}`] = readFileSync(dir + f, 'utf8')
    }
    return out
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function latestVersion(migrations: Migration[] = bundledMigrations()): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1].version
}

/** Versions that `migrate` would apply; throws WorkspaceTooNewError when the file is too new. */
export function pendingMigrations(db: Db, migrations: Migration[] = bundledMigrations()): Migration[] {
  const current = schemaVersion(db)
  const latest = latestVersion(migrations)
  if (current > latest) throw new WorkspaceTooNewError(db.name, current, latest)
  if (current === 0) {
    const objects = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
    if ((objects.pluck().get() as number) > 0) throw new NotAWorkspaceError(db.name)
  }
  return migrations.filter((m) => m.version > current)
}

/**
 * Brings the schema up to date. Each migration runs in its own IMMEDIATE transaction that also
 * sets user_version, so a failure leaves the file at the previous version, and a second process
 * migrating the same file at the same time waits, then sees the step already done and skips it.
 */
export function migrate(db: Db, opts: MigrateOptions = {}): MigrateResult {
  const migrations = opts.migrations ?? bundledMigrations()
  const target = opts.to ?? latestVersion(migrations)
  const from = schemaVersion(db)
  const applied: number[] = []
  for (const m of pendingMigrations(db, migrations)) {
    if (m.version > target) break
    const fkOff = FOREIGN_KEYS_OFF.test(m.sql)
    if (fkOff) db.pragma('foreign_keys = OFF')
    try {
      const step = db.transaction(() => {
        const now = schemaVersion(db)
        if (now >= m.version) return false
        opts.beforeMigrate?.(now, m.version)
        db.exec(m.sql)
        if (fkOff) {
          const broken = db.pragma('foreign_key_check') as unknown[]
          if (broken.length > 0) throw new Error(`Migration ${m.version} broke ${broken.length} foreign keys`)
        }
        db.pragma(`user_version = ${m.version}`)
        return true
      })
      if (step.immediate()) applied.push(m.version)
    } catch (err) {
      throw new Error(`Migration ${m.version}-${m.name} failed: ${(err as Error).message}`, { cause: err })
    } finally {
      if (fkOff) db.pragma('foreign_keys = ON')
    }
  }
  return { from, to: schemaVersion(db), applied }
}
