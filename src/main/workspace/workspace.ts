import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

import type { BackupInfo } from '../../shared/models'
// Also registers the document undo actions for every process that opens a workspace.
import { countDocuments } from '../corpus/documents-repo'
import { backupDatabase, listBackups, restoreBackup, shouldDailyBackup } from '../db/backup'
import { migrate, type Migration, pendingMigrations, schemaVersion } from '../db/migrate'
import { type Db, openDatabase } from '../db/open-database'
import { writeIfFree } from '../db/write-lock'
import { backupsDirFor } from './paths'
import { getSetting, setSetting } from './settings-repo'

export const LAST_BACKUP_KEY = 'last_backup_at'

export interface WorkspaceOpenOptions {
  isDefault: boolean
  /** Where the default corpus lives; kept for the corpus importer, which seeds new workspaces. */
  seedsDir?: string
  /** Defaults to `backups/` next to the workspace file. */
  backupsDir?: string
  nativeBinding?: string
  /** Clock seam for tests of the daily backup. */
  now?: () => Date
  /** Test seam: the schema steps to apply instead of the bundled migrations. */
  migrations?: Migration[]
}

export interface WorkspaceSettings {
  get(key: string): string | null
  set(key: string, value: string): void
}

/**
 * Opens the file and brings its schema up to date. A workspace with data and pending migrations
 * is backed up first (a failed or buggy migration must never cost the user their term base); a
 * file from a newer Shuyu is refused before anything is written. `fresh` is true for a file at
 * schema 0, which `pendingMigrations` guarantees is empty: new, zero bytes, or a first creation
 * that was interrupted before its first migration committed.
 */
async function openAndMigrate(
  path: string,
  opts: WorkspaceOpenOptions,
  backupsDir: string
): Promise<{ db: Db; fresh: boolean; backedUp: boolean }> {
  const db = openDatabase(path, { nativeBinding: opts.nativeBinding })
  try {
    const pending = pendingMigrations(db, opts.migrations)
    const fresh = schemaVersion(db) === 0
    let backedUp = false
    if (!fresh && pending.length > 0) {
      const to = pending[pending.length - 1].version
      await backupDatabase(db, backupsDir, `before-schema-${to}`, { now: opts.now?.() })
      backedUp = true
    }
    migrate(db, { migrations: opts.migrations })
    return { db, fresh, backedUp }
  } catch (err) {
    db.close()
    throw err
  }
}

/** One open workspace file: the connection plus the file-level chores (migrations, backups). */
export class Workspace {
  readonly settings: WorkspaceSettings
  private current: Db | null

  private constructor(
    db: Db,
    readonly file: string,
    readonly isDefault: boolean,
    /** True when the workspace had no schema yet (a new or empty file): the caller seeds it. */
    readonly createdNow: boolean,
    readonly backupsDir: string,
    private readonly opts: WorkspaceOpenOptions
  ) {
    this.current = db
    this.settings = {
      get: (key) => getSetting(this.db, key),
      set: (key, value) => setSetting(this.db, key, value)
    }
  }

  /** Opens or creates a workspace (parent folders included), migrates it, makes the daily backup. */
  static async open(file: string, opts: WorkspaceOpenOptions): Promise<Workspace> {
    const path = resolve(file)
    mkdirSync(dirname(path), { recursive: true })
    const backupsDir = opts.backupsDir ?? backupsDirFor(path)
    const { db, fresh: createdNow, backedUp } = await openAndMigrate(path, opts, backupsDir)
    const ws = new Workspace(db, path, opts.isDefault, createdNow, backupsDir, opts)
    if (backedUp) ws.settings.set(LAST_BACKUP_KEY, ws.now().toISOString())
    // A brand-new workspace has nothing worth keeping yet; its first daily backup is next time.
    else if (!createdNow) await ws.dailyBackup()
    return ws
  }

  /** The open connection; throws after close() so a stale handle fails loudly. */
  get db(): Db {
    if (!this.current) throw new Error(`Workspace ${this.file} is closed`)
    return this.current
  }

  get seedsDir(): string | undefined {
    return this.opts.seedsDir
  }

  get isOpen(): boolean {
    return this.current !== null
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date()
  }

  /** Backs up when none was made today. A failure is reported but does not stop the app opening. */
  async dailyBackup(): Promise<BackupInfo | null> {
    const now = this.now()
    if (!shouldDailyBackup(this.settings.get(LAST_BACKUP_KEY), now)) return null
    try {
      const info = await backupDatabase(this.db, this.backupsDir, 'daily', { now })
      // Never waits for the write lock (another process may be importing for minutes): unrecorded, the
      // next open simply backs up again.
      writeIfFree(this.db, () => this.settings.set(LAST_BACKUP_KEY, now.toISOString()))
      return info
    } catch (err) {
      console.warn(`Shuyu: daily backup of ${this.file} failed: ${(err as Error).message}`)
      return null
    }
  }

  backup(reason = 'manual'): Promise<BackupInfo> {
    return backupDatabase(this.db, this.backupsDir, reason, { now: this.now() })
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.backupsDir, this.file)
  }

  /**
   * Replaces the workspace with one of its backups, in place: this object stays the workspace
   * (callers holding it keep working) with a fresh connection on the restored file. The current
   * state is backed up first; that safety backup is returned. If the restore fails the original
   * file is reopened and the error rethrown.
   */
  async restoreFrom(backupFile: string): Promise<BackupInfo | null> {
    this.close()
    let safety: BackupInfo | null = null
    let failure: unknown
    try {
      safety = await restoreBackup({
        workspaceFile: this.file,
        backupFile,
        backupsDir: this.backupsDir,
        nativeBinding: this.opts.nativeBinding,
        now: this.now()
      })
    } catch (err) {
      failure = err
    }
    // Backups of this workspace are never newer than this Shuyu, but may be older: migrate.
    this.current = (await openAndMigrate(this.file, this.opts, this.backupsDir)).db
    if (failure) throw failure
    return safety
  }

  schemaVersion(): number {
    return schemaVersion(this.db)
  }

  documentCount(): number {
    return countDocuments(this.db)
  }

  /** Closing checkpoints the WAL into the main file, so the file alone is the whole workspace. */
  close(): void {
    this.current?.close()
    this.current = null
  }
}
