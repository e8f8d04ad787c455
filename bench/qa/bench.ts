// Terminology QA at size (#19): a 10,000-unit XLIFF (English → Chinese, and Chinese → English) against a
// 100,000-concept term base, through the same `qa/run` the app and the CLI call; the target is < 5 s. Then
// memory on a large file: a generated XLIFF of BENCH_QA_BIG_MB (default 200) MB, peak RSS and heap sampled
// while it is checked (streamed: they must not grow with the file). Writes bench/results/qa.json.
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import type { QaReport } from '../../src/shared/api/qa'
import { mulberry32 } from '../lib/stats'

const CONCEPTS = Number(process.env.BENCH_CONCEPTS ?? 100_000)
const UNITS = Number(process.env.BENCH_QA_UNITS ?? 10_000)
const BIG_MB = Number(process.env.BENCH_QA_BIG_MB ?? 200)
const RUNS = Number(process.env.BENCH_QA_RUNS ?? 3)
const dir = mkdtempSync(join(tmpdir(), 'shuyu-bench-qa-'))
const rand = mulberry32(19)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]

const EN = `quality productive forces development innovation industrial system green digital economy reform opening
rural revitalization common prosperity security technology strategy modernization governance ecological civilization
circulation fiscal monetary policy market credit financial risk employment income consumption investment trade export
energy carbon climate grain farmland water urban housing transport education health pension insurance science talent
culture tourism service platform enterprise private state capital property law order defense`.split(/\s+/)
const ZH =
  `质量 生产 发展 创新 产业 体系 绿色 数字 经济 改革 开放 乡村 振兴 共同 富裕 安全 科技 战略 现代 治理 生态 文明 循环 财政
货币 政策 市场 信贷 金融 风险 就业 收入 消费 投资 贸易 出口 能源 碳排 气候 粮食 耕地 水利 城市 住房 交通 教育 健康 养老 保险
科学 人才 文化 旅游 服务 平台 企业 民营 国有 资本 产权 法治 秩序 国防`.split(/\s+/)

interface Concept {
  en: string
  zh: string
  bad?: string
}

/** Unique three-word English terms and three-word Chinese terms; every seventh has a forbidden equivalent. */
function makeConcepts(): Concept[] {
  const seenEn = new Set<string>()
  const seenZh = new Set<string>()
  const out: Concept[] = []
  while (out.length < CONCEPTS) {
    const en = `${pick(EN)} ${pick(EN)} ${pick(EN)}`
    const zh = `${pick(ZH)}${pick(ZH)}${pick(ZH)}`
    if (seenEn.has(en) || seenZh.has(zh)) continue
    seenEn.add(en)
    seenZh.add(zh)
    const c: Concept = { en, zh }
    if (out.length % 7 === 0) c.bad = `${zh.slice(0, 4)}型${zh.slice(4)}`
    out.push(c)
  }
  return out
}

function seed(app: AppContext, concepts: Concept[]): void {
  const db = app.workspace.db
  const now = new Date().toISOString()
  db.transaction(() => {
    const concept = db.prepare('INSERT INTO concepts (created_at, modified_at) VALUES (?, ?)')
    const term = db.prepare(
      `INSERT INTO terms (concept_id, lang, text, norm, status, ordinal, created_at, modified_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    for (const c of concepts) {
      const id = Number(concept.run(now, now).lastInsertRowid)
      term.run(id, 'en', c.en, c.en, 'preferred', 0, now, now)
      term.run(id, 'zh-CN', c.zh, c.zh, 'preferred', 1, now, now)
      if (c.bad) term.run(id, 'zh-CN', c.bad, c.bad, 'forbidden', 2, now, now)
    }
  })()
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** A unit: two terms in a policy-like sentence; one in ten with a wrong or forbidden rendering. */
function unitPair(concepts: Concept[], i: number): [string, string] {
  const a = pick(concepts)
  const b = pick(concepts)
  const n = 1 + Math.floor(rand() * 900)
  let zhB = b.zh
  if (i % 10 === 3) zhB = b.bad ?? '某项工作'
  return [
    `This year we will advance ${a.en} and improve ${b.en} in ${n} pilot cities across the country.`,
    `今年我们将推进${a.zh}，完善${zhB}，在全国${n}个试点城市开展工作。`
  ]
}

function xliffHead(src: string, tgt: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="bench" source-language="${src}" target-language="${tgt}" datatype="plaintext"><body>\n`
}
const XLIFF_TAIL = '</body></file></xliff>\n'
const tu = (id: number, s: string, t: string) =>
  `<trans-unit id="u${id}"><source>${esc(s)}</source><target state="translated">${esc(t)}</target></trans-unit>\n`

/** Wall time, and CPU time of this process (the build machine is shared: CPU time says more than wall). */
async function runQa(
  app: AppContext,
  path: string,
  onProgress?: () => void
): Promise<{ ms: number; cpuMs: number; report: QaReport }> {
  const handlers = createHandlers(app)
  const stop = onProgress ? app.events.subscribe(onProgress) : () => undefined
  const cpu = process.cpuUsage()
  const t0 = performance.now()
  const r = await dispatch(app, handlers, 'qa/run', { path, jobId: 'bench' })
  const ms = performance.now() - t0
  const used = process.cpuUsage(cpu)
  stop()
  if (!r.ok) throw new Error(r.error.message)
  return { ms, cpuMs: Math.round((used.user + used.system) / 1000), report: r.result as QaReport }
}

async function main() {
  const app = await AppContext.open({ db: join(dir, 'bench.sqlite'), seedsDir: seedsDir() })
  const t0 = performance.now()
  const concepts = makeConcepts()
  seed(app, concepts)
  const seedSeconds = (performance.now() - t0) / 1000

  const pairs = Array.from({ length: UNITS }, (_, i) => unitPair(concepts, i))
  const files = {
    'en-zh': join(dir, 'en-zh.xlf'),
    'zh-en': join(dir, 'zh-en.xlf')
  }
  writeFileSync(files['en-zh'], xliffHead('en', 'zh-CN') + pairs.map(([s, t], i) => tu(i, s, t)).join('') + XLIFF_TAIL)
  writeFileSync(files['zh-en'], xliffHead('zh-CN', 'en') + pairs.map(([s, t], i) => tu(i, t, s)).join('') + XLIFF_TAIL)

  const timings: Record<string, number[]> = { 'en-zh': [], 'zh-en': [] }
  const cpuTimes: Record<string, number[]> = { 'en-zh': [], 'zh-en': [] }
  const reports: Record<string, QaReport> = {}
  for (let run = 0; run < RUNS; run++) {
    for (const direction of ['en-zh', 'zh-en'] as const) {
      // The first run of each process loads the term base into matchers (and jieba's dictionary): a cold run.
      const { ms, cpuMs, report } = await runQa(app, files[direction])
      timings[direction].push(Math.round(ms))
      cpuTimes[direction].push(cpuMs)
      reports[direction] = report
    }
  }

  // Memory on a big file: streamed, so peak heap and RSS stay near those of the 10,000-unit runs.
  const big = join(dir, 'big.xlf')
  const fd = openSync(big, 'w')
  writeSync(fd, xliffHead('en', 'zh-CN'))
  let bigUnits = 0
  let batch = ''
  while (statSync(big).size < BIG_MB * 1024 * 1024) {
    for (let k = 0; k < 2000; k++) {
      const [s, t] = pairs[bigUnits % pairs.length]
      batch += tu(bigUnits++, s, t)
    }
    writeSync(fd, batch)
    batch = ''
  }
  writeSync(fd, XLIFF_TAIL)
  closeSync(fd)
  const before = process.memoryUsage()
  let peakRss = before.rss
  let peakHeap = before.heapUsed
  const sample = () => {
    const m = process.memoryUsage()
    peakRss = Math.max(peakRss, m.rss)
    peakHeap = Math.max(peakHeap, m.heapUsed)
  }
  const bigRun = await runQa(app, big, sample)
  sample()

  const mb = (n: number) => Math.round(n / 1024 / 1024)
  const result = {
    concepts: CONCEPTS,
    terms: CONCEPTS * 2 + Math.ceil(CONCEPTS / 7),
    units: UNITS,
    seedSeconds: +seedSeconds.toFixed(1),
    // The first en-zh run is cold: it loads the term base into matchers and jieba's dictionary.
    runsMs: timings,
    runsCpuMs: cpuTimes,
    loadAverage: loadavg().map((l) => +l.toFixed(1)),
    findings: {
      'en-zh': reports['en-zh'].counts,
      'zh-en': reports['zh-en'].counts
    },
    bigFile: {
      megabytes: mb(statSync(big).size),
      units: bigRun.report.units,
      seconds: +(bigRun.ms / 1000).toFixed(1),
      cpuSeconds: +(bigRun.cpuMs / 1000).toFixed(1),
      rssBeforeMB: mb(before.rss),
      peakRssMB: mb(peakRss),
      heapBeforeMB: mb(before.heapUsed),
      peakHeapMB: mb(peakHeap),
      findingsKept: bigRun.report.findings.length,
      truncated: bigRun.report.truncated
    }
  }
  console.log(JSON.stringify(result, null, 2))
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/qa.json', JSON.stringify(result, null, 2))
  app.close()
}

main()
  .catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
