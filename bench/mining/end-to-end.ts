// End-to-end mining bench: the path the app and `shuyu mine` take. A fresh workspace imports a generated
// corpus of ≥ 10M words from .txt files ('corpus/import', timed on its own), then 'mining/run' goes through
// the same dispatch as the app: segments read from SQLite, mined, ranked, candidates stored. A second,
// untimed-by-the-handler pass times each stage alone (read, mine, store) to show what bounds the whole.
// Usage: npx tsx bench/mining/end-to-end.ts [millionWords=10]   Writes bench/results/mining-end-to-end.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { loadMiningDocuments } from '../../src/main/mining/load-corpus'
import { runMiner } from '../../src/main/mining/run-miner'
import { noContext } from '../../src/main/handlers/types'
import { WORDS_PER_DOC, countWords, generate } from './synthetic-corpus'

const ROOT = new URL('../../', import.meta.url).pathname
const millions = Number(process.argv[2] ?? 10)
const cpuSeconds = (u: NodeJS.CpuUsage): number => +((u.user + u.system) / 1e6).toFixed(2)

interface Timed<T> { value: T; seconds: number; cpuSeconds: number }

async function timed<T>(f: () => Promise<T> | T): Promise<Timed<T>> {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const value = await f()
  return { value, seconds: +((performance.now() - t0) / 1000).toFixed(2), cpuSeconds: cpuSeconds(process.cpuUsage(cpu0)) }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shuyu-bench-mine-'))
  const corpusDir = join(dir, 'corpus')
  mkdirSync(corpusDir)
  // One .txt file per generated document, one segment per line: what a translator's folder looks like.
  const totalDocs = Math.ceil((millions * 1e6) / WORDS_PER_DOC)
  let words = 0
  for (let d = 0; d < totalDocs; d += 200) {
    const docs = generate(d, Math.min(totalDocs, d + 200), WORDS_PER_DOC)
    words += countWords(docs)
    for (const doc of docs) {
      writeFileSync(join(corpusDir, `doc-${String(doc.id).padStart(6, '0')}.txt`),
        doc.segments.map((s) => s.text).join('\n') + '\n')
    }
  }
  const app = await AppContext.open({ db: join(dir, 'bench.sqlite'), seedsDir: seedsDir() })
  const handlers = createHandlers(app)
  const call = async (name: string, arg: unknown): Promise<unknown> => {
    const r = await dispatch(app, handlers, name, arg)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.result
  }
  try {
    const imported = await timed(() => call('corpus/import', { paths: [corpusDir] }))
    const mined = await timed(() => call('mining/run', {}) as Promise<{ words: number; candidates: number }>)
    // The stages alone (the second run of the same corpus: same work as the first).
    const read = await timed(() => loadMiningDocuments(app.workspace.db))
    const mine = await timed(() => runMiner(read.value, noContext))
    const out = {
      date: new Date().toISOString(),
      words,
      documents: totalDocs,
      import: { seconds: imported.seconds, cpuSeconds: imported.cpuSeconds,
        wordsPerSecond: Math.round(words / imported.seconds) },
      miningRun: {
        seconds: mined.seconds, cpuSeconds: mined.cpuSeconds,
        wordsPerSecond: Math.round(mined.value.words / mined.seconds),
        wordsMined: mined.value.words, candidates: mined.value.candidates
      },
      stages: {
        readSegmentsSeconds: read.seconds,
        mineAndRankSeconds: mine.seconds,
        mineAndRankCpuSeconds: mine.cpuSeconds,
        storeCandidatesSecondsEstimate: +(mined.seconds - read.seconds - mine.seconds).toFixed(2)
      },
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
