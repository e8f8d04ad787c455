// Speed bench of the Chinese miner: generates a reproducible corpus of ≥ 10M characters (zh-synthetic-corpus.ts),
// mines it on 2 worker threads (each segments with its own jieba and mines half into mergeable stats; the
// stats come back as transferred buffers; the main thread merges and ranks), and reports characters/s end to
// end, CPU seconds, peak RSS, and jieba's own speed on the same text for comparison.
// The code runs as the app runs it: bundled (esbuild, as electron-vite bundles main and the jobs worker), in a
// child process started from the bundle; run from sources through tsx the same code measured 20-50 % slower.
// Usage: npx tsx bench/mining/zh-speed.ts [millionChars=10] [workers=2]   (SHUYU_BENCH_TSX=1: from sources)
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

import { buildSync } from 'esbuild'

import {
  type ChineseStats,
  chineseStatsBuffers,
  mergeChineseStats,
  mineChineseDocuments,
  newPieceCache,
  rankChineseStats
} from '../../src/core/mining/zh/index'
import { jiebaSegmenter } from '../../src/main/text/jieba-segmenter'
import { loadChineseReference } from './zh-corpus-files'
import { CHARS_PER_DOC, countChars, generateChinese } from './zh-synthetic-corpus'

const ROOT = new URL('../../', import.meta.url).pathname
const SOURCE = join(ROOT, 'bench/mining/zh-speed.ts')
const BUNDLE = join(ROOT, '.tmp/zh-speed.cjs')
const bundled = process.env.SHUYU_ZH_SPEED_BUNDLE === '1'

interface WorkerResult {
  stats: ChineseStats
  chars: number
  mineMs: number
  segmentOnlyMs?: number
}

if (!isMainThread) {
  // Generate this worker's share and load jieba first, then wait for 'go': the timed phase holds mining only.
  const { from, to, measureSegmenter } = workerData as { from: number; to: number; measureSegmenter: boolean }
  const reference = loadChineseReference()
  const segmenter = jiebaSegmenter({ tags: false })
  segmenter.segment('预热')
  const docs = generateChinese(from, to)
  const chars = countChars(docs)
  parentPort?.postMessage({ ready: true })
  parentPort?.once('message', () => {
    const t0 = performance.now()
    const pieceCache = newPieceCache()
    let stats: ChineseStats | undefined
    for (let d = 0; d < docs.length; d += 50) {
      stats = mineChineseDocuments(docs.slice(d, d + 50), segmenter, { reference, pieceCache }, 0, undefined, stats)
    }
    const mineMs = performance.now() - t0
    const result: WorkerResult = { stats: stats!, chars, mineMs }
    parentPort?.postMessage(result, chineseStatsBuffers(stats!))
    if (measureSegmenter) {
      // jieba alone on the same segments, after the timed phase (for the report, not the total).
      const t1 = performance.now()
      for (const doc of docs) for (const s of doc.segments) segmenter.segment(s.text)
      parentPort?.postMessage({ segmentOnlyMs: performance.now() - t1 })
    }
  })
} else if (bundled || process.env.SHUYU_BENCH_TSX === '1') {
  void main()
} else {
  // From sources: bundle this bench (jieba stays an external require, as in the app) and run the bundle.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  buildSync({
    entryPoints: [SOURCE],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['@node-rs/jieba', 'esbuild'],
    // Every bench/mining module finds the project root from its own URL: give them this file's.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(SOURCE).href) },
    logLevel: 'error'
  })
  const run = spawnSync(process.execPath, [BUNDLE, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SHUYU_ZH_SPEED_BUNDLE: '1' }
  })
  process.exitCode = run.status ?? 1
}

const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6

async function main(): Promise<void> {
  const millions = Number(process.argv[2] ?? 10)
  const nWorkers = Number(process.argv[3] ?? 2)
  const totalDocs = Math.ceil((millions * 1e6) / CHARS_PER_DOC)
  const reference = loadChineseReference()
  const per = Math.ceil(totalDocs / nWorkers)
  const workers: Worker[] = []
  const ready: Promise<void>[] = []
  for (let i = 0; i < nWorkers; i++) {
    // Bundled, a worker runs the bundle itself; from sources, Node 20 workers do not inherit tsx's loader:
    // register it in a tiny CommonJS bootstrap.
    const boot = bundled ? BUNDLE : `require('tsx/cjs/api').register(); require(${JSON.stringify(SOURCE)})`
    const w = new Worker(boot, {
      eval: !bundled,
      workerData: { from: i * per, to: Math.min(totalDocs, (i + 1) * per), measureSegmenter: i === 0 }
    })
    workers.push(w)
    ready.push(
      new Promise((resolve, reject) => {
        w.once('message', () => resolve())
        w.once('error', reject)
      })
    )
  }
  await Promise.all(ready)
  const results = workers.map(
    (w) =>
      new Promise<WorkerResult>((resolve, reject) => {
        w.once('message', resolve)
        w.once('error', reject)
      })
  )
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  for (const w of workers) w.postMessage('go')
  const parts = await Promise.all(results)
  const cpuMine = cpuSeconds(process.cpuUsage(cpu0))
  const segmentOnly = new Promise<number>((resolve) =>
    workers[0].once('message', (m: { segmentOnlyMs: number }) => resolve(m.segmentOnlyMs))
  )
  const tMerge = performance.now()
  const cpu1 = process.cpuUsage()
  let merged = parts[0].stats
  for (const p of parts.slice(1)) merged = mergeChineseStats(merged, p.stats)
  const tRank = performance.now()
  const result = rankChineseStats(merged, reference, { limit: 0 })
  const tEnd = performance.now()
  const cpuRank = cpuSeconds(process.cpuUsage(cpu1))
  const segmentOnlyMs = await segmentOnly
  for (const w of workers) void w.terminate()
  const chars = parts.reduce((a, p) => a + p.chars, 0)
  const wallS = (tEnd - t0) / 1000
  const out = {
    date: new Date().toISOString(),
    code: bundled ? 'bundled (esbuild, as the app)' : 'sources through tsx',
    loadAverage: loadavg().map((x) => +x.toFixed(1)),
    chars,
    workers: nWorkers,
    // End to end from 'go' to the ranked list: parallel mining, transfer, merge, rank (generation excluded).
    seconds: +wallS.toFixed(2),
    charsPerSecond: Math.round(chars / wallS),
    workerMineSeconds: parts.map((p) => +(p.mineMs / 1000).toFixed(2)),
    mergeSeconds: +((tRank - tMerge) / 1000).toFixed(2),
    rankSeconds: +((tEnd - tRank) / 1000).toFixed(2),
    // The machine is shared, so wall time depends on the neighbours: CPU seconds are the stable figures.
    cpuSecondsMining: +cpuMine.toFixed(2),
    cpuSecondsMergeRank: +cpuRank.toFixed(2),
    charsPerCpuSecondMining: Math.round(chars / cpuMine),
    /** On nWorkers dedicated cores: mining CPU split across the workers, then the serial merge + rank. */
    estimatedCharsPerSecondDedicated: Math.round(chars / (cpuMine / nWorkers + cpuRank)),
    /** jieba alone (plain cut, no tags) on worker 0's share, characters per second of one thread. */
    jiebaCharsPerSecond: Math.round(parts[0].chars / (segmentOnlyMs / 1000)),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    distinctNgrams: merged.size,
    candidates: result.candidates.length,
    top: result.candidates.slice(0, 15).map((c) => c.term)
  }
  console.log(JSON.stringify(out, null, 2))
  const dir = join(ROOT, 'bench/results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'mining-zh-speed.json'), JSON.stringify(out, null, 2) + '\n')
}
