import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  backupDatabase,
  KEEP_BACKUPS,
  listBackups,
  restoreBackup,
  shouldDailyBackup
} from '../../../src/main/db/backup'
import { migrate } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'
import { getSetting, setSetting } from '../../../src/main/workspace/settings-repo'
import { makeTempDir } from './temp-dir'

describe('backups', () => {
  let tmp: ReturnType<typeof makeTempDir>
  let file: string
  let backups: string
  let db: Db
  beforeEach(() => {
    tmp = makeTempDir()
    file = join(tmp.dir, 'workspace.shuyu.sqlite')
    backups = join(tmp.dir, 'backups')
    db = openDatabase(file)
    migrate(db)
  })
  afterEach(() => {
    if (db.open) db.close()
    tmp.cleanup()
  })

  it('writes a readable, consistent copy named <base>-<yyyyMMdd-HHmmss>-<reason>.sqlite', async () => {
    setSetting(db, 'colour', 'blue')
    const info = await backupDatabase(db, backups, 'Before Import!', { now: new Date('2025-03-04T05:06:07Z') })
    expect(basename(info.file)).toBe('workspace.shuyu-20250304-050607-before-import.sqlite')
    expect(info).toMatchObject({ createdAt: '2025-03-04T05:06:07.000Z', reason: 'before-import' })
    expect(info.bytes).toBeGreaterThan(0)
    // Later changes to the live file do not reach the copy.
    setSetting(db, 'colour', 'red')
    const copy = openDatabase(info.file, { readonly: true })
    expect(getSetting(copy, 'colour')).toBe('blue')
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
    expect(readdirSync(backups).filter((f) => f.endsWith('.partial'))).toEqual([])
  })

  it('lists newest first, keeps two backups made in the same second, ignores other files', async () => {
    const t = new Date('2025-03-04T05:06:07Z')
    await backupDatabase(db, backups, 'a', { now: new Date('2025-03-03T00:00:00Z') })
    await backupDatabase(db, backups, 'b', { now: t })
    await backupDatabase(db, backups, 'b', { now: t })
    writeFileSync(join(backups, 'other-20250304-050607-daily.sqlite'), '')
    writeFileSync(join(backups, 'notes.txt'), '')
    const list = listBackups(backups, file)
    expect(list.map((b) => basename(b.file))).toEqual([
      'workspace.shuyu-20250304-050607-b.2.sqlite',
      'workspace.shuyu-20250304-050607-b.sqlite',
      'workspace.shuyu-20250303-000000-a.sqlite'
    ])
    expect(list[0].reason).toBe('b')
  })

  it(`keeps only the newest ${KEEP_BACKUPS}`, async () => {
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) {
      await backupDatabase(db, backups, 'daily', { now: new Date(Date.UTC(2025, 0, 1 + i)) })
    }
    const list = listBackups(backups, file)
    expect(list).toHaveLength(KEEP_BACKUPS)
    expect(list[0].createdAt).toBe('2025-01-23T00:00:00.000Z')
    expect(list[KEEP_BACKUPS - 1].createdAt).toBe('2025-01-04T00:00:00.000Z')
  })

  it('restores a backup over the workspace after backing up the current state', async () => {
    setSetting(db, 'k', 'old')
    const old = await backupDatabase(db, backups, 'manual', { now: new Date('2025-01-01T00:00:00Z') })
    setSetting(db, 'k', 'new')
    db.close()
    writeFileSync(`${file}-wal`, 'stale')
    const safety = await restoreBackup({
      workspaceFile: file,
      backupFile: old.file,
      backupsDir: backups,
      now: new Date('2025-01-02T00:00:00Z')
    })
    expect(existsSync(`${file}-wal`)).toBe(false)
    db = openDatabase(file)
    expect(getSetting(db, 'k')).toBe('old')
    expect(safety?.reason).toBe('before-restore')
    const before = openDatabase(safety!.file, { readonly: true })
    expect(getSetting(before, 'k')).toBe('new')
    before.close()
  })

  it('restores the oldest backup even when the safety backup prunes it from the folder', async () => {
    setSetting(db, 'k', 'oldest')
    const first = await backupDatabase(db, backups, 'daily', { now: new Date(Date.UTC(2025, 0, 1)) })
    setSetting(db, 'k', 'later')
    for (let i = 1; i < KEEP_BACKUPS; i++) {
      await backupDatabase(db, backups, 'daily', { now: new Date(Date.UTC(2025, 0, 1 + i)) })
    }
    db.close()
    await restoreBackup({ workspaceFile: file, backupFile: first.file, backupsDir: backups })
    db = openDatabase(file)
    expect(getSetting(db, 'k')).toBe('oldest')
  })

  it('refuses a file outside the backups folder or one SQLite cannot read, leaving the workspace alone', async () => {
    setSetting(db, 'k', 'kept')
    db.close()
    const outside = join(tmp.dir, 'elsewhere.sqlite')
    writeFileSync(outside, '')
    await expect(restoreBackup({ workspaceFile: file, backupFile: outside, backupsDir: backups })).rejects.toThrow(
      /not a backup/
    )
    mkdirSync(backups, { recursive: true })
    const junk = join(backups, 'workspace.shuyu-20250101-000000-junk.sqlite')
    writeFileSync(junk, 'not sqlite at all '.repeat(200))
    await expect(restoreBackup({ workspaceFile: file, backupFile: junk, backupsDir: backups })).rejects.toThrow()
    db = openDatabase(file)
    expect(getSetting(db, 'k')).toBe('kept')
  })
})

describe('shouldDailyBackup', () => {
  const now = new Date(2025, 5, 10, 9, 0, 0)
  it('backs up when there is no previous backup or it cannot be read', () => {
    expect(shouldDailyBackup(null, now)).toBe(true)
    expect(shouldDailyBackup('', now)).toBe(true)
    expect(shouldDailyBackup('yesterday', now)).toBe(true)
  })
  it('backs up once per local calendar day', () => {
    expect(shouldDailyBackup(new Date(2025, 5, 10, 0, 1).toISOString(), now)).toBe(false)
    expect(shouldDailyBackup(new Date(2025, 5, 9, 23, 59).toISOString(), now)).toBe(true)
    expect(shouldDailyBackup(new Date(2024, 5, 10, 9, 0).toISOString(), now)).toBe(true)
  })
  it('backs up when the last backup is in the future (clock moved back)', () => {
    expect(shouldDailyBackup(new Date(2025, 5, 10, 10, 0).toISOString(), now)).toBe(true)
  })
})
