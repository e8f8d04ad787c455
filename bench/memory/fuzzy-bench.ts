/**
 * Fuzzy-match lookup over a generated memory of 1,000,000 units (npx tsx bench/memory/fuzzy-bench.ts
 * [--units N] [--lang en|zh]). Reports build time, p50/p99 of 200 lookups at min 70, and writes
 * bench/results/memory-fuzzy.json (memory-fuzzy-zh.json for Chinese).
 *
 * Generated text: a Zipf-distributed vocabulary (a few very common words, a long tail) so posting-list
 * lengths look like a real memory; 15% of units are near-duplicates of earlier ones (edits of 1-3
 * tokens), as real memories hold many revisions of the same sentence. Queries: 150 edited copies of
 * existing units (they have matches) and 50 fresh sentences (mostly no match).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import type { MatchLang } from '../../src/core/memory/match-tokens'
import { NgramIndex } from '../../tests/helpers/reference-ngram-index'

const args = process.argv.slice(2)
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : dflt
}
const N = Number(arg('units', '1000000'))
const lang = arg('lang', 'en') as MatchLang

let seed = 12345
const rand = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}

// Vocabulary: English pseudo-words or Chinese characters, drawn with Zipf weights.
const VOCAB = lang === 'en' ? 30000 : 4000
const syll = ['ta', 'ri', 'mo', 'ken', 'dus', 'pre', 'lo', 'vi', 'nat', 'ec', 'on', 'al', 'for', 'ment', 'ion']
const words: string[] = []
for (let i = 0; i < VOCAB; i++) {
  if (lang === 'zh') words.push(String.fromCharCode(0x4e00 + ((i * 7919) % 20000)))
  else {
    let w = ''
    let x = i + 1
    do {
      w += syll[x % syll.length]
      x = Math.floor(x / syll.length)
    } while (x > 0)
    words.push(w)
  }
}
const cdf: number[] = []
let total = 0
for (let i = 0; i < VOCAB; i++) {
  total += 1 / (i + 1)
  cdf.push(total)
}
const zipf = (): string => {
  const x = rand() * total
  let lo = 0
  let hi = VOCAB - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cdf[mid] < x) lo = mid + 1
    else hi = mid
  }
  return words[lo]
}
const sep = lang === 'en' ? ' ' : ''
const fresh = (): string[] => {
  const n = lang === 'en' ? 8 + Math.floor(rand() * 28) : 15 + Math.floor(rand() * 50)
  const t: string[] = []
  for (let i = 0; i < n; i++) t.push(i > 0 && rand() < 0.08 ? (lang === 'en' ? ',' : '，') : zipf())
  t.push(lang === 'en' ? '.' : '。')
  return t
}
const edit = (toks: string[]): string[] => {
  const t = toks.slice()
  const edits = 1 + Math.floor(rand() * 3)
  for (let e = 0; e < edits; e++) {
    const p = Math.floor(rand() * t.length)
    const x = rand()
    if (x < 0.4) t[p] = zipf()
    else if (x < 0.7) t.splice(p, 0, zipf())
    else if (t.length > 2) t.splice(p, 1)
  }
  return t
}

const kept: string[][] = []
const index = new NgramIndex(lang)
const t0 = performance.now()
for (let id = 1; id <= N; id++) {
  const toks = kept.length > 0 && rand() < 0.15 ? edit(kept[Math.floor(rand() * kept.length)]) : fresh()
  if (kept.length < 20000) kept.push(toks)
  else if (rand() < 0.02) kept[Math.floor(rand() * kept.length)] = toks
  index.add({ id, source: toks.join(sep), target: '' })
}
const buildMs = performance.now() - t0

const queries: string[] = []
for (let i = 0; i < 200; i++) queries.push((i < 150 ? edit(kept[Math.floor(rand() * kept.length)]) : fresh()).join(sep))
// Warm-up so JIT compilation does not land in the first timed query.
for (let i = 0; i < 20; i++) index.lookup(queries[i])
const times: number[] = []
// CPU time too: on a shared machine wall-clock tails measure the scheduler as much as the lookup.
const cpuTimes: number[] = []
let withMatch = 0
let verified = 0
for (const q of queries) {
  const c = process.cpuUsage()
  const s = performance.now()
  const r = index.lookup(q, { min: 70, limit: 10 })
  times.push(performance.now() - s)
  const cd = process.cpuUsage(c)
  cpuTimes.push((cd.user + cd.system) / 1000)
  if (r.matches.length > 0) withMatch++
  verified += r.verified
}
times.sort((a, b) => a - b)
cpuTimes.sort((a, b) => a - b)
const pctOf = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const pct = (p: number): number => pctOf(times, p)
const result = {
  benchmark: 'memory-fuzzy',
  lang,
  units: N,
  postings: index.postingCount,
  buildMs: Math.round(buildMs),
  queries: queries.length,
  min: 70,
  p50Ms: +pct(50).toFixed(2),
  p99Ms: +pct(99).toFixed(2),
  maxMs: +times[times.length - 1].toFixed(2),
  cpuP50Ms: +pctOf(cpuTimes, 50).toFixed(2),
  cpuP99Ms: +pctOf(cpuTimes, 99).toFixed(2),
  loadAverage: loadavg()[0],
  queriesWithMatch: withMatch,
  meanVerified: Math.round(verified / queries.length),
  heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  node: process.version,
  at: new Date().toISOString()
}
console.log(JSON.stringify(result, null, 2))
mkdirSync('bench/results', { recursive: true })
writeFileSync(`bench/results/memory-fuzzy${lang === 'zh' ? '-zh' : ''}.json`, JSON.stringify(result, null, 2) + '\n')
