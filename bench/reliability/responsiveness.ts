/**
 * Does the app stay responsive while it imports? Through the API (dispatch, as every window calls it) on an
 * app opened as the desktop app and `shuyu serve` open it (interactive: long work off the main thread):
 *  A. a 1,000,000-unit TMX import (with `indexAfter`, as the import dialog sends it: the concordance and
 *     fuzzy-match indexing follow in the same job) into a workspace of 20,000 concepts and 50,000 units;
 *  B. a 100,000-concept TBX import into the same kind of workspace.
 * While each runs, `termbase/search` and `memory/match` are called every 50 ms (alternately) and their
 * wall latency recorded; the main thread's event-loop lag is sampled every 20 ms; 50 UI edits
 * (`termbase/save`, `memory/add`, `workspace/setSetting`, in turn) are sent spread over the import and must
 * all land (they queue while the job holds the write lock). Target: p99 < 200 ms, 0 failed edits.
 * The 10 s after the job are measured too (the main thread learns what the worker wrote then).
 * Writes bench/results/responsiveness.json. Run: npx tsx bench/reliability/responsiveness.ts [units] [concepts]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

import { type ExchangeConcept, serializeTbx3, serializeTmx } from '../../src/core/exchange'
import { normalizeTerm } from '../../src/core/termbase/normalize-term'
import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { writeChunks } from '../../src/main/exchange/write-chunks'
import { createHandlers, type Handlers } from '../../src/main/handlers'
import type { ApiArg, ApiName, ApiResult, AppEvent } from '../../src/shared/api'
import { bundleWorker } from '../../tests/helpers/bundle-worker'
import { percentile } from '../lib/stats'
import { policyQueries, type PolicyUnit, policyUnits } from '../memory/policy-units'

const UNITS = Number(process.argv[2] ?? process.env.RESPONSIVENESS_UNITS ?? 1_000_000)
const CONCEPTS = Number(process.argv[3] ?? process.env.RESPONSIVENESS_CONCEPTS ?? 100_000)
const FULL = UNITS === 1_000_000 && CONCEPTS === 100_000
const SEED_CONCEPTS = 20_000
const SEED_UNITS = 50_000
const EDITS = 50
const PROBE_MS = 50
const AFTER_MS = 10_000
const TARGET_P99_MS = 200

const dir = mkdtempSync(join(tmpdir(), 'shuyu-responsiveness-'))
process.env.SHUYU_HOME = dir
// The jobs run in the worker the app ships, built from the current sources.
process.env.SHUYU_WORKER_FILE = bundleWorker(dir)

const load = (): number => Math.round(loadavg()[0] * 100) / 100
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** 20,000 concepts and 50,000 units written directly, as a workspace that has been used for a while. */
function seed(app: AppContext, units: PolicyUnit[]): void {
  const db = app.workspace.db
  const now = new Date().toISOString()
  const concept = db.prepare(
    `INSERT INTO concepts (definition, domain, note, source, created_at, modified_at) VALUES (?, 'policy', '', 'seed', ?, ?)`
  )
  const term = db.prepare(
    `INSERT INTO terms (concept_id, lang, text, norm, status, ordinal, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const unit = db.prepare(
    `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, created_at, changed_at)
     VALUES ('en', 'zh-CN', ?, ?, 'import', ?, ?)`
  )
  db.transaction(() => {
    for (let i = 0; i < SEED_CONCEPTS; i++) {
      const id = Number(concept.run(`Seeded policy concept ${i}.`, now, now).lastInsertRowid)
      const en = `seeded policy ${i}`
      term.run(id, 'en', en, normalizeTerm(en), 'preferred', 0, now, now)
      term.run(id, 'zh-CN', `种子政策${i}`, `种子政策${i}`, 'preferred', 1, now, now)
    }
    for (const u of units) unit.run(u.en, u.zh, now, now)
  })()
}

interface Sample {
  op: string
  ms: number
  at: number
  ok: boolean
}

function summary(samples: Sample[]) {
  const ms = samples.filter((s) => s.ok).map((s) => s.ms)
  return {
    calls: samples.length,
    failed: samples.filter((s) => !s.ok).length,
    p50: Math.round(percentile(ms, 50) * 10) / 10,
    p95: Math.round(percentile(ms, 95) * 10) / 10,
    p99: Math.round(percentile(ms, 99) * 10) / 10,
    max: Math.round(Math.max(0, ...ms) * 10) / 10
  }
}

async function scenario(name: string, file: string, kind: 'tmx' | 'tbx', queries: string[]) {
  const app = await AppContext.open({ db: join(dir, `${name}.sqlite`), seedsDir: seedsDir(), interactive: true })
  const handlers = createHandlers(app)
  const seedUnits = [...policyUnits(SEED_UNITS, 99)]
  seed(app, seedUnits)
  const call = async <K extends ApiName>(op: K, arg: ApiArg<K>): Promise<ApiResult<K>> => {
    const r = await dispatch(app, handlers as Handlers, op, arg)
    if (!r.ok) throw Object.assign(new Error(`${op}: ${r.error.message}`), { payload: r.error })
    return r.result as ApiResult<K>
  }
  // Warm up as a window that has been open a while: the term-base index built, the fuzzy index in memory.
  await app.conceptIndex.warmUp()
  await call('memory/match', { text: seedUnits[0].en })
  const warmed = Date.now()
  while (app.unitIndex.catchUp() !== 0 || app.jobs.busy) {
    if (Date.now() - warmed > 300_000) throw new Error('warm-up did not finish')
    await sleep(100)
  }
  const events: AppEvent[] = []
  app.events.subscribe((e) => events.push(e))

  const samples: Sample[] = []
  const lags: number[] = []
  const edits: { kind: string; ms: number; ok: boolean; error?: string }[] = []
  let phase: 'during' | 'after' = 'during'
  const after: Sample[] = []
  const afterLags: number[] = []

  // Event-loop lag: how late a 20 ms timer fires (what every request waits at least).
  let expected = performance.now() + 20
  const lagTimer = setInterval(() => {
    const now = performance.now()
    const lag = Math.max(0, now - expected)
    ;(phase === 'during' ? lags : afterLags).push(lag)
    if (process.env.RESPONSIVENESS_DEBUG && lag > 100) {
      const last = events.filter((e) => e.type !== 'progress').slice(-2)
      const progress = events.filter((e) => e.type === 'progress').at(-1)
      console.log(`lag ${Math.round(lag)} ms at ${Math.round(now - started)} ms`, JSON.stringify({ last, progress }))
    }
    expected = now + 20
  }, 20)

  const started = performance.now()
  const job = call('exchange/import', { path: file, jobId: name, ...(kind === 'tmx' ? { indexAfter: true } : {}) })
  let done = false
  let importMs = 0
  const finished = job.then(
    (report) => {
      importMs = performance.now() - started
      done = true
      return report
    },
    (error: unknown) => {
      done = true
      throw error
    }
  )

  // Reads: a term search and a fuzzy match in turn, every PROBE_MS, measured from call to answer.
  let q = 0
  const probes = (async () => {
    let stopAt = Infinity
    while (performance.now() < stopAt) {
      if (done && stopAt === Infinity) {
        phase = 'after'
        stopAt = performance.now() + AFTER_MS
      }
      const i = q++
      const op = i % 2 === 0 ? 'termbase/search' : 'memory/match'
      const t0 = performance.now()
      let ok = true
      try {
        if (op === 'termbase/search')
          await call('termbase/search', { text: `seeded policy ${(i * 7919) % SEED_CONCEPTS}` })
        else await call('memory/match', { text: queries[i % queries.length] })
      } catch {
        ok = false
      }
      const sample = { op, ms: performance.now() - t0, at: t0 - started, ok }
      ;(phase === 'during' ? samples : after).push(sample)
      await sleep(PROBE_MS)
    }
  })()

  // Edits spread over the import: the first right away, then one every ~spacing ms.
  const expectedMs = kind === 'tmx' ? 25_000 : 8_000
  const spacing = Math.max(20, Math.floor(expectedMs / EDITS))
  const editCalls: Promise<void>[] = []
  for (let i = 0; i < EDITS; i++) {
    const kindOf = ['termbase/save', 'memory/add', 'workspace/setSetting'][i % 3]
    const t0 = performance.now()
    const marker = `${name} edit ${i}`
    const p =
      kindOf === 'termbase/save'
        ? call('termbase/save', { terms: [{ lang: 'en', text: marker, status: 'preferred', pos: '', usageNote: '' }] })
        : kindOf === 'memory/add'
          ? call('memory/add', { source: `${marker}.`, target: `${marker}。` })
          : call('workspace/setSetting', { key: `bench.${name}.${i}`, value: marker })
    editCalls.push(
      p.then(
        () => void edits.push({ kind: kindOf, ms: performance.now() - t0, ok: true }),
        (error: Error) => void edits.push({ kind: kindOf, ms: performance.now() - t0, ok: false, error: error.message })
      )
    )
    if (done) break
    await sleep(spacing)
  }
  const report = await finished
  await Promise.all(editCalls)
  await probes
  clearInterval(lagTimer)

  // Did every edit land? Count what they wrote.
  const db = app.workspace.db
  const landed =
    (db.prepare(`SELECT count(*) FROM terms WHERE text LIKE ?`).pluck().get(`${name} edit %`) as number) +
    (db
      .prepare(`SELECT count(*) FROM translation_units WHERE source_text LIKE ?`)
      .pluck()
      .get(`${name} edit %`) as number) +
    (db.prepare(`SELECT count(*) FROM settings WHERE key LIKE ?`).pluck().get(`bench.${name}.%`) as number)
  const queueEvents = events.filter((e) => e.type === 'queue' && e.waiting > 0).length
  app.close()

  const reads = {
    'termbase/search': summary(samples.filter((s) => s.op === 'termbase/search')),
    'memory/match': summary(samples.filter((s) => s.op === 'memory/match')),
    all: summary(samples)
  }
  return {
    file: kind,
    imported: report.new,
    importSeconds: Math.round(importMs) / 1000,
    loadAverage: load(),
    during: {
      reads,
      eventLoopLagMs: {
        p50: percentile(lags, 50),
        p99: Math.round(percentile(lags, 99)),
        max: Math.round(Math.max(0, ...lags))
      }
    },
    after10s: {
      reads: {
        'termbase/search': summary(after.filter((s) => s.op === 'termbase/search')),
        'memory/match': summary(after.filter((s) => s.op === 'memory/match'))
      },
      eventLoopLagMs: { p99: Math.round(percentile(afterLags, 99)), max: Math.round(Math.max(0, ...afterLags)) }
    },
    edits: {
      sent: edits.length,
      failed: edits.filter((e) => !e.ok).length,
      landed,
      errors: edits.filter((e) => !e.ok).map((e) => e.error),
      waitedMs: {
        p50: Math.round(
          percentile(
            edits.map((e) => e.ms),
            50
          )
        ),
        max: Math.round(Math.max(0, ...edits.map((e) => e.ms)))
      },
      queueEvents
    },
    pass:
      reads['termbase/search'].p99 < TARGET_P99_MS &&
      reads['memory/match'].p99 < TARGET_P99_MS &&
      reads.all.failed === 0 &&
      edits.every((e) => e.ok) &&
      landed === edits.length
  }
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = {
    units: UNITS,
    concepts: CONCEPTS,
    seeded: { concepts: SEED_CONCEPTS, units: SEED_UNITS },
    node: process.version,
    cores: cpus().length,
    loadAtStart: load(),
    at: new Date().toISOString(),
    targetP99Ms: TARGET_P99_MS
  }
  const queries = policyQueries([...policyUnits(SEED_UNITS, 99)], 100, 100, 50)
  if (UNITS > 0) {
    const tmx = join(dir, 'big.tmx')
    await writeChunks(
      tmx,
      serializeTmx(
        (function* () {
          for (const u of policyUnits(UNITS, 2024)) {
            yield { srcLang: 'en', tgtLang: 'zh-CN', source: u.en, target: u.zh, origin: 'bench' }
          }
        })()
      )
    )
    result.tmx = await scenario('tmx', tmx, 'tmx', queries)
    console.log('TMX', JSON.stringify(result.tmx, null, 2))
  }
  if (CONCEPTS > 0) {
    const tbx = join(dir, 'big.tbx')
    await writeChunks(
      tbx,
      serializeTbx3(
        (function* () {
          for (let i = 0; i < CONCEPTS; i++) {
            const concept: ExchangeConcept = {
              id: `b${i}`,
              definition: `Imported policy concept ${i}.`,
              terms: [
                { lang: 'en', text: `imported policy ${i}`, status: 'preferred' },
                { lang: 'en', text: `variant ${i}`, status: 'admitted' },
                { lang: 'zh-CN', text: `导入政策${i}`, status: 'preferred' }
              ]
            }
            yield concept
          }
        })()
      )
    )
    result.tbx = await scenario('tbx', tbx, 'tbx', queries)
    console.log('TBX', JSON.stringify(result.tbx, null, 2))
  }
  result.pass = [result.tmx, result.tbx].every((r) => !r || (r as { pass: boolean }).pass)
  mkdirSync(join('bench', 'results'), { recursive: true })
  writeFileSync(
    join('bench', 'results', FULL ? 'responsiveness.json' : 'responsiveness-small.json'),
    JSON.stringify(result, null, 2) + '\n'
  )
  rmSync(dir, { recursive: true, force: true })
  process.exitCode = result.pass ? 0 : 1
}

main().catch((error) => {
  console.error(error)
  rmSync(dir, { recursive: true, force: true })
  process.exit(1)
})
