import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mineDocuments, type MiningDocument, rankStats } from '../../../src/core/mining'
import { seedsDir } from '../../../src/main/app-paths'
import { type CallContext, noContext } from '../../../src/main/call-context'
import { loadMiningDocuments } from '../../../src/main/mining/load-corpus'
import { loadReference } from '../../../src/main/mining/load-reference'
import { runMining } from '../../../src/main/mining/run-miner'
import { splitDocuments } from '../../../src/main/mining/split-documents'
import { readStatsSnapshot } from '../../../src/main/mining/stats-snapshot'
import { bundleWorker } from '../../helpers/bundle-worker'
import { openTestApp } from '../../helpers/test-app'

let dir: string
let workerFile: string
let docs: MiningDocument[]
let t: Awaited<ReturnType<typeof openTestApp>>

beforeAll(async () => {
  // The worker as the app ships it: src/main/jobs/worker.ts bundled to one CommonJS file.
  dir = mkdtempSync(join(tmpdir(), 'shuyu-worker-'))
  workerFile = bundleWorker(dir)
  t = await openTestApp()
  await t.call('corpus/import', { paths: [seedsDir()] })
  docs = loadMiningDocuments(t.app.workspace.db)
})
afterAll(() => {
  t.close()
  rmSync(dir, { recursive: true, force: true })
})

function recorder(): { call: CallContext; events: { done: number; total: number; message?: string }[] } {
  const events: { done: number; total: number; message?: string }[] = []
  return {
    events,
    call: { progress: (done, total, message) => events.push({ done, total, message }), signal: noContext.signal }
  }
}

describe('mining on several chunks', () => {
  it('splits documents into contiguous runs of similar size, in order', () => {
    const mk = (id: number, chars: number): MiningDocument => ({ id, segments: [{ id, text: 'x'.repeat(chars) }] })
    const parts = splitDocuments([mk(1, 10), mk(2, 10), mk(3, 10), mk(4, 10)], 2)
    expect(parts.map((p) => p.map((d) => d.id))).toEqual([
      [1, 2],
      [3, 4]
    ])
    expect(splitDocuments([mk(1, 100), mk(2, 1), mk(3, 1)], 2).map((p) => p.length)).toEqual([1, 2])
    expect(splitDocuments([mk(1, 5)], 2)).toHaveLength(1)
    expect(splitDocuments([], 2)).toEqual([[]])
  })

  it('ranks chunked mining exactly as one sequential pass', async () => {
    const reference = loadReference()
    const sequential = rankStats(mineDocuments(docs, { reference }), { reference, limit: 0 })
    const chunked = await runMining(docs, noContext, { chunks: 3, inProcess: true })
    expect(chunked.result).toEqual(sequential)
    expect(chunked.minedWords).toBe(sequential.words)
  })

  it('mines on worker threads: same result, progress summed over workers, stats saved', async () => {
    const inProcess = await runMining(docs, noContext, { chunks: 1, inProcess: true })
    const { call, events } = recorder()
    const file = join(dir, 'ws.sqlite.mining-stats')
    const header = { token: 'tok', maxDocId: 5, documents: 5, documentsDigest: 'd', minerDigest: 'm' }
    const run = await runMining(docs, call, { chunks: 2, workerFile, save: { file, header } })
    expect(run.result).toEqual(inProcess.result)
    expect(await run.saved).toBe(true)
    const total = docs.reduce((a, d) => a + d.segments.reduce((b, s) => b + s.text.length, 0), 0)
    expect(events.every((e) => e.total === total && e.done <= total)).toBe(true)
    expect(events.at(-1)).toEqual({ done: total, total, message: 'ranking' })

    const snap = readStatsSnapshot(file)
    expect(snap?.header).toEqual(header)
    const reference = loadReference()
    expect(rankStats(snap!.stats!, { reference, limit: 0 })).toEqual(inProcess.result)
    // The saved stats serve as the base of the next run: nothing new to mine, same ranking.
    const next = await runMining([], noContext, { workerFile, base: file })
    expect(next.result).toEqual(inProcess.result)
    expect(next.minedWords).toBe(0)
  })

  it('cancels: every worker stops and the run rejects as cancelled', async () => {
    const controller = new AbortController()
    const many = Array.from({ length: 40 }, (_, k) => docs.map((d) => ({ ...d, id: d.id + 10 * k }))).flat()
    const pending = runMining(many, { progress: () => {}, signal: controller.signal }, { chunks: 2, workerFile })
    setTimeout(() => controller.abort(), 50)
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
  })
})
