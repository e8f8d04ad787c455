/**
 * End-to-end exchange benchmark through the real handlers' code (SQLite included):
 * 100,000 concepts (3 terms, a definition and an example each) seeded into a temp workspace →
 * `exchange/export` TBX v3 (target < 5 s) → `exchange/import` into an empty workspace (target < 10 s);
 * 1,000,000 TMX units written with the core serialiser → imported into an empty workspace (< 60 s).
 * Peak RSS (process maxRSS) is recorded after each step. Writes bench/results/exchange.json.
 * Run: npx tsx bench/formats/bench.ts [concepts] [units]
 * Smaller runs for profiling: arguments or EXCHANGE_BENCH_CONCEPTS / EXCHANGE_BENCH_UNITS (0 skips that
 * part), e.g. `EXCHANGE_BENCH_CONCEPTS=20000 EXCHANGE_BENCH_UNITS=100000 node --cpu-prof --import tsx
 * bench/formats/bench.ts`. Only a run at the full sizes overwrites bench/results/exchange.json; smaller
 * runs write bench/results/exchange-small.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

import { type ExchangeUnit, serializeTmx } from '../../src/core/exchange'
import { normalizeTerm } from '../../src/core/termbase/normalize-term'
import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { noContext } from '../../src/main/call-context'
import { indexPendingInSteps } from '../../src/main/concordance/index-segments'
import { runExport } from '../../src/main/exchange/export-run'
import { runImport } from '../../src/main/exchange/import-run'
import { writeChunks } from '../../src/main/exchange/write-chunks'
import { bundleWorker } from '../../tests/helpers/bundle-worker'

const N = Number(process.argv[2] ?? process.env.EXCHANGE_BENCH_CONCEPTS ?? 100_000)
const U = Number(process.argv[3] ?? process.env.EXCHANGE_BENCH_UNITS ?? 1_000_000)
const FULL = N === 100_000 && U === 1_000_000
const dir = mkdtempSync(join(tmpdir(), 'shuyu-exchange-bench-'))
process.env.SHUYU_HOME = dir
// Imports parse TBX/TMX in the jobs worker, as the built app and CLI do (EXCHANGE_BENCH_IN_PROCESS=1: without).
if (!process.env.EXCHANGE_BENCH_IN_PROCESS) process.env.SHUYU_WORKER_FILE = bundleWorker(dir)

const rssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024)
/** 1-minute load average when a step starts: above the core count, wall time says more about the others. */
const load = (): number => Math.round(loadavg()[0] * 100) / 100
const open = (name: string) => AppContext.open({ db: join(dir, name), seedsDir: seedsDir() })

/** Wall-clock seconds, and CPU seconds (user + system) too: the machine is shared, so wall time is noisy. */
async function timed<T>(
  fn: () => Promise<T>
): Promise<{ value: T; seconds: number; cpuSeconds: number; loadAtStart: number }> {
  const loadAtStart = load()
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const value = await fn()
  const c = process.cpuUsage(c0)
  return {
    value,
    seconds: Math.round(performance.now() - t0) / 1000,
    cpuSeconds: Math.round((c.user + c.system) / 1000) / 1000,
    loadAtStart
  }
}

function seed(app: AppContext): void {
  const db = app.workspace.db
  const now = new Date().toISOString()
  const concept = db.prepare(`INSERT INTO concepts (definition, domain, note, source, created_at, modified_at)
    VALUES (?, 'economic policy', '', 'bench', ?, ?)`)
  const term = db.prepare(`INSERT INTO terms (concept_id, lang, text, norm, status, ordinal, created_at, modified_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
  const example = db.prepare(`INSERT INTO examples (concept_id, term_id, text, zh_text, source, created_at)
    VALUES (?, ?, ?, ?, 'Report, 2024-03-05', ?)`)
  db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const id = Number(concept.run(`Definition number ${i} of a policy concept.`, now, now).lastInsertRowid)
      const en = `policy term ${i}`
      const t1 = Number(term.run(id, 'en', en, normalizeTerm(en), 'preferred', 0, now, now).lastInsertRowid)
      term.run(id, 'en', `variant ${i}`, `variant ${i}`, 'deprecated', 1, now, now)
      term.run(id, 'zh-CN', `政策术语${i}`, `政策术语${i}`, 'preferred', 2, now, now)
      example.run(id, t1, `The ${en} was adopted in year ${i}.`, `第${i}年采纳了政策术语${i}。`, now)
    }
  })()
}

function* units(): Generator<ExchangeUnit> {
  for (let i = 0; i < U; i++) {
    yield {
      srcLang: 'en',
      tgtLang: 'zh-CN',
      source: `Sentence number ${i} about high-quality development.`,
      target: `关于高质量发展的第${i}句。`,
      origin: 'bench',
      createdAt: '2024-03-05T10:00:00Z'
    }
  }
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = {
    concepts: N,
    units: U,
    node: process.version,
    at: new Date().toISOString(),
    cores: cpus().length,
    parseInWorker: !process.env.EXCHANGE_BENCH_IN_PROCESS
  }
  let pass = true
  if (N > 0) {
    const source = await open('source.sqlite')
    seed(source)
    const tbx = join(dir, 'bench.tbx')
    const exp = await timed(() => runExport(source.workspace.db, { format: 'tbx', path: tbx }, noContext))
    result.exportTbx = {
      seconds: exp.seconds,
      cpuSeconds: exp.cpuSeconds,
      loadAtStart: exp.loadAtStart,
      bytes: exp.value.bytes,
      targetSeconds: 5,
      peakRssMb: rssMb()
    }
    console.log('export TBX', result.exportTbx)
    source.close()

    const target = await open('target.sqlite')
    const imp = await timed(() => runImport(target.workspace.db, { path: tbx }, noContext, false))
    result.importTbx = {
      seconds: imp.seconds,
      cpuSeconds: imp.cpuSeconds,
      loadAtStart: imp.loadAtStart,
      new: imp.value.new,
      targetSeconds: 10,
      peakRssMb: rssMb()
    }
    console.log('import TBX', result.importTbx)
    target.close()
    pass &&= exp.seconds < 5 && imp.seconds < 10
  }

  if (U > 0) {
    const tmx = join(dir, 'bench.tmx')
    const written = await timed(() => writeChunks(tmx, serializeTmx(units())))
    const memory = await open('memory.sqlite')
    const tm = await timed(() => runImport(memory.workspace.db, { path: tmx }, noContext, false))
    result.importTmx = {
      seconds: tm.seconds,
      cpuSeconds: tm.cpuSeconds,
      loadAtStart: tm.loadAtStart,
      new: tm.value.new,
      bytes: written.value,
      writeSeconds: written.seconds,
      targetSeconds: 60,
      peakRssMb: rssMb()
    }
    console.log('import TMX', result.importTmx)
    // What `exchange/import` does next (runImport above is the import itself): the concordance index of the new
    // units, in steps with progress.
    let steps = 0
    const indexed = await timed(() => indexPendingInSteps(memory.workspace.db, () => steps++))
    result.concordanceIndexAfterTmx = {
      seconds: indexed.seconds,
      cpuSeconds: indexed.cpuSeconds,
      units: indexed.value,
      steps,
      peakRssMb: rssMb()
    }
    console.log('concordance index after the TMX import', result.concordanceIndexAfterTmx)
    steps = 0
    const warmed = await timed(() => memory.unitIndex.warmUp(() => steps++))
    result.fuzzyIndexAfterTmx = {
      seconds: warmed.seconds,
      cpuSeconds: warmed.cpuSeconds,
      units: warmed.value,
      steps,
      peakRssMb: rssMb()
    }
    console.log('fuzzy-match index after the TMX import', result.fuzzyIndexAfterTmx)
    memory.close()
    pass &&= tm.seconds < 60
  }

  // The targets are for the full sizes; a smaller run says nothing about them.
  result.pass = FULL ? pass : null
  mkdirSync(join('bench', 'results'), { recursive: true })
  writeFileSync(
    join('bench', 'results', FULL ? 'exchange.json' : 'exchange-small.json'),
    JSON.stringify(result, null, 2) + '\n'
  )
  rmSync(dir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  rmSync(dir, { recursive: true, force: true })
  process.exit(1)
})
