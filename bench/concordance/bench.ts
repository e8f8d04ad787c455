/**
 * Concordance benchmark: a reproducible synthetic corpus (≥10M English words, ≥2M Chinese
 * characters), FTS build time, first-page latency p50/p99 (cold cache), collocates, incremental
 * import, and `grep -F` counts over the same raw text for the same queries.
 * Run: npx tsx bench/concordance/bench.ts [--scale 0.1]   → bench/results/concordance.json
 */
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clearConcordanceCache, searchConcordance } from '../../src/main/concordance/search'
import { indexPending } from '../../src/main/concordance/index-segments'
import { findCollocates } from '../../src/main/concordance/collocates'
import { stopRegexRunner } from '../../src/main/concordance/regex-runner'
import type { ConcordanceRequest } from '../../src/core/concordance/types'

const scaleArg = process.argv.indexOf('--scale')
const SCALE = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1
const EN_WORDS = Math.round(10_000_000 * SCALE)
const ZH_CHARS = Math.round(2_000_000 * SCALE)
const ROOT = join(__dirname, '../..')

function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = mulberry32(20250305)

/** Zipf sampler over n ranks (inverse CDF over precomputed cumulative weights). */
function zipf(n: number): () => number {
  const cum = new Float64Array(n)
  let s = 0
  for (let i = 0; i < n; i++) cum[i] = s += 1 / (i + 1)
  return () => {
    const x = rand() * s
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cum[mid] < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

// English vocabulary: the seeds' words by frequency, then synthetic words for a long tail.
const seedText = ['000', '001', '002', '003', '004']
  .map((p) => readFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith(p)) ?? ''), 'utf8'))
  .join(' ')
const freq = new Map<string, number>()
for (const w of seedText.toLowerCase().match(/[a-z]+/g) ?? []) freq.set(w, (freq.get(w) ?? 0) + 1)
const vocab = [...freq.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w)
const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'ing', 'ment', 'pro', 'con', 'ate']
for (let i = 0; vocab.length < 60_000; i++) {
  let w = ''
  for (let k = 0; k < 2 + (i % 3); k++) w += syllables[Math.floor(rand() * syllables.length)]
  vocab.push(w + i.toString(36))
}
const enWord = zipf(vocab.length)
const PHRASES = ['new quality productive forces', 'high-quality development', 'reform and opening-up']

// Chinese: common policy words + Zipf over CJK characters.
const ZH_WORDS = ['新质生产力', '高质量发展', '改革开放', '人民', '经济', '发展', '创新', '推动', '建设', '国家']
const hanRank = zipf(6000)
const han = (): string => String.fromCharCode(0x4e00 + ((hanRank() * 2654435761) % 20900))

function enSentence(): string {
  const n = 8 + Math.floor(rand() * 30)
  const words: string[] = []
  for (let i = 0; i < n; i++) words.push(rand() < 0.004 ? PHRASES[Math.floor(rand() * 3)] : vocab[enWord()])
  const s = words.join(' ')
  return s[0].toUpperCase() + s.slice(1) + '.'
}
function zhSentence(): string {
  let s = ''
  const n = 15 + Math.floor(rand() * 50)
  while (s.length < n) s += rand() < 0.15 ? ZH_WORDS[Math.floor(rand() * ZH_WORDS.length)] : han()
  return s + '。'
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return Number(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(3))
}

const dir = mkdtempSync(join(tmpdir(), 'shuyu-conc-'))
const db = new Database(join(dir, 'bench.sqlite'))
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
for (const f of ['001-initial-schema.sql', '002-concordance-index.sql']) {
  db.exec(readFileSync(join(ROOT, 'src/main/db/migrations', f), 'utf8'))
}
const insDoc = db.prepare(`INSERT INTO documents (hash, title, date, language, format, text, char_count, word_count,
  imported_at) VALUES (?, ?, ?, ?, 'txt', '', 0, 0, '2025-01-01')`)
const insSeg = db.prepare('INSERT INTO segments (document_id, ordinal, start, end, text) VALUES (?, ?, 0, 0, ?)')
const rawEn: string[] = []
const rawZh: string[] = []

let docSeq = 0
function addDoc(lang: 'en' | 'zh', size: number, raw?: string[]): number {
  const id = Number(insDoc.run(`b${++docSeq}`, `doc ${docSeq}`, `2024-01-${String((docSeq % 28) + 1).padStart(2, '0')}`, lang).lastInsertRowid)
  let n = 0
  let ord = 0
  while (n < size) {
    const s = lang === 'en' ? enSentence() : zhSentence()
    n += lang === 'en' ? s.split(' ').length : s.length
    insSeg.run(id, ord++, s)
    raw?.push(s)
  }
  return n
}

const t0 = performance.now()
let enWords = 0
let zhChars = 0
db.transaction(() => {
  while (enWords < EN_WORDS) enWords += addDoc('en', 10_000, rawEn)
  while (zhChars < ZH_CHARS) zhChars += addDoc('zh', 10_000, rawZh)
})()
const insertMs = performance.now() - t0
writeFileSync(join(dir, 'en.txt'), rawEn.join('\n') + '\n')
writeFileSync(join(dir, 'zh.txt'), rawZh.join('\n') + '\n')
rawEn.length = 0
rawZh.length = 0
const t1 = performance.now()
indexPending(db)
const indexMs = performance.now() - t1
const segments = (db.prepare('SELECT count(*) n FROM segments').get() as { n: number }).n

const queries: { q: string; req?: Partial<ConcordanceRequest>; grep?: string[] }[] = [
  { q: 'development', grep: ['-i', '-w'] },
  { q: 'the', grep: ['-i', '-w'] },
  { q: 'of the', grep: ['-i', '-w'] },
  { q: 'new quality productive forces', grep: ['-i', '-w'] },
  { q: 'develop*' },
  { q: '*ment' },
  { q: 'force', req: { options: { lemma: true } } },
  { q: 'China', req: { options: { matchCase: true } }, grep: ['-w'] },
  { q: 'reform and opening up' },
  { q: '新质生产力', grep: [] },
  { q: '生产力', grep: [] },
  { q: '质生产', grep: [] },
  { q: '质', grep: [] },
  { q: '高质量发展', grep: [] },
  { q: '\\bdevelop\\w+', req: { options: { regex: true } } }
]
const results = []
const allFirst: number[] = []
for (const { q, req, grep } of queries) {
  const times: number[] = []
  let r = searchConcordance(db, { query: q, ...req })
  for (let i = 0; i < 20; i++) {
    clearConcordanceCache(db)
    const s = performance.now()
    r = searchConcordance(db, { query: q, limit: 50, ...req })
    times.push(performance.now() - s)
  }
  allFirst.push(...times)
  const s2 = performance.now()
  const page100 = searchConcordance(db, { query: q, limit: 50, offset: 5000, ...req })
  const deepPageMs = performance.now() - s2
  clearConcordanceCache(db)
  // A sorted view verifies and keys every hit: skipped for the stop-word-sized hit lists.
  const full = searchConcordance(db, { query: q, limit: 1, offset: 10_000_000, ...req })
  const s3 = performance.now()
  const sorted = full.total > 100_000 ? full : searchConcordance(db, { query: q, limit: 50, sort: ['1R', '2R'], ...req })
  const sortedMs = full.total > 100_000 ? null : performance.now() - s3
  let grepCount: number | null = null
  let grepMs: number | null = null
  if (grep) {
    const file = join(dir, /\p{Script=Han}/u.test(q) ? 'zh.txt' : 'en.txt')
    const g0 = performance.now()
    const out = execFileSync('sh', ['-c', `grep -F -o ${grep.join(' ')} -- '${q}' '${file}' | wc -l`]).toString()
    grepMs = performance.now() - g0
    grepCount = Number(out.trim())
  }
  results.push({
    query: q, options: req?.options ?? {}, firstPageP50Ms: pct(times, 50), firstPageP99Ms: pct(times, 99),
    total: sorted.total, totalExact: sorted.totalExact, firstPageTotalEstimate: r.total,
    page100Ms: Number(deepPageMs.toFixed(2)), page100Hits: page100.hits.length,
    sortedFirstPageMs: sortedMs === null ? null : Number(sortedMs.toFixed(1)), grepOccurrences: grepCount, grepMs: grepMs && Number(grepMs.toFixed(1))
  })
  console.log(JSON.stringify(results[results.length - 1]))
}

const c0 = performance.now()
const colloc = findCollocates(db, { query: 'development', window: 5 })
const collocMs = performance.now() - c0

const inc0 = performance.now()
db.transaction(() => addDoc('en', 10_000))()
indexPending(db)
const incrementalMs = performance.now() - inc0

const out = {
  date: new Date().toISOString(),
  scale: SCALE,
  corpus: { englishWords: enWords, chineseChars: zhChars, segments, documents: docSeq - 1 },
  buildMs: { insert: Math.round(insertMs), index: Math.round(indexMs) },
  dbBytes: (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number),
  firstPageAllQueries: { p50Ms: pct(allFirst, 50), p99Ms: pct(allFirst, 99) },
  queries: results,
  collocates: { query: 'development', ms: Math.round(collocMs), nodeFreq: colloc.nodeFreq, sampled: colloc.sampled,
    top: colloc.collocates.slice(0, 5).map((c) => c.word) },
  incrementalImport10kWordsMs: Math.round(incrementalMs)
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(join(ROOT, 'bench/results/concordance.json'), JSON.stringify(out, null, 2) + '\n')
console.log(JSON.stringify({ ...out, queries: undefined }, null, 2))
db.close()
stopRegexRunner()
rmSync(dir, { recursive: true, force: true })
