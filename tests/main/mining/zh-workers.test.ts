import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MiningDocument } from '../../../src/core/mining/types'
import { mineChineseCorpus } from '../../../src/core/mining/zh'
import { type CallContext, noContext } from '../../../src/main/call-context'
import { loadChineseReference } from '../../../src/main/mining/load-zh-reference'
import { runChineseMining } from '../../../src/main/mining/run-zh-miner'
import { jiebaSegmenter } from '../../../src/main/text/jieba-segmenter'
import { corpus, SENTENCES } from '../../core/mining/zh/helpers'
import { bundleWorker } from '../../helpers/bundle-worker'

let dir: string
let workerFile: string
// Twelve documents of three sentences: enough candidates for a ranking to differ if a chunk were lost.
const docs: MiningDocument[] = [...corpus(SENTENCES, 1), ...corpus([...SENTENCES].reverse(), 100)]

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shuyu-zh-worker-'))
  workerFile = bundleWorker(dir)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function recorder(signal = noContext.signal) {
  const events: { done: number; total: number; message?: string }[] = []
  const call: CallContext = { progress: (done, total, message) => events.push({ done, total, message }), signal }
  return { call, events }
}

describe('the Chinese miner on worker threads', () => {
  it('ranks two chunks on two workers exactly as one pass on this thread, with progress to the end', async () => {
    const reference = loadChineseReference()
    const one = mineChineseCorpus(docs, jiebaSegmenter({ tags: false }), { reference, limit: 0 })
    const { call, events } = recorder()
    const run = await runChineseMining(docs, call, { chunks: 2, workerFile })
    expect(run.result.candidates.length).toBeGreaterThan(10)
    expect(run.result.candidates.map((c) => [c.key, c.score, c.freq, c.docs])).toEqual(
      one.candidates.map((c) => [c.key, c.score, c.freq, c.docs])
    )
    expect(run.result.candidates[0].occurrences).toEqual(one.candidates[0].occurrences)
    expect(events.at(-1)?.message).toBe('ranking')
    expect(await run.saved).toBe(false)
  })

  it('cancels: the workers stop and the run rejects as cancelled', async () => {
    const controller = new AbortController()
    const big = Array.from({ length: 40 }, (_, k) => corpus(SENTENCES, 1000 + k * 10)).flat()
    const pending = runChineseMining(big, recorder(controller.signal).call, { chunks: 2, workerFile })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
  })
})
