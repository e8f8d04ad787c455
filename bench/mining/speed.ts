// Speed bench: generates a reproducible corpus of ≥ 10M words (seeded PRNG over the seed sentences, with
// words swapped for reference-list words so the vocabulary keeps growing), mines it on 2 worker threads
// (each mines half into mergeable stats; the main thread merges and ranks), and reports words/s, peak RSS
// and time to first candidates (the first chunk mined and ranked alone, as the app would preview it).
// Usage: npx tsx bench/mining/speed.ts [millionWords=10] [workers=2]   (SHUYU_BENCH_PRUNE=1: see below)
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

import {
  type CorpusStats,
  mergeStats,
  mineDocuments,
  type MiningDocument,
  pruneStats,
  rankStats
} from '../../src/core/mining/index'
import { loadReference } from './corpus-files'
import { countWords, generate, WORDS_PER_DOC } from './synthetic-corpus'

const ROOT = new URL('../../', import.meta.url).pathname
const SELF = join(ROOT, 'bench/mining/speed.ts')

interface WorkerResult {
  stats: CorpusStats
  words: number
  mineMs: number
}

if (!isMainThread) {
  // Generate this worker's share first, then wait for 'go': the timed phase holds mining only, and the
  // process CPU time measured by the main thread over that phase is mining CPU.
  const { from, to } = workerData as { from: number; to: number }
  const reference = loadReference()
  const chunk = 200
  const batches: MiningDocument[][] = []
  let words = 0
  for (let d = from; d < to; d += chunk) {
    const docs = generate(d, Math.min(to, d + chunk), WORDS_PER_DOC)
    words += countWords(docs)
    batches.push(docs)
  }
  parentPort?.postMessage({ ready: true })
  parentPort?.once('message', () => {
    const t0 = performance.now()
    let stats: CorpusStats | undefined
    for (const docs of batches) stats = mineDocuments(docs, { reference }, 0, undefined, stats)
    // SHUYU_BENCH_PRUNE=1: a worker holding ≥ 2M words drops its hapaxes before the transfer (pruneStats).
    // Off by default: it saves ~3 s of merge + rank at 10M words but shifts the tail of the ranked list.
    if (stats && words >= 2e6 && process.env.SHUYU_BENCH_PRUNE === '1') stats = pruneStats(stats, 2)
    const result: WorkerResult = { stats: stats!, words, mineMs: performance.now() - t0 }
    parentPort?.postMessage(result)
  })
} else {
  void main()
}

const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6

async function main(): Promise<void> {
  const millions = Number(process.argv[2] ?? 10)
  const nWorkers = Number(process.argv[3] ?? 2)
  const totalDocs = Math.ceil((millions * 1e6) / WORDS_PER_DOC)
  const reference = loadReference()

  // Time to first candidates: the first 100 documents mined and ranked alone.
  const first = generate(0, 100, WORDS_PER_DOC)
  let t0 = performance.now()
  const preview = rankStats(mineDocuments(first, { reference }), { reference, limit: 50 })
  const firstMs = performance.now() - t0

  const per = Math.ceil(totalDocs / nWorkers)
  const workers: Worker[] = []
  const results: Promise<WorkerResult>[] = []
  const ready: Promise<void>[] = []
  for (let i = 0; i < nWorkers; i++) {
    // Node 20 workers do not inherit tsx's loader: register it in a tiny CommonJS bootstrap.
    const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(SELF)})`
    const w = new Worker(boot, { eval: true, workerData: { from: i * per, to: Math.min(totalDocs, (i + 1) * per) } })
    workers.push(w)
    ready.push(
      new Promise((resolve, reject) => {
        w.once('message', () => resolve())
        w.once('error', reject)
      })
    )
  }
  await Promise.all(ready)
  for (const w of workers) {
    results.push(
      new Promise((resolve, reject) => {
        w.once('message', resolve)
        w.once('error', reject)
      })
    )
  }
  const cpu0 = process.cpuUsage()
  t0 = performance.now()
  for (const w of workers) w.postMessage('go')
  const parts = await Promise.all(results)
  const cpuMine = cpuSeconds(process.cpuUsage(cpu0))
  const tMerge = performance.now()
  const cpu1 = process.cpuUsage()
  let merged = parts[0].stats
  for (const p of parts.slice(1)) merged = mergeStats(merged, p.stats)
  const result = rankStats(merged, { reference, limit: 0 })
  const tEnd = performance.now()
  const cpuRank = cpuSeconds(process.cpuUsage(cpu1))
  for (const w of workers) void w.terminate()
  const words = parts.reduce((a, p) => a + p.words, 0)
  const wallS = (tEnd - t0) / 1000
  const out = {
    date: new Date().toISOString(),
    words,
    workers: nWorkers,
    prunedHapaxesInWorkers: process.env.SHUYU_BENCH_PRUNE === '1',
    // End to end from 'go' to the ranked list: parallel mining, transfer, merge, rank (generation excluded).
    seconds: +wallS.toFixed(2),
    wordsPerSecond: Math.round(words / wallS),
    workerMineSeconds: parts.map((p) => +(p.mineMs / 1000).toFixed(2)),
    mergeAndRankSeconds: +((tEnd - tMerge) / 1000).toFixed(2),
    // The machine is shared, so wall time depends on the neighbours: CPU seconds are the stable figures.
    cpuSecondsMining: +cpuMine.toFixed(2),
    cpuSecondsMergeRank: +cpuRank.toFixed(2),
    wordsPerCpuSecondMining: Math.round(words / cpuMine),
    /** On nWorkers dedicated cores: mining CPU split across the workers, then the serial merge + rank. */
    estimatedWordsPerSecondDedicated: Math.round(words / (cpuMine / nWorkers + cpuRank)),
    timeToFirstCandidatesMs: Math.round(firstMs),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    candidates: result.candidates.length,
    distinctCandidates: merged.size,
    top: result.candidates.slice(0, 10).map((c) => c.term),
    previewTop: preview.candidates.slice(0, 5).map((c) => c.term)
  }
  console.log(JSON.stringify(out, null, 2))
  const dir = join(ROOT, 'bench/results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'mining-speed.json'), JSON.stringify(out, null, 2) + '\n')
}
