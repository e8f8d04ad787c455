/**
 * Fuzzing every importer through the API: ≥ 10,000 inputs mutated by a seeded PRNG (tests/helpers/mutate.ts:
 * byte flips, truncation, duplicated tags, hostile insertions, encoding damage, UTF-16 re-encoding, deep
 * nesting; XLSX and DOCX also with damage inside the zip's XML) from seed files of every format: TBX v3
 * and v2, TMX, CSV, OmegaT TSV, XLSX through `exchange/import`; TXT, HTML, DOCX, PDF through `corpus/upload`.
 * Counted per format:
 *  - crashes: an error that is not a structured refusal (code `internal`, or anything thrown past dispatch,
 *    an unhandled rejection);
 *  - hangs: an input that takes more than HANG_MS (a watchdog thread also ends the run with the case's
 *    number if the main thread stops answering for WATCHDOG_MS: a synchronous endless loop);
 *  - silent corruptions: an import that does not import what it says. The workspace must hold exactly what
 *    the report counts (new concepts or units; a corpus file reported imported is a stored document), a
 *    failed import must leave the workspace unchanged, integrity_check stays ok, no stored text holds a NUL
 *    or a lone surrogate, and when the input is UTF-8 text (NULs aside) every Chinese character stored
 *    must be one the input holds (the NUL-as-UTF-16 failure stored other Chinese characters).
 * Writes bench/results/fuzz.json. Run: npx tsx bench/reliability/fuzz.ts [cases]   (default 10,200)
 */
import { readFileSync, rmSync } from 'node:fs'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

import JSZip from 'jszip'

import { extractPdfText } from '../../src/main/corpus/extract-pdf'
import type { ExportFormat } from '../../src/shared/models'
import { foreignHan, hanOf } from '../../tests/helpers/fuzz-oracle'
import { mutate } from '../../tests/helpers/mutate'
import { prng } from '../../tests/helpers/prng'
import { openTestApp } from '../../tests/helpers/test-app'
import { makeDocx } from '../../tests/main/corpus/make-docx'
import { makePdf } from '../../tests/main/corpus/make-pdf'
import { counts, seedTermBase, workspaceHash } from '../../tests/main/exchange/exchange-helpers'

const TOTAL = Number(process.argv[2] ?? process.env.FUZZ_CASES ?? 10_200)
const HANG_MS = 10_000
const WATCHDOG_MS = 60_000
/** FUZZ_ONLY=5822,9487 runs only those cases (every input is still generated, so the numbers match a full run). */
const ONLY = process.env.FUZZ_ONLY ? new Set(process.env.FUZZ_ONLY.split(',').map(Number)) : null
/** FUZZ_DUMP=dir writes each case run as dir/case-N.<format>, to reproduce it alone. */
const DUMP = process.env.FUZZ_DUMP

type Format = 'tbx' | 'tmx' | 'csv' | 'tsv' | 'xlsx' | 'txt' | 'html' | 'docx' | 'pdf'
/** Share of the cases per format (XLSX, DOCX and PDF cost more per case). */
const SHARE: Record<Format, number> = {
  tbx: 0.16,
  tmx: 0.13,
  csv: 0.11,
  tsv: 0.1,
  xlsx: 0.07,
  txt: 0.13,
  html: 0.13,
  docx: 0.1,
  pdf: 0.07
}

interface Tally {
  cases: number
  imported: number
  refused: number
  crashes: number
  hangs: number
  corruptions: number
  slowestMs: number
  /** CPU time of the process for the slowest case by CPU: on a shared machine wall time can be 3× it. */
  slowestCpuMs: number
  examples: string[]
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
/** Numeric character references (HTML, the XML inside DOCX) are characters the input holds too. */
const expandReferences = (text: string): string =>
  text.replace(/&#x([0-9a-f]{1,6});/gi, (m, h: string) =>
    parseInt(h, 16) <= 0x10ffff ? String.fromCodePoint(parseInt(h, 16)) : m
  )

async function main(): Promise<void> {
  const t = await openTestApp()
  await seedTermBase(t)
  const db = t.app.workspace.db
  const seeds = new Map<Format, Buffer[]>()
  const add = (format: Format, bytes: Buffer) => seeds.set(format, [...(seeds.get(format) ?? []), bytes])
  const exports: Array<[Format, ExportFormat]> = [
    ['tbx', 'tbx'],
    ['tbx', 'tbx2'],
    ['csv', 'csv'],
    ['tsv', 'tsv'],
    ['tmx', 'tmx'],
    ['xlsx', 'xlsx']
  ]
  for (const [format, exportFormat] of exports) {
    const path = join(t.home.dir, `seed.${exportFormat}.${format}`)
    await t.call('exchange/export', { format: exportFormat, path })
    add(format, readFileSync(path))
    rmSync(path)
  }
  const fixtures = join(__dirname, '../../tests/fixtures/exchange')
  add('tbx', readFileSync(join(fixtures, 'other-tool-v2.tbx')))
  add('tmx', readFileSync(join(fixtures, 'legacy-1.1.tmx')))
  const zh = '坚持以高质量发展为首要任务。因地制宜发展新质生产力，推进中国式现代化。'
  const en = 'We will pursue high-quality development and develop new quality productive forces.'
  add('txt', Buffer.from(` date 2024-03-05\n政府工作报告\n\n${zh}\n${zh}\n`, 'utf8'))
  add('txt', Buffer.from(`Government Work Report\n\n${en}\n${en}\n`, 'utf8'))
  add(
    'html',
    Buffer.from(
      `<!doctype html><html><head><meta charset="utf-8"><title>报告</title></head><body><h1>报告</h1><p>${zh}</p>` +
        `<ul><li>${en}</li><li>&amp; &#x4e2d;</li></ul><p>${zh}</p></body></html>`,
      'utf8'
    )
  )
  add('docx', makeDocx([zh, en, zh]))
  add('pdf', makePdf([{ lines: [en, '', en] }, { lines: ['Second page: new quality productive forces.'] }], 'Report'))

  // pdfjs is imported by the first PDF read (2 s of CPU, 6 s wall on the shared machine): the first PDF
  // case paid for it and was counted as a hang (#9487: 10.8 s in the run, 5–28 ms once pdfjs is loaded).
  // Loading it here, on the seed, keeps the hang count about the inputs.
  await extractPdfText('seed.pdf', 'seed.pdf', seeds.get('pdf')![0])

  // Watchdog: a thread that ends the run when one case has been running for WATCHDOG_MS, whether the main
  // thread is stuck in a synchronous loop or awaits a promise that never settles. It watches the case
  // number, not a timer on the main thread: the loop below runs on microtasks between cases (the sync
  // importers never return to the event loop), so a setInterval heartbeat starved for 60 s of ordinary
  // CSV and TSV cases and raised a false "HANG: case 4079". It writes with writeSync and kills the
  // process itself: a worker's console output is relayed by the (stuck) main thread, and a worker's
  // process.exit() ends only the worker (the false alarm's run went on without its watchdog).
  const current = new Int32Array(new SharedArrayBuffer(4))
  const watchdog = new Worker(
    `const { workerData } = require('node:worker_threads')
     const { writeSync } = require('node:fs')
     const current = new Int32Array(workerData.buffer)
     let last = -1, since = Date.now()
     setInterval(() => {
       const now = Atomics.load(current, 0)
       if (now !== last) { last = now; since = Date.now(); return }
       if (Date.now() - since > workerData.ms) {
         writeSync(2, 'HANG: case ' + now + ' has not finished in ' + workerData.ms + ' ms; run ended\\n')
         process.kill(process.pid, 'SIGKILL')
       }
     }, 1000)`,
    { eval: true, workerData: { buffer: current.buffer, ms: WATCHDOG_MS } }
  )
  let unhandled = 0
  process.on('unhandledRejection', () => unhandled++)

  const tallies = {} as Record<Format, Tally>
  const baseline = { hash: workspaceHash(db), counts: counts(db) }
  const rnd = prng(0x16_2026)
  let caseNo = 0
  const started = performance.now()
  for (const format of Object.keys(SHARE) as Format[]) {
    const tally: Tally = {
      cases: 0,
      imported: 0,
      refused: 0,
      crashes: 0,
      hangs: 0,
      corruptions: 0,
      slowestMs: 0,
      slowestCpuMs: 0,
      examples: []
    }
    tallies[format] = tally
    const cases = Math.round(TOTAL * SHARE[format])
    const pool = seeds.get(format)!
    const say = (kind: 'crashes' | 'hangs' | 'corruptions', what: string) => {
      tally[kind]++
      if (tally.examples.length < 5) tally.examples.push(`${kind} #${caseNo} (${format}): ${what}`)
    }
    for (let n = 0; n < cases; n++) {
      Atomics.store(current, 0, ++caseNo)
      const input = await mutated(format, pool[n % pool.length], rnd)
      if (ONLY && !ONLY.has(caseNo)) continue
      if (DUMP) writeFileSync(join(DUMP, `case-${caseNo}.${format}`), input)
      const t0 = performance.now()
      const cpu0 = process.cpuUsage()
      tally.cases++
      if (format === 'txt' || format === 'html' || format === 'docx' || format === 'pdf') {
        const before = (db.prepare('SELECT count(*) FROM documents').pluck().get() as number) ?? 0
        try {
          const report = await t.call('corpus/upload', {
            files: [{ name: `case.${format}`, base64: input.toString('base64') }]
          })
          const file = report.files[0]
          const after = db.prepare('SELECT count(*) FROM documents').pluck().get() as number
          if (file.status === 'failed') {
            tally.refused++
            if (after !== before) say('corruptions', 'a refused file changed the documents')
            if (!file.errorKey) say('crashes', `refused without a reason the UI can say: ${file.error}`)
          } else {
            tally.imported++
            const added = file.status === 'imported' ? 1 : 0
            if (after !== before + added) say('corruptions', `reported ${file.status}, documents ${before} → ${after}`)
            const doc = db.prepare('SELECT text FROM documents WHERE id = ?').get(file.documentId) as
              { text: string } | undefined
            if (!doc) say('corruptions', `reported ${file.status} as document ${file.documentId}, which is not there`)
            else {
              if (doc.text.includes('\u0000')) say('corruptions', 'stored text holds a NUL')
              if (LONE_SURROGATE.test(doc.text)) say('corruptions', 'stored text holds a lone surrogate')
              // PDF: the seeds hold no Chinese, so none may appear; DOCX is stored uncompressed, so its text is in the bytes.
              const foreign =
                format === 'pdf' ? [...hanOf(doc.text)] : (foreignHan(input, doc.text, expandReferences) ?? [])
              if (file.status === 'imported' && foreign.length > 0) {
                say('corruptions', `stored Chinese the input does not hold: ${foreign.slice(0, 8).join('')}`)
              }
            }
          }
        } catch (error) {
          const e = error as Error & { code?: string }
          if (e.code === 'internal' || !e.code) say('crashes', `${e.code ?? 'thrown'}: ${e.message}`)
          else tally.refused++
        }
      } else {
        const path = join(t.home.dir, `case.${format}`)
        writeFileSync(path, input)
        try {
          const report = await t.call('exchange/import', { path })
          tally.imported++
          const now = counts(db)
          const grew = format === 'tmx' ? now.units - baseline.counts.units : now.concepts - baseline.counts.concepts
          if (grew !== report.new) say('corruptions', `reported ${report.new} new, the workspace gained ${grew}`)
          // XLSX is a zip (its strings compressed): only plain-text formats are checked character by character.
          if (format !== 'xlsx' && report.new > 0) {
            const stored =
              format === 'tmx'
                ? (db
                    .prepare(
                      'SELECT source_text || target_text FROM translation_units WHERE id > (SELECT max(id) - ? FROM translation_units)'
                    )
                    .pluck()
                    .all(report.new) as string[])
                : (db
                    .prepare('SELECT text FROM terms WHERE concept_id > (SELECT max(id) - ? FROM concepts)')
                    .pluck()
                    .all(report.new) as string[])
            const foreign = foreignHan(input, stored.join('')) ?? []
            if (foreign.length > 0)
              say('corruptions', `stored Chinese the input does not hold: ${foreign.slice(0, 8).join('')}`)
          }
          if (report.historyId !== undefined) await t.call('workspace/undo', {})
          if (workspaceHash(db) !== baseline.hash) {
            say('corruptions', 'undoing the import did not bring the workspace back')
            baseline.hash = workspaceHash(db)
            baseline.counts = counts(db)
          }
        } catch (error) {
          const e = error as Error & { code?: string }
          if (e.code === 'bad-input' || e.code === 'invalid-argument') tally.refused++
          else say('crashes', `${e.code ?? 'thrown'}: ${e.message}`)
          if (workspaceHash(db) !== baseline.hash) {
            say('corruptions', 'a failed import changed the workspace')
            baseline.hash = workspaceHash(db)
            baseline.counts = counts(db)
          }
        }
        rmSync(path, { force: true })
      }
      const ms = performance.now() - t0
      tally.slowestMs = Math.max(tally.slowestMs, Math.round(ms))
      const cpu = process.cpuUsage(cpu0)
      tally.slowestCpuMs = Math.max(tally.slowestCpuMs, Math.round((cpu.user + cpu.system) / 1000))
      if (ms > HANG_MS) say('hangs', `took ${Math.round(ms)} ms`)
      if (db.inTransaction) say('corruptions', 'a transaction was left open')
    }
    console.log(format, JSON.stringify(tally))
  }
  await watchdog.terminate()
  const integrity = db.pragma('integrity_check', { simple: true })
  t.close()
  const all = Object.values(tallies)
  const sum = (k: keyof Tally) => all.reduce((a, x) => a + (x[k] as number), 0)
  const result = {
    at: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    cases: sum('cases'),
    imported: sum('imported'),
    refused: sum('refused'),
    crashes: sum('crashes') + unhandled,
    hangs: sum('hangs'),
    corruptions: sum('corruptions') + (integrity === 'ok' ? 0 : 1),
    integrity,
    perFormat: tallies
  }
  console.log(JSON.stringify({ ...result, perFormat: undefined }, null, 2))
  mkdirSync(join('bench', 'results'), { recursive: true })
  writeFileSync(
    join('bench', 'results', TOTAL >= 10_000 ? 'fuzz.json' : 'fuzz-small.json'),
    JSON.stringify(result, null, 2) + '\n'
  )
  process.exitCode =
    result.crashes + result.hangs + result.corruptions === 0 && result.cases >= Math.min(TOTAL, 10_000) ? 0 : 1
}

/**
 * A mutated input; zips (XLSX, DOCX) half the time with the damage inside one of their XML parts; plain
 * text a fifth of the time with a NUL between the bytes of a character (the case that was read as UTF-16).
 */
async function mutated(format: Format, seed: Buffer, rnd: () => number): Promise<Buffer> {
  if ((format === 'txt' || format === 'html' || format === 'csv' || format === 'tsv') && rnd() < 0.2) {
    const inside: number[] = []
    for (let i = 1; i < seed.length; i++) if ((seed[i] & 0xc0) === 0x80) inside.push(i)
    if (inside.length > 0) {
      const at = inside[Math.floor(rnd() * inside.length)]
      return Buffer.concat([seed.subarray(0, at), Buffer.from([0]), seed.subarray(at)])
    }
  }
  if ((format !== 'xlsx' && format !== 'docx') || rnd() < 0.5) return mutate(seed, rnd)
  const zip = await JSZip.loadAsync(seed)
  const parts = Object.keys(zip.files).filter((p) => p.endsWith('.xml') && !zip.files[p].dir)
  const main = parts.find((p) => p.includes('worksheets/') || p.includes('word/document'))
  const part = main && rnd() < 0.7 ? main : parts[Math.floor(rnd() * parts.length)]
  zip.file(part, mutate(await zip.file(part)!.async('nodebuffer'), rnd))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
