import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

import Database from 'better-sqlite3'

import type { BackupInfo } from '../../shared/models'
import { type Db, openDatabase } from './open-database'

/** How many backups of one workspace are kept; older ones are pruned after each new backup. */
export const KEEP_BACKUPS = 20

const SQLITE_EXT = /\.(sqlite3?|db)$/i

/** `workspace.shuyu.sqlite` → `workspace.shuyu`: the prefix of that workspace's backup files. */
export function backupBaseName(workspaceFile: string): string {
  if (workspaceFile === ':memory:' || workspaceFile === '') return 'memory'
  return basename(workspaceFile).replace(SQLITE_EXT, '')
}

// UTC, so names sort in time order and do not jump when the clock changes for summer time.
function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0')
  return (
    `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-` +
    `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`
  )
}

function cleanReason(reason: string): string {
  const r = reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return r === '' ? 'manual' : r.slice(0, 40)
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function namePattern(workspaceFile: string): RegExp {
  const base = escapeRegExp(backupBaseName(workspaceFile))
  // An optional `.N` before the extension separates two backups taken in the same second.
  return new RegExp(`^${base}-(\\d{8})-(\\d{6})-([a-z0-9-]+?)(?:\\.(\\d+))?\\.sqlite$`)
}

interface ParsedName {
  createdAt: string
  reason: string
  sortKey: string
}

function parseName(name: string, pattern: RegExp): ParsedName | null {
  const m = pattern.exec(name)
  if (!m) return null
  const [, day, time, reason, seq] = m
  const iso =
    `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T` +
    `${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.000Z`
  return { createdAt: iso, reason, sortKey: `${day}${time}.${(seq ?? '0').padStart(6, '0')}` }
}

/** Backups of `workspaceFile` found in `dir`, newest first. */
export function listBackups(dir: string, workspaceFile: string): BackupInfo[] {
  if (!existsSync(dir)) return []
  const pattern = namePattern(workspaceFile)
  const found: (BackupInfo & { sortKey: string })[] = []
  for (const name of readdirSync(dir)) {
    const parsed = parseName(name, pattern)
    if (!parsed) continue
    const file = join(dir, name)
    found.push({
      file,
      createdAt: parsed.createdAt,
      bytes: statSync(file).size,
      reason: parsed.reason,
      sortKey: parsed.sortKey
    })
  }
  found.sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0))
  return found.map(({ sortKey: _sortKey, ...info }) => info)
}

/** Deletes all but the newest `keep` backups of `workspaceFile`; returns the deleted files. */
export function pruneBackups(dir: string, workspaceFile: string, keep = KEEP_BACKUPS): string[] {
  const old = listBackups(dir, workspaceFile).slice(keep)
  for (const b of old) {
    for (const f of [b.file, `${b.file}-wal`, `${b.file}-shm`, `${b.file}-journal`]) rmSync(f, { force: true })
  }
  return old.map((b) => b.file)
}

export interface BackupOptions {
  now?: Date
  keep?: number
  /** Names the backups; defaults to db.name (use it for in-memory databases). */
  workspaceFile?: string
}

/**
 * Copies the live database with SQLite's online backup API (a consistent snapshot even while
 * the app writes, WAL content included) into `<dir>/<base>-<yyyyMMdd-HHmmss>-<reason>.sqlite`,
 * then prunes old backups. The copy is written under a temporary name and renamed, so a crash
 * mid-copy never leaves a truncated file that looks like a backup.
 */
export async function backupDatabase(
  db: Db,
  dir: string,
  reason: string,
  opts: BackupOptions = {}
): Promise<BackupInfo> {
  const workspaceFile = opts.workspaceFile ?? db.name
  const now = opts.now ?? new Date()
  mkdirSync(dir, { recursive: true })
  const stem = `${backupBaseName(workspaceFile)}-${stamp(now)}-${cleanReason(reason)}`
  let name = `${stem}.sqlite`
  for (let seq = 2; existsSync(join(dir, name)); seq++) name = `${stem}.${seq}.sqlite`
  const file = join(dir, name)
  const partial = `${file}.partial`
  try {
    await db.backup(partial)
    // The copy inherits WAL mode from the live file; a backup in WAL mode grows -wal/-shm
    // companions whenever someone opens it, even read-only. Rollback mode keeps it one file.
    const copy = new Database(partial)
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    renameSync(partial, file)
  } catch (err) {
    rmSync(partial, { force: true })
    throw err
  }
  pruneBackups(dir, workspaceFile, opts.keep ?? KEEP_BACKUPS)
  const parsed = parseName(name, namePattern(workspaceFile))
  return {
    file,
    createdAt: parsed?.createdAt ?? now.toISOString(),
    bytes: statSync(file).size,
    reason: parsed?.reason ?? reason
  }
}

/**
 * True when no backup was made yet on the local calendar day of `now` (the last one is missing,
 * unreadable, from an earlier day, or from the future because the clock was moved back).
 */
export function shouldDailyBackup(lastIso: string | null | undefined, now: Date): boolean {
  if (!lastIso) return true
  const last = new Date(lastIso)
  if (Number.isNaN(last.getTime())) return true
  if (last.getTime() > now.getTime()) return true
  return (
    last.getFullYear() !== now.getFullYear() || last.getMonth() !== now.getMonth() || last.getDate() !== now.getDate()
  )
}

export interface RestoreOptions {
  workspaceFile: string
  backupFile: string
  /** Where the backups live; the backup to restore must be one of them. */
  backupsDir: string
  nativeBinding?: string
  now?: Date
}

/**
 * Replaces a workspace file with one of its backups. The caller must have closed its connection.
 * The current state is backed up first (reason `before-restore`), so a restore can be undone by
 * restoring that backup. Returns that safety backup (null when there was no workspace file).
 */
export async function restoreBackup(opts: RestoreOptions): Promise<BackupInfo | null> {
  const backupFile = resolve(opts.backupFile)
  const workspaceFile = resolve(opts.workspaceFile)
  // The path may come from the UI: only files in the backups folder can replace the workspace.
  if (dirname(backupFile) !== resolve(opts.backupsDir) || !existsSync(backupFile)) {
    throw new Error(`${opts.backupFile} is not a backup in ${opts.backupsDir}`)
  }
  // Refuse a file SQLite cannot read before touching the workspace.
  const check = openDatabase(backupFile, { readonly: true, nativeBinding: opts.nativeBinding })
  try {
    check.pragma('schema_version')
  } finally {
    check.close()
  }

  // Copy first: the safety backup below prunes old backups, which may include this very one.
  const incoming = `${workspaceFile}.restoring`
  copyFileSync(backupFile, incoming)
  let safety: BackupInfo | null = null
  try {
    if (existsSync(workspaceFile)) {
      const current = openDatabase(workspaceFile, { nativeBinding: opts.nativeBinding })
      try {
        safety = await backupDatabase(current, opts.backupsDir, 'before-restore', { now: opts.now })
      } finally {
        current.close()
      }
    }
  } catch (err) {
    rmSync(incoming, { force: true })
    throw err
  }
  // A left-over -wal belongs to the old file; SQLite would replay it onto the restored one.
  rmSync(`${workspaceFile}-wal`, { force: true })
  rmSync(`${workspaceFile}-shm`, { force: true })
  renameSync(incoming, workspaceFile)
  return safety
}
