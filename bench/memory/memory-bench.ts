/**
 * Translation memory at scale (npx tsx bench/memory/memory-bench.ts [--units N] [--skip-omegat]):
 *  1. generates N (default 1,000,000) English→Chinese policy units (seeded) and writes them as TMX
 *     with the core serializer;
 *  2. imports the TMX through the real `exchange/import` handler, which after the import itself indexes the
 *     new units for the concordance and warms the fuzzy index up (saving its snapshot), with progress:
 *     the three phases are timed apart from its progress events; then the first `memory/match` and the
 *     first `memory/suggest`, each timed (with nothing left to index, they are quick);
 *  3. in a FRESH process (`--phase query`): opening the workspace, the first match (snapshot load),
 *     then p50/p99 of 200 `memory/match` calls and the latency of a few `memory/suggest`;
 *  4. OmegaT 3.6 headless (console-translate) loading the same TMX and pre-translating the same 200
 *     sentences: wall time and peak memory (/usr/bin/time), and how many it filled (exact matches only).
 * `--generator zipf` uses the core fuzzy bench's lexically varied corpus model instead of the policy
 * templates. Writes bench/results/memory.json (memory-zipf.json for the zipf generator).
 */
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { serializeTmx } from '../../src/core/exchange'
import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { snapshotPath } from '../../src/main/memory/fuzzy-snapshot'
import type { ApiArg, ApiName, ApiResult } from '../../src/shared/api'
import { percentile } from '../lib/stats'
import { policyQueries, type PolicyUnit, policyUnits } from './policy-units'
import { zipfUnits } from './zipf-units'

const args = process.argv.slice(2)
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d
const TERMS = ['new quality productive forces', 'high-quality development', 'rural revitalization', 'food security']

async function openApp(db: string) {
  const app = await AppContext.open({ db, seedsDir: seedsDir() })
  const handlers = createHandlers(app)
  const call = async <K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>> => {
    const r = await dispatch(app, handlers, name, arg)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.result as ApiResult<K>
  }
  return { app, call }
}

/** Phase 3, in its own process: nothing of the index is in memory when it starts. */
async function queryPhase(db: string, queriesFile: string): Promise<void> {
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as string[]
  let t = performance.now()
  const { app, call } = await openApp(db)
  const openMs = performance.now() - t
  t = performance.now()
  const first = await call('memory/match', { text: queries[0], min: 70, limit: 10 })
  const firstMatchMs = performance.now() - t
  const times: number[] = []
  const cpuTimes: number[] = []
  const cpuStart = process.cpuUsage()
  let withMatch = 0
  let exact = 0
  for (const q of queries) {
    const s = performance.now()
    const c = process.cpuUsage()
    const r = await call('memory/match', { text: q, min: 70, limit: 10 })
    const used = process.cpuUsage(c)
    times.push(performance.now() - s)
    cpuTimes.push((used.user + used.system) / 1000)
    if (r.length) withMatch++
    if (r[0]?.exact) exact++
  }
  const cpu = process.cpuUsage(cpuStart)
  // CPU time next to wall time: the machine may be shared, and wall time then includes waiting.
  const matchCpuMsPerQuery = round((cpu.user + cpu.system) / 1000 / queries.length, 2)
  const suggest: Record<string, { ms: number; cpuMs: number; top: string[] }> = {}
  for (const term of TERMS) {
    const s = performance.now()
    const c = process.cpuUsage()
    const r = await call('memory/suggest', { term, limit: 5 })
    const used = process.cpuUsage(c)
    suggest[term] = {
      ms: round(performance.now() - s),
      cpuMs: round((used.user + used.system) / 1000),
      top: r.slice(0, 3).map((p) => p.text)
    }
  }
  app.close()
  const out = {
    openWorkspaceMs: round(openMs),
    firstMatchMs: round(firstMatchMs),
    firstMatchCount: first.length,
    queries: queries.length,
    p50Ms: round(percentile(times, 50), 2),
    p99Ms: round(percentile(times, 99), 2),
    maxMs: round(Math.max(...times), 2),
    matchCpuMsPerQuery,
    cpuP50Ms: round(percentile(cpuTimes, 50), 2),
    cpuP99Ms: round(percentile(cpuTimes, 99), 2),
    queriesWithMatch: withMatch,
    queriesExact: exact,
    suggest,
    heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    rssMB: Math.round(process.memoryUsage().rss / 2 ** 20)
  }
  process.stdout.write('RESULT ' + JSON.stringify(out) + '\n')
}

function writeTmx(file: string, n: number, zipf: boolean): { sample: PolicyUnit[]; ms: number } {
  const t = performance.now()
  const sample: PolicyUnit[] = []
  let i = 0
  function* units() {
    for (const u of zipf ? zipfUnits(n) : policyUnits(n)) {
      if (i++ % 500 === 0) sample.push(u)
      yield { srcLang: 'en', tgtLang: 'zh-CN', source: u.en, target: u.zh }
    }
  }
  const fd = openSync(file, 'w')
  let buf = ''
  for (const chunk of serializeTmx(units(), { srcLang: 'en', creationDate: '2025-01-01T00:00:00Z' })) {
    buf += chunk
    if (buf.length > 1 << 20) {
      writeSync(fd, buf)
      buf = ''
    }
  }
  writeSync(fd, buf)
  closeSync(fd)
  return { sample, ms: performance.now() - t }
}

/** OmegaT 3.6 console-translate over the same TMX and sentences; null fields when it cannot run. */
function runOmegat(tmx: string, queries: string[], work: string) {
  const jar = '/usr/share/omegat/OmegaT.jar'
  try {
    statSync(jar)
  } catch {
    return { ran: false, reason: `${jar} not installed` }
  }
  const p = join(work, 'omegat-project')
  for (const d of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat'])
    mkdirSync(join(p, d), { recursive: true })
  mkdirSync(join(work, 'omegat-config'), { recursive: true })
  writeFileSync(
    join(p, 'omegat.project'),
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en-US</source_lang>
    <target_lang>zh-CN</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`
  )
  // tm/auto: OmegaT applies these translations to the project on load (exact matches).
  spawnSync('cp', [tmx, join(p, 'tm/auto/memory.tmx')])
  writeFileSync(join(p, 'source/source.txt'), queries.join('\n\n') + '\n')
  const timeLog = join(work, 'omegat-time.txt')
  const t = performance.now()
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      '-o',
      timeLog,
      'java',
      '-Djava.awt.headless=true',
      '-jar',
      jar,
      p,
      '--mode=console-translate',
      `--config-dir=${join(work, 'omegat-config')}`,
      '--disable-project-locking',
      '--no-team',
      '--quiet'
    ],
    { encoding: 'utf8', timeout: 30 * 60_000, maxBuffer: 64 << 20 }
  )
  const ms = performance.now() - t
  const time = readFileSync(timeLog, 'utf8')
  const peakKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? NaN)
  let filled = 0
  try {
    const target = readFileSync(join(p, 'target/source.txt'), 'utf8').split(/\n\n/)
    filled = target.filter((s) => /\p{Script=Han}/u.test(s)).length
  } catch {
    // no target file: reported below as 0 filled
  }
  return {
    ran: run.status === 0,
    exitCode: run.status,
    wallMs: Math.round(ms),
    peakRssMB: Math.round(peakKB / 1024),
    sentences: queries.length,
    filled,
    note: 'console-translate fills exact (100%) matches only; time includes JVM start and loading the TMX',
    stderrTail: run.status === 0 ? undefined : (run.stderr ?? '').slice(-500)
  }
}

async function main(): Promise<void> {
  if (arg('phase', '') === 'query') return queryPhase(arg('db', ''), arg('queries', ''))
  const n = Number(arg('units', '1000000'))
  const work = mkdtempSync(join(tmpdir(), 'shuyu-memory-bench-'))
  const tmx = join(work, 'memory.tmx')
  const db = join(work, 'memory.sqlite')
  console.log(`work dir ${work}`)
  const zipf = arg('generator', 'policy') === 'zipf'
  const { sample, ms: tmxMs } = writeTmx(tmx, n, zipf)
  console.log(`TMX: ${n} units, ${Math.round(statSync(tmx).size / 2 ** 20)} MB in ${Math.round(tmxMs)} ms`)
  const queries = policyQueries(sample, 70, 100, 30)
  const queriesFile = join(work, 'queries.json')
  writeFileSync(queriesFile, JSON.stringify(queries))

  const { app, call } = await openApp(db)
  let t = performance.now()
  // When each indexing phase of exchange/import starts, from its progress messages.
  const phaseStart = new Map<string, number>()
  app.events.subscribe((e) => {
    if (e.type === 'progress' && e.jobId === 'bench-import' && e.message && !phaseStart.has(e.message)) {
      phaseStart.set(e.message, performance.now())
    }
  })
  const report = await call('exchange/import', { path: tmx, jobId: 'bench-import', indexAfter: true })
  const end = performance.now()
  const importMs = end - t
  const concordanceAt = phaseStart.get('indexing') ?? end
  const fuzzyAt = phaseStart.get('indexing-memory') ?? end
  const phases = {
    importOnlyMs: Math.round(concordanceAt - t),
    concordanceIndexMs: Math.round(fuzzyAt - concordanceAt),
    fuzzyIndexMs: Math.round(end - fuzzyAt)
  }
  console.log(
    `exchange/import: ${report.new} new, ${report.duplicates} duplicates in ${Math.round(importMs)} ms`,
    phases
  )
  t = performance.now()
  await call('memory/match', { text: queries[0] })
  const indexBuildMs = performance.now() - t
  console.log(`first match after the import in ${Math.round(indexBuildMs)} ms`)
  t = performance.now()
  await call('memory/suggest', { term: TERMS[0] })
  const concordanceCatchUpMs = performance.now() - t
  console.log(`first suggestion after the import in ${Math.round(concordanceCatchUpMs)} ms`)
  app.close()

  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve('bench/memory/memory-bench.ts'),
      '--phase',
      'query',
      '--db',
      db,
      '--queries',
      queriesFile
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 }
  )
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`query phase failed: ${child.stderr}`)
  const fresh = JSON.parse(line.slice(7))
  console.log('fresh process:', fresh)

  const omegat = args.includes('--skip-omegat') ? { ran: false, reason: 'skipped' } : runOmegat(tmx, queries, work)
  console.log('OmegaT:', omegat)

  const result = {
    benchmark: 'memory',
    generator: zipf ? 'zipf' : 'policy',
    units: n,
    tmxMB: Math.round(statSync(tmx).size / 2 ** 20),
    workspaceMB: Math.round(statSync(db).size / 2 ** 20),
    snapshotMB: Math.round(statSync(snapshotPath(db)).size / 2 ** 20),
    imported: report.new,
    duplicates: report.duplicates,
    importMs: Math.round(importMs),
    importPhases: phases,
    firstMatchMs: Math.round(indexBuildMs),
    firstSuggestionMs: Math.round(concordanceCatchUpMs),
    freshProcess: fresh,
    target: { fuzzyP99Ms: 50, suggestMs: 500 },
    omegat,
    node: process.version,
    at: new Date().toISOString()
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(`bench/results/memory${zipf ? '-zipf' : ''}.json`, JSON.stringify(result, null, 2) + '\n')
  console.log(JSON.stringify(result, null, 2))
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true })
}

void main()
