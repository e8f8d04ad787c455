import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { runCli } from '../../../src/main/cli/run-cli'
import { toPayload } from '../../../src/main/dispatch'
import {
  currentWriter,
  describeHolder,
  leaveWriterNote,
  setProcessLabel
} from '../../../src/main/workspace/writer-notes'
import type { AppEvent } from '../../../src/shared/api'
import { captureIO } from '../../helpers/temp-home'
import { openTestApp } from '../../helpers/test-app'
import type { TestApp } from '../exchange/exchange-helpers'
import { writeTbx } from './job-fixtures'

/**
 * "Another process" holding the workspace's write lock: a second connection in BEGIN IMMEDIATE, with the
 * note a Shuyu process leaves beside the workspace (pid of a live process: the test runner's parent).
 */
function holdLock(file: string, label = 'shuyu import big.tmx: importing big.tmx') {
  const other = new Database(file)
  other.exec('BEGIN IMMEDIATE')
  const note = `${file}.writer-${process.ppid}-test`
  writeFileSync(note, JSON.stringify({ pid: process.ppid, label, since: '2026-01-01T10:32:05.000Z' }))
  return {
    release() {
      other.exec('COMMIT')
      other.close()
      writeFileSync(note, '') // unreadable: ignored, then the file is left to the test's folder cleanup
    }
  }
}

const term = (text: string) => ({ lang: 'en', text, status: 'preferred' as const, pos: '', usageNote: '' })

let t: TestApp
let events: AppEvent[]
beforeEach(async () => {
  t = await openTestApp()
  events = []
  t.app.events.subscribe((e) => events.push(e))
})
afterEach(() => t.close())

describe('writing while another process holds the workspace', () => {
  it('an edit waits without blocking the thread, says for whom, and lands when the lock is free', async () => {
    const lock = holdLock(t.app.workspace.file)
    const saving = t.call('termbase/save', { terms: [term('waited for the lock')] })
    // The thread is free meanwhile: reads answer, timers fire.
    const started = performance.now()
    expect((await t.call('termbase/search', {})).total).toBe(0)
    await new Promise((r) => setTimeout(r, 300))
    expect(performance.now() - started).toBeLessThan(2000)
    const queued = events.find((e) => e.type === 'queue' && e.waiting > 0)
    expect(queued).toMatchObject({
      holder: { pid: process.ppid, self: false, label: expect.stringContaining('big.tmx') }
    })
    lock.release()
    const saved = await saving
    expect(saved.concept?.terms[0].text).toBe('waited for the lock')
    expect(events.filter((e) => e.type === 'queue').at(-1)).toEqual({ type: 'queue', waiting: 0, holder: null })
  })

  it('edits keep their order while they wait', async () => {
    const lock = holdLock(t.app.workspace.file)
    const saves = ['first', 'second', 'third'].map((text) => t.call('termbase/save', { terms: [term(text)] }))
    await new Promise((r) => setTimeout(r, 100))
    lock.release()
    const ids = (await Promise.all(saves)).map((c) => c.concept?.id ?? 0)
    expect(ids[0]).toBeGreaterThan(0)
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(new Set(ids).size).toBe(3)
  })

  it('the CLI waits for the other writer and says which process it is, on stderr', async () => {
    const file = t.app.workspace.file
    t.app.close()
    const lock = holdLock(file)
    setTimeout(() => lock.release(), 600)
    const cap = captureIO()
    expect(await runCli(['term', 'add', 'common prosperity', '--zh', '共同富裕', '--db', file], cap.io)).toBe(0)
    expect(cap.err).toMatch(/waiting for process \d+ \(shuyu import big\.tmx: importing big\.tmx, since 10:32:05\)/)
    expect(cap.err.match(/waiting for/g)).toHaveLength(1)
    await t.reopen()
  })

  it('a CLI import (a job) waits too, then imports', async () => {
    const file = t.app.workspace.file
    const tbx = join(t.home.dir, 'terms.tbx')
    writeTbx(tbx, 10)
    t.app.close()
    const lock = holdLock(file)
    setTimeout(() => lock.release(), 600)
    const cap = captureIO()
    expect(await runCli(['import', tbx, '--db', file], cap.io)).toBe(0)
    expect(cap.err).toContain(`waiting for process ${process.ppid}`)
    expect(cap.out).toMatch(/terms\.tbx\ttbx\t10\t/)
    await t.reopen()
  })

  it('a lock met anyway ("database is locked") is said in plain words and translated, naming the holder', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })
    const lock = holdLock(t.app.workspace.file)
    try {
      expect(toPayload(busy, t.app.workspace.file)).toEqual({
        code: 'conflict',
        message: expect.stringMatching(/^The workspace is busy: process \d+ \(shuyu import big\.tmx/),
        key: 'workspace.busyBy',
        params: { pid: process.ppid, label: 'shuyu import big.tmx: importing big.tmx', since: '10:32:05' }
      })
      expect(toPayload(busy)).toMatchObject({ code: 'conflict', key: 'workspace.busy' })
    } finally {
      lock.release()
    }
  })
})

describe('writer notes', () => {
  it('name this process while it writes, are gone after, and notes of dead processes are ignored and removed', () => {
    setProcessLabel('')
    const file = join(t.home.dir, 'ws.sqlite')
    expect(currentWriter(file)).toBeNull()
    const remove = leaveWriterNote(file, 'importing x.tbx')
    expect(currentWriter(file)).toMatchObject({ pid: process.pid, self: true, label: 'importing x.tbx' })
    expect(describeHolder(currentWriter(file))).toMatch(/^this Shuyu \(importing x\.tbx, since /)
    remove()
    expect(currentWriter(file)).toBeNull()
    const dead = `${file}.writer-999999999-dead`
    writeFileSync(dead, JSON.stringify({ pid: 999_999_999, label: 'killed', since: '2026-01-01T00:00:00Z' }))
    expect(currentWriter(file)).toBeNull()
    expect(existsSync(dead)).toBe(false)
  })
})
