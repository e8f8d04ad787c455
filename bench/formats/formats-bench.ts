/**
 * Exchange-format benchmark: streams 100,000 synthetic concepts through the TBX v3/v2 and CSV writers
 * and back through the readers (via a temp file read in chunks), and 1,000,000 units through TMX.
 * Records time and peak heap, to show memory stays flat. Writes bench/results/formats.json.
 * Run: npx tsx bench/formats/formats-bench.ts [concepts] [units]
 */
import { once } from 'node:events'
import { createReadStream, createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { parseCsvConcepts } from '../../src/core/exchange/csv-parse'
import { serializeCsv } from '../../src/core/exchange/csv-serialize'
import type { ExchangeConcept, ExchangeUnit } from '../../src/core/exchange/model'
import { parseTbx } from '../../src/core/exchange/tbx-parse'
import { serializeTbx2, serializeTbx3 } from '../../src/core/exchange/tbx-serialize'
import { parseTmx } from '../../src/core/exchange/tmx-parse'
import { serializeTmx } from '../../src/core/exchange/tmx-serialize'

const N = Number(process.argv[2] ?? 100_000)
const U = Number(process.argv[3] ?? 1_000_000)

function* concepts(): Generator<ExchangeConcept> {
  for (let i = 0; i < N; i++) {
    yield {
      id: `c${i}`,
      domain: 'economic policy',
      definition: `Definition number ${i} of a policy concept.`,
      createdAt: '2024-03-05',
      terms: [
        { lang: 'en', text: `policy term ${i}`, status: 'preferred', pos: 'noun' },
        { lang: 'en', text: `variant ${i}`, status: 'deprecated' },
        { lang: 'zh-CN', text: `政策术语${i}`, status: 'preferred' }
      ],
      examples: [
        {
          lang: 'en',
          text: `We will implement policy term ${i} in full.`,
          zh: `我们将全面实施政策术语${i}。`,
          source: 'report.txt',
          date: '2024-03-05',
          termText: `policy term ${i}`
        }
      ]
    }
  }
}

function* units(): Generator<ExchangeUnit> {
  for (let i = 0; i < U; i++) {
    yield {
      srcLang: 'en-US',
      tgtLang: 'zh-CN',
      source: `Sentence number ${i} about high-quality development.`,
      target: `关于高质量发展的第${i}句话。`,
      origin: 'doc.txt',
      createdAt: '2024-03-05T12:00:00Z'
    }
  }
}

let peak = 0
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().heapUsed)
}

async function writeOut(file: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(file, 'utf8')
  let n = 0
  for (const c of chunks) {
    if (!out.write(c)) await once(out, 'drain')
    if (++n % 5000 === 0) sample()
  }
  out.end()
  await once(out, 'finish')
}

async function measure(name: string, fn: () => Promise<number>): Promise<Record<string, number | string>> {
  globalThis.gc?.()
  peak = process.memoryUsage().heapUsed
  const base = peak
  const t0 = performance.now()
  const count = await fn()
  const ms = performance.now() - t0
  const r = {
    name,
    items: count,
    ms: Math.round(ms),
    perSecond: Math.round(count / (ms / 1000)),
    heapPeakOverBaseMB: Math.round((peak - base) / 1e5) / 10
  }
  console.log(JSON.stringify(r))
  return r
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'shuyu-formats-bench')
  mkdirSync(dir, { recursive: true })
  const results: Array<Record<string, number | string>> = []
  const tbx3 = join(dir, 'c.tbx')
  const tbx2 = join(dir, 'c2.tbx')
  const csv = join(dir, 'c.csv')
  const tmx = join(dir, 'u.tmx')
  results.push(await measure('serializeTbx3', async () => (await writeOut(tbx3, serializeTbx3(concepts())), N)))
  results.push(await measure('serializeTbx2', async () => (await writeOut(tbx2, serializeTbx2(concepts())), N)))
  results.push(
    await measure(
      'serializeCsv',
      async () => (await writeOut(csv, serializeCsv(concepts(), { languages: ['en', 'zh-CN'] })), N)
    )
  )
  results.push(await measure('serializeTmx', async () => (await writeOut(tmx, serializeTmx(units())), U)))
  for (const [name, file] of [
    ['parseTbx v3', tbx3],
    ['parseTbx v2', tbx2]
  ]) {
    results.push(
      await measure(name, async () => {
        let n = 0
        for await (const _ of parseTbx(createReadStream(file, { encoding: 'utf8' }), file))
          if (++n % 5000 === 0) sample()
        return n
      })
    )
  }
  results.push(
    await measure('parseTmx', async () => {
      let n = 0
      for await (const _ of parseTmx(createReadStream(tmx, { encoding: 'utf8' }), tmx)) if (++n % 20000 === 0) sample()
      return n
    })
  )
  // CSV is parsed from one string (not streamed): whole-file memory is expected here.
  results.push(
    await measure('parseCsv (whole file)', async () => {
      const r = parseCsvConcepts(readFileSync(csv, 'utf8'))
      sample()
      return r.concepts.length
    })
  )
  const sizes = Object.fromEntries([tbx3, tbx2, csv, tmx].map((f) => [f.split('/').pop(), statSync(f).size]))
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(
    'bench/results/formats.json',
    JSON.stringify(
      { concepts: N, units: U, node: process.version, when: new Date().toISOString(), fileBytes: sizes, results },
      null,
      2
    ) + '\n'
  )
}

void main()
