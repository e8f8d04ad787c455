import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appRoot } from '../../../src/main/app-paths'
import { runCli } from '../../../src/main/cli/run-cli'
import { bundleWorker } from '../../helpers/bundle-worker'
import { captureIO, useTempHome } from '../../helpers/temp-home'
import { writeTbx, writeTmx } from './job-fixtures'

/**
 * kill -9 in the middle of an import (the job in its worker thread holding the write lock) must leave the
 * workspace as it was: integrity_check ok, nothing of the half import, no history entry, and the next
 * process able to write at once (the lock and the writer note die with the process).
 */
let home: ReturnType<typeof useTempHome>
let worker: string
beforeAll(() => {
  home = useTempHome()
  worker = bundleWorker('kill-import')
})
afterAll(() => home.restore())

const cli = (args: string[]): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', join(appRoot(), 'src/main/cli.ts'), ...args], {
    cwd: appRoot(),
    env: { ...process.env, SHUYU_WORKER_FILE: worker, SHUYU_HOME: home.dir },
    stdio: ['ignore', 'pipe', 'pipe']
  })

/** Waits until the child's job holds the write lock (its note beside the workspace), then a little more. */
async function killWhileWriting(child: ChildProcess, db: string, afterMs: number): Promise<void> {
  const dir = join(db, '..')
  const note = `${db.split(/[\\/]/).pop()}.writer-${child.pid}-`
  const end = Date.now() + 60_000
  while (!readdirSync(dir).some((name) => name.startsWith(note))) {
    if (child.exitCode !== null) throw new Error(`the import ended before it was killed (exit ${child.exitCode})`)
    if (Date.now() > end) throw new Error('the import never took the write lock')
    await new Promise((r) => setTimeout(r, 20))
  }
  await new Promise((r) => setTimeout(r, afterMs))
  expect(child.exitCode).toBeNull()
  child.kill('SIGKILL')
  await new Promise((r) => child.once('exit', r))
}

function state(file: string) {
  const db = new Database(file, { readonly: true })
  try {
    const n = (sql: string) => db.prepare(sql).pluck().get() as number
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      units: n('SELECT count(*) FROM translation_units'),
      concepts: n('SELECT count(*) FROM concepts'),
      documents: n('SELECT count(*) FROM documents'),
      history: n('SELECT count(*) FROM history')
    }
  } finally {
    db.close()
  }
}

async function prepared(name: string): Promise<{ db: string; before: ReturnType<typeof state> }> {
  const db = join(home.dir, `${name}.sqlite`)
  const cap = captureIO()
  expect(await runCli(['term', 'add', 'common prosperity', '--zh', '共同富裕', '--db', db], cap.io)).toBe(0)
  return { db, before: state(db) }
}

/** The next process writes at once (no lock left behind) and reads the note of the dead one as nobody. */
async function writesAfter(db: string): Promise<void> {
  const cap = captureIO()
  const started = Date.now()
  expect(await runCli(['term', 'add', 'after the kill', '--db', db], cap.io)).toBe(0)
  expect(cap.err).not.toContain('waiting')
  expect(Date.now() - started).toBeLessThan(10_000)
}

describe('kill -9 during a long job', () => {
  it('a TMX import killed half-way leaves nothing', async () => {
    const { db, before } = await prepared('tmx')
    const file = join(home.dir, 'big.tmx')
    writeTmx(file, 150_000)
    await killWhileWriting(cli(['import', file, '--db', db]), db, 700)
    expect(state(db)).toEqual(before)
    await writesAfter(db)
  }, 120_000)

  it('a TBX import killed half-way leaves nothing', async () => {
    const { db, before } = await prepared('tbx')
    const file = join(home.dir, 'big.tbx')
    writeTbx(file, 60_000)
    await killWhileWriting(cli(['import', file, '--db', db]), db, 700)
    expect(state(db)).toEqual(before)
    await writesAfter(db)
  }, 120_000)

  it('a corpus import of a folder killed half-way leaves none of its documents', async () => {
    const { db, before } = await prepared('corpus')
    const folder = join(home.dir, 'docs')
    mkdirSync(folder)
    for (let i = 0; i < 400; i++) {
      const body = Array.from({ length: 200 }, (_, k) => `Sentence ${k} of document ${i} on common prosperity.`)
      writeFileSync(join(folder, `doc-${String(i).padStart(3, '0')}.txt`), body.join(' '))
    }
    await killWhileWriting(cli(['import', folder, '--db', db]), db, 700)
    expect(state(db)).toEqual(before)
    await writesAfter(db)
  }, 120_000)
})
