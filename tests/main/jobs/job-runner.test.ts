import { join } from 'node:path'
import { isMainThread } from 'node:worker_threads'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import type { AppEvent } from '../../../src/shared/api'
import { bundleWorker } from '../../helpers/bundle-worker'
import { openTestApp } from '../../helpers/test-app'
import { counts, type TestApp, workspaceHash } from '../exchange/exchange-helpers'
import { writeTbx, writeTmx } from './job-fixtures'

// The jobs run in a worker thread of the bundle the app ships (built here from the sources).
let previousWorker: string | undefined
beforeAll(() => {
  previousWorker = process.env.SHUYU_WORKER_FILE
  process.env.SHUYU_WORKER_FILE = bundleWorker('job-runner')
})
afterAll(() => {
  if (previousWorker === undefined) delete process.env.SHUYU_WORKER_FILE
  else process.env.SHUYU_WORKER_FILE = previousWorker
})

let t: TestApp
let events: AppEvent[]
beforeEach(async () => {
  t = await openTestApp()
  events = []
  t.app.events.subscribe((e) => events.push(e))
})
afterEach(() => t.close())

const jobEvents = (name: string) =>
  events.filter((e): e is Extract<AppEvent, { type: 'job' }> => e.type === 'job' && e.name === name)

/** Resolves once `predicate` holds, polling (the job's messages arrive on the event loop). */
async function until(predicate: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('long jobs in a worker thread', () => {
  it('imports a TBX on its own connection, with progress, and the term-base search learns it', async () => {
    expect(isMainThread).toBe(true)
    const path = join(t.home.dir, 'terms.tbx')
    writeTbx(path, 3000)
    const report = await t.call('exchange/import', { path, jobId: 'j1' })
    expect(report).toMatchObject({ kind: 'tbx', new: 3000 })
    expect(jobEvents('exchange/import').map((e) => e.state)).toEqual(['running', 'done'])
    expect(events.some((e) => e.type === 'progress' && e.jobId === 'j1' && e.done >= 1000)).toBe(true)
    const page = await t.call('termbase/search', { text: 'policy c term 2999' })
    expect(page.rows.map((r) => r.zh[0])).toContain('政策c术语2999')
  })

  it('answers reads while the import writes, and queues edits until it commits: all of them land', async () => {
    const path = join(t.home.dir, 'units.tmx')
    writeTmx(path, 60_000)
    const importing = t.call('exchange/import', { path, jobId: 'big' })
    await until(() => events.some((e) => e.type === 'progress' && e.jobId === 'big'))
    // The worker holds the write lock now: a read answers at once, from the last commit.
    const started = performance.now()
    const before = await t.call('memory/list', { limit: 5 })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(before.total).toBe(0)
    const edits = Array.from({ length: 10 }, (_, i) =>
      t.call('termbase/save', {
        terms: [{ lang: 'en', text: `queued edit ${i}`, status: 'preferred', pos: '', usageNote: '' }]
      })
    )
    await until(() => events.some((e) => e.type === 'queue' && e.waiting > 0))
    const report = await importing
    const saved = await Promise.all(edits)
    expect(report.new).toBe(60_000)
    expect(saved).toHaveLength(10)
    const found = await t.call('termbase/search', { text: 'queued edit' })
    expect(found.total).toBe(10)
    expect(events.filter((e) => e.type === 'queue').at(-1)).toEqual({ type: 'queue', waiting: 0, holder: null })
    const queued = events.find((e) => e.type === 'queue' && e.waiting > 0) as Extract<AppEvent, { type: 'queue' }>
    expect(queued.holder).toMatchObject({ pid: process.pid, self: true })
    expect(queued.holder?.label).toContain('units.tmx')
  }, 120_000)

  it('a cancelled import leaves nothing, and says so', async () => {
    const path = join(t.home.dir, 'units.tmx')
    writeTmx(path, 200_000)
    const before = workspaceHash(t.app.workspace.db)
    const history = (await t.call('workspace/history', {})).length
    const importing = t.call('exchange/import', { path, jobId: 'stop-me' })
    await until(() => events.some((e) => e.type === 'progress' && e.jobId === 'stop-me' && e.done >= 5000))
    expect(await t.call('workspace/cancelJob', { jobId: 'stop-me' })).toEqual({ ok: true })
    await expect(importing).rejects.toMatchObject({ code: 'cancelled' })
    expect(jobEvents('exchange/import').at(-1)?.state).toBe('cancelled')
    expect(workspaceHash(t.app.workspace.db)).toBe(before)
    expect(await t.call('workspace/history', {})).toHaveLength(history)
    // The lock is free again: an edit lands at once.
    await t.call('termbase/save', {
      terms: [{ lang: 'en', text: 'after the cancel', status: 'preferred', pos: '', usageNote: '' }]
    })
  }, 120_000)

  it('a TMX import from the dialog indexes the units in the job and hands the fuzzy index to the main thread', async () => {
    const path = join(t.home.dir, 'units.tmx')
    writeTmx(path, 3000)
    const report = await t.call('exchange/import', { path, indexAfter: true, jobId: 'tm' })
    expect(report.new).toBe(3000)
    const phases = new Set(
      events.flatMap((e) => (e.type === 'progress' && e.jobId === 'tm' && e.message ? [e.message] : []))
    )
    expect([...phases]).toEqual(expect.arrayContaining(['units', 'indexing', 'indexing-memory']))
    // The main thread took the index over: nothing left to catch up.
    expect(t.app.unitIndex.catchUp()).toBe(0)
    const matches = await t.call('memory/match', {
      text: 'Sentence u2999 on high-quality development of the 89th province.'
    })
    expect(matches[0]).toMatchObject({ score: 100 })
    const hits = await t.call('concordance/search', { query: '高质量发展', scope: 'memory', limit: 5 })
    expect(hits.total).toBeGreaterThanOrEqual(3000)
  }, 120_000)

  it('imports corpus files and uploads in the worker, one transaction, reported under their own names', async () => {
    const report = await t.call('corpus/upload', {
      files: [
        { name: '报告.txt', base64: Buffer.from('高质量发展是首要任务。新质生产力很重要。').toString('base64') },
        { name: 'bad.pdf', base64: Buffer.from('not a pdf').toString('base64') }
      ]
    })
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['报告.txt', 'imported'],
      ['bad.pdf', 'failed']
    ])
    const docs = await t.call('corpus/list', {})
    expect(docs.map((d) => d.id)).toEqual([report.files[0].documentId])
    // #15 §1: an upload keeps its own name as its source, never the temporary copy's path.
    expect(docs[0].sourcePath).toBe('报告.txt')
  })

  it('mines, exports and aligns as jobs', async () => {
    await t.call('corpus/import', { paths: [seedsDir()] })
    const mined = await t.call('mining/run', {})
    expect(mined.documents).toBeGreaterThan(0)
    const path = join(t.home.dir, 'out.tbx')
    await t.call('termbase/save', {
      terms: [{ lang: 'en', text: 'common prosperity', status: 'preferred', pos: '', usageNote: '' }]
    })
    const exported = await t.call('exchange/export', { format: 'tbx', path })
    expect(exported.concepts).toBeGreaterThan(0)
    const en = await t.call('corpus/upload', {
      files: [
        {
          name: 'en.txt',
          base64: Buffer.from('We pursue high-quality development. It is the top task.').toString('base64')
        }
      ]
    })
    const zh = await t.call('corpus/upload', {
      files: [{ name: 'zh.txt', base64: Buffer.from('我们推动高质量发展。这是首要任务。').toString('base64') }]
    })
    const aligned = await t.call('memory/align', {
      enDocumentId: en.files[0].documentId!,
      zhDocumentId: zh.files[0].documentId!
    })
    expect(aligned.links.length).toBeGreaterThan(0)
    for (const name of ['mining/run', 'exchange/export', 'memory/align']) {
      expect(jobEvents(name).at(-1)?.state, name).toBe('done')
    }
  }, 120_000)

  it('refuses to switch workspaces while a job runs', async () => {
    const path = join(t.home.dir, 'units.tmx')
    writeTmx(path, 30_000)
    const importing = t.call('exchange/import', { path })
    await until(() => jobEvents('exchange/import').length > 0)
    await expect(t.call('workspace/open', { path: join(t.home.dir, 'other.sqlite') })).rejects.toMatchObject({
      code: 'conflict'
    })
    await importing
    expect(counts(t.app.workspace.db).units).toBe(30_000)
  }, 120_000)
})
