// End-to-end mining bench: the path the app and `shuyu mine` take. A fresh workspace imports a generated
// corpus of ≥ 10M words from .txt files ('corpus/import', timed on its own), then the body of 'mining/run'
// (mineWorkspace, called directly to get its stage times): segments read from SQLite, mined on
// min(2, cores) worker threads (the current sources bundled as the app bundles its worker), merged and
// ranked in the leading worker,
// candidates stored while the merged stats are saved beside the workspace. Then one 10,000-word document
// is imported and mined again: the incremental path (only that document mined, merged into the saved stats).
// CPU seconds are process-wide (all threads): the machine is shared, so they are the stable figures.
// Usage: npx tsx bench/mining/end-to-end.ts [millionWords=10]   Writes bench/results/mining-end-to-end.json.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { noContext } from '../../src/main/call-context'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { mineWorkspace } from '../../src/main/mining/mine-workspace'
import { statsSnapshotPath } from '../../src/main/mining/stats-snapshot'
import { bundleWorker } from '../../tests/helpers/bundle-worker'
import { countWords, generate, WORDS_PER_DOC } from './synthetic-corpus'

const ROOT = new URL('../../', import.meta.url).pathname
const millions = Number(process.argv[2] ?? 10)
const cpuSeconds = (u: NodeJS.CpuUsage): number => +((u.user + u.system) / 1e6).toFixed(2)

interface Timed<T> {
  value: T
  seconds: number
  cpuSeconds: number
}

async function timed<T>(f: () => Promise<T> | T): Promise<Timed<T>> {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const value = await f()
  return {
    value,
    seconds: +((performance.now() - t0) / 1000).toFixed(2),
    cpuSeconds: cpuSeconds(process.cpuUsage(cpu0))
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shuyu-bench-mine-'))
  // The worker as the app ships it (one CommonJS bundle), from the current sources.
  process.env.SHUYU_WORKER_FILE = bundleWorker(dir)
  const corpusDir = join(dir, 'corpus')
  mkdirSync(corpusDir)
  // One .txt file per generated document, one segment per line: what a translator's folder looks like.
  const totalDocs = Math.ceil((millions * 1e6) / WORDS_PER_DOC)
  let words = 0
  for (let d = 0; d < totalDocs; d += 200) {
    const docs = generate(d, Math.min(totalDocs, d + 200), WORDS_PER_DOC)
    words += countWords(docs)
    for (const doc of docs) {
      writeFileSync(
        join(corpusDir, `doc-${String(doc.id).padStart(6, '0')}.txt`),
        doc.segments.map((s) => s.text).join('\n') + '\n'
      )
    }
  }
  const dbFile = join(dir, 'bench.sqlite')
  const app = await AppContext.open({ db: dbFile, seedsDir: seedsDir() })
  const handlers = createHandlers(app)
  const call = async (name: string, arg: unknown): Promise<unknown> => {
    const r = await dispatch(app, handlers, name, arg)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.result
  }
  try {
    const imported = await timed(() => call('corpus/import', { paths: [corpusDir] }))
    const mined = await timed(() => mineWorkspace(app.workspace.db, noContext))
    const rssAfterMining = Math.round(process.resourceUsage().maxRSS / 1024)
    const snapshotMB = +(statSync(statsSnapshotPath(dbFile)).size / 2 ** 20).toFixed(1)

    // One more document of 10,000 words (a generated one beyond the corpus), then mine again.
    const extra = generate(totalDocs, totalDocs + 5, WORDS_PER_DOC)
    const extraFile = join(dir, 'extra.txt')
    writeFileSync(extraFile, extra.flatMap((d) => d.segments.map((s) => s.text)).join('\n') + '\n')
    await call('corpus/import', { paths: [extraFile] })
    const again = await timed(() => mineWorkspace(app.workspace.db, noContext))

    const out = {
      // The machine is shared: its load (1/5/15-minute averages) says how far wall times stand for it.
      loadAverageAtEnd: loadavg().map((x) => +x.toFixed(2)),
      date: new Date().toISOString(),
      cores: availableParallelism(),
      words,
      documents: totalDocs,
      import: {
        seconds: imported.seconds,
        cpuSeconds: imported.cpuSeconds,
        wordsPerSecond: Math.round(words / imported.seconds)
      },
      // From the dispatch call to the stored candidates and the saved stats (a first run: full).
      miningRun: {
        mode: mined.value.plan.mode,
        seconds: mined.seconds,
        cpuSeconds: mined.cpuSeconds,
        wordsPerSecond: Math.round(mined.value.result.words / mined.seconds),
        wordsPerCpuSecond: Math.round(mined.value.result.words / mined.cpuSeconds),
        wordsMined: mined.value.wordsMined,
        candidates: mined.value.result.candidates.length,
        // read: segments; mine: workers mine + merge + rank (+ clone of the result); store: candidates;
        // save: waiting for the stats snapshot after the store.
        stagesMs: mined.value.timings
      },
      statsSnapshotMB: snapshotMB,
      reMineAfter10kWordDocument: {
        mode: again.value.plan.mode,
        documentsMined: again.value.documentsMined,
        wordsMined: again.value.wordsMined,
        seconds: again.seconds,
        cpuSeconds: again.cpuSeconds,
        // read: new segments; mine: snapshot load + mine + merge + rank; store: candidates; save: stats wait.
        stagesMs: again.value.timings
      },
      peakRssMBAfterMining: rssAfterMining,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024)
    }
    console.log(JSON.stringify(out, null, 2))
    const results = join(ROOT, 'bench/results')
    mkdirSync(results, { recursive: true })
    writeFileSync(join(results, 'mining-end-to-end.json'), JSON.stringify(out, null, 2) + '\n')
  } finally {
    app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
