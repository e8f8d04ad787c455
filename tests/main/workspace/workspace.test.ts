import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { insertDocument } from '../../../src/main/corpus/documents-repo'
import { latestVersion, migrate, type Migration } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'
import { LAST_BACKUP_KEY, Workspace } from '../../../src/main/workspace/workspace'
import { makeTempDir } from '../db/temp-dir'

describe('Workspace', () => {
  let tmp: ReturnType<typeof makeTempDir>
  let file: string
  const open: Workspace[] = []
  const clock = { now: new Date('2025-06-10T09:00:00Z') }
  const opts = { isDefault: false, now: () => clock.now }
  async function openWs(f = file): Promise<Workspace> {
    const ws = await Workspace.open(f, opts)
    open.push(ws)
    return ws
  }
  beforeEach(() => {
    tmp = makeTempDir('shuyu-ws-')
    file = join(tmp.dir, 'nested', 'dir', 'w.sqlite')
    clock.now = new Date('2025-06-10T09:00:00Z')
  })
  afterEach(() => {
    for (const ws of open.splice(0)) ws.close()
    tmp.cleanup()
  })

  it('creates parent folders and a migrated file, and says it was created now', async () => {
    const ws = await openWs()
    expect(existsSync(file)).toBe(true)
    expect(ws.createdNow).toBe(true)
    expect(ws.schemaVersion()).toBe(latestVersion())
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(ws.listBackups()).toEqual([])
    ws.close()
    expect(() => ws.db).toThrow(/closed/)
    const again = await openWs()
    expect(again.createdNow).toBe(false)
  })

  it('persists settings across reopen', async () => {
    const ws = await openWs()
    ws.settings.set('ui.language', 'zh-CN')
    ws.close()
    expect((await openWs()).settings.get('ui.language')).toBe('zh-CN')
  })

  it('makes one daily backup per day on open, recording when', async () => {
    ;(await openWs()).close() // created now: nothing to back up yet
    const second = await openWs()
    expect(second.listBackups().map((b) => b.reason)).toEqual(['daily'])
    expect(second.settings.get(LAST_BACKUP_KEY)).toBe('2025-06-10T09:00:00.000Z')
    second.close()
    clock.now = new Date('2025-06-10T09:30:00Z')
    ;(await openWs()).close()
    clock.now = new Date('2025-06-12T09:00:00Z')
    const later = await openWs()
    expect(later.listBackups().map((b) => b.createdAt)).toEqual([
      '2025-06-12T09:00:00.000Z',
      '2025-06-10T09:00:00.000Z'
    ])
  })

  it('backs up an existing workspace before applying pending migrations', async () => {
    const steps: Migration[] = [
      { version: 1, name: 'one', sql: 'CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE extra (x INTEGER)' }
    ]
    const db = openDatabase(file.replace('nested/dir/', ''))
    migrate(db, { migrations: steps, to: 1 })
    db.close()
    const ws = await Workspace.open(file.replace('nested/dir/', ''), { ...opts, migrations: steps })
    open.push(ws)
    expect(ws.createdNow).toBe(false)
    expect(ws.schemaVersion()).toBe(2)
    const backups = ws.listBackups()
    expect(backups.map((b) => b.reason)).toEqual(['before-schema-2'])
    const copy = openDatabase(backups[0].file, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    copy.close()
    // That backup counts as today's: no second, daily one on the next open.
    expect(ws.settings.get(LAST_BACKUP_KEY)).toBe('2025-06-10T09:00:00.000Z')
  })

  it('treats an empty or half-created file as new (seed it), without backing it up', async () => {
    const empty = join(tmp.dir, 'empty.sqlite')
    writeFileSync(empty, '')
    const ws = await openWs(empty)
    expect(ws.createdNow).toBe(true)
    expect(ws.listBackups()).toEqual([])
  })

  it('refuses a workspace from a newer Shuyu without changing the file', async () => {
    const db = openDatabase(join(tmp.dir, 'new.sqlite'))
    db.pragma('user_version = 999')
    db.close()
    const before = readFileSync(join(tmp.dir, 'new.sqlite'))
    await expect(Workspace.open(join(tmp.dir, 'new.sqlite'), opts)).rejects.toThrow(/newer Shuyu \(schema 999/)
    expect(readFileSync(join(tmp.dir, 'new.sqlite')).equals(before)).toBe(true)
    expect(existsSync(join(tmp.dir, 'backups'))).toBe(false)
  })

  it('restores a backup in place: the same object keeps working on the restored data', async () => {
    const ws = await openWs()
    insertDocument(ws.db, {
      hash: 'h',
      title: 'Kept',
      date: null,
      language: 'en',
      format: 'txt',
      sourcePath: null,
      text: 'x',
      words: 1,
      segments: []
    })
    const b = await ws.backup('manual')
    ws.db.exec('DELETE FROM documents')
    expect(ws.documentCount()).toBe(0)
    clock.now = new Date('2025-06-10T10:00:00Z')
    const safety = await ws.restoreFrom(b.file)
    expect(ws.isOpen).toBe(true)
    expect(ws.documentCount()).toBe(1)
    expect(safety?.reason).toBe('before-restore')
    expect(readdirSync(ws.backupsDir)).toHaveLength(2)
  })

  it('reopens the original file when a restore is refused', async () => {
    const ws = await openWs()
    ws.settings.set('k', 'v')
    await expect(ws.restoreFrom(join(tmp.dir, 'nowhere.sqlite'))).rejects.toThrow(/not a backup/)
    expect(ws.settings.get('k')).toBe('v')
  })
})
