// Term base at 100,000 concepts: search-as-you-type latency (flexsearch) and UI filter latency,
// through the same handlers the app calls. Writes bench/results/termbase.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { mulberry32, percentile } from '../lib/stats'

const CONCEPTS = Number(process.env.BENCH_CONCEPTS ?? 100_000)
const dir = mkdtempSync(join(tmpdir(), 'shuyu-bench-tb-'))
const rand = mulberry32(42)
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]
const EN = [
  'quality',
  'productive',
  'forces',
  'development',
  'innovation',
  'industrial',
  'system',
  'green',
  'digital',
  'economy',
  'reform',
  'opening',
  'rural',
  'revitalization',
  'common',
  'prosperity',
  'security',
  'technology',
  'strategy',
  'modernization',
  'governance',
  'ecological',
  'civilization',
  'circulation'
]
const ZH =
  '新质生产力高质量发展创新驱动现代化产业体系绿色数字经济改革开放乡村振兴共同富裕安全科技战略治理生态文明双循环'

async function main() {
  const app = await AppContext.open({ db: join(dir, 'bench.sqlite'), seedsDir: seedsDir() })
  const handlers = createHandlers(app)
  const db = app.workspace.db
  const t0 = performance.now()
  const now = new Date().toISOString()
  db.transaction(() => {
    const concept = db.prepare(
      'INSERT INTO concepts (definition, domain, note, source, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?)'
    )
    const term = db.prepare(
      `INSERT INTO terms (concept_id, lang, text, norm, status, ordinal, created_at, modified_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    for (let i = 0; i < CONCEPTS; i++) {
      const en = `${pick(EN)} ${pick(EN)} ${pick(EN)} ${i}`
      const start = Math.floor(rand() * (ZH.length - 6))
      const zh = ZH.slice(start, start + 3 + Math.floor(rand() * 4)) + i.toString(36)
      const id = Number(
        concept.run(`Definition of ${en}.`, pick(['economy', 'politics', 'ecology', '']), '', '', now, now)
          .lastInsertRowid
      )
      term.run(id, 'en', en, en, 'preferred', 0, now, now)
      if (i % 10 !== 0) term.run(id, 'zh-CN', zh, zh, 'preferred', 1, now, now)
      if (i % 3 === 0) term.run(id, 'zh-CN', zh + '型', zh + '型', 'deprecated', 2, now, now)
    }
  })()
  const seedMs = performance.now() - t0

  const call = async (arg: Record<string, unknown>) => {
    const r = await dispatch(app, handlers, 'termbase/search', { limit: 200, ...arg })
    if (!r.ok) throw new Error(r.error.message)
    return r.result as { total: number }
  }
  const b0 = performance.now()
  await call({ text: 'warm' })
  const indexBuildMs = performance.now() - b0

  const queries: string[] = []
  for (let i = 0; i < 200; i++) {
    const kind = i % 4
    if (kind === 0) queries.push(pick(EN).slice(0, 3 + Math.floor(rand() * 4)))
    else if (kind === 1) queries.push(`${pick(EN)} ${pick(EN)}`)
    else if (kind === 2) {
      const s = Math.floor(rand() * (ZH.length - 4))
      queries.push(ZH.slice(s, s + 2 + Math.floor(rand() * 3)))
    } else queries.push(String(Math.floor(rand() * CONCEPTS)))
  }
  const searchMs: number[] = []
  let hits = 0
  for (const q of queries) {
    const s = performance.now()
    hits += (await call({ text: q })).total
    searchMs.push(performance.now() - s)
  }
  // Pinyin as typed (#15): two to five syllables of the seeded Chinese, some spaced or with tones.
  const PINYIN = [
    'gaozhiliang',
    'xinzhi',
    'chuangxin qudong',
    'shuangxunhuan',
    'lüse',
    'shuzi jingji',
    'gai1ge2',
    'xiangcun'
  ]
  const pinyinMs: number[] = []
  let pinyinHits = 0
  for (let i = 0; i < 200; i++) {
    const s = performance.now()
    pinyinHits += (await call({ text: PINYIN[i % PINYIN.length] })).total
    pinyinMs.push(performance.now() - s)
  }
  const filters = [{ status: 'deprecated' }, { missingZh: true }, { domain: 'Econ' }, { sort: 'modified' }, {}]
  const filterMs: number[] = []
  for (let i = 0; i < 200; i++) {
    const s = performance.now()
    await call({ ...filters[i % filters.length], offset: Math.floor(rand() * 1000) })
    filterMs.push(performance.now() - s)
  }
  const result = {
    concepts: CONCEPTS,
    seedSeconds: +(seedMs / 1000).toFixed(2),
    indexBuildMs: Math.round(indexBuildMs),
    search: {
      queries: queries.length,
      p50ms: +percentile(searchMs, 50).toFixed(2),
      p99ms: +percentile(searchMs, 99).toFixed(2),
      meanHits: Math.round(hits / queries.length)
    },
    pinyinSearch: {
      queries: pinyinMs.length,
      p50ms: +percentile(pinyinMs, 50).toFixed(2),
      p99ms: +percentile(pinyinMs, 99).toFixed(2),
      meanHits: Math.round(pinyinHits / pinyinMs.length)
    },
    filterPage: {
      queries: 200,
      p50ms: +percentile(filterMs, 50).toFixed(2),
      p99ms: +percentile(filterMs, 99).toFixed(2)
    },
    peakRssMB: Math.round(process.memoryUsage().rss / 1024 / 1024)
  }
  console.log(JSON.stringify(result, null, 2))
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/termbase.json', JSON.stringify(result, null, 2))
  app.close()
}

main()
  .catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
