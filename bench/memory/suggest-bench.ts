/**
 * Equivalent suggestion at the scale of a 1,000,000-unit memory (npx tsx bench/memory/suggest-bench.ts
 * [--term-units N]). As in the app, the core gets only the units whose English holds the term (default
 * 5,000, a very frequent term) and a background count per n-gram; here the background is a generated
 * 1,000,000-unit Chinese side indexed by character bigram, counting candidates exactly the way an FTS
 * bigram index would. Reports the core's time (the number that must stay < 500 ms) and the background
 * lookups' time separately; writes bench/results/memory-suggest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import { suggestEquivalents, type SuggestUnit } from '../../src/core/memory/suggest-equivalents'

const args = process.argv.slice(2)
const at = args.indexOf('--term-units')
const TERM_UNITS = at >= 0 ? Number(args[at + 1]) : 5000
const tt = args.indexOf('--total')
const TOTAL = tt >= 0 ? Number(args[tt + 1]) : 1_000_000

let seed = 99
const rand = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}
// Zipf over 3,000 common Han characters.
const chars = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000)))
const cdf: number[] = []
let total = 0
for (let i = 0; i < chars.length; i++) cdf.push((total += 1 / (i + 1)))
const pick = (): string => {
  const x = rand() * total
  let lo = 0
  let hi = chars.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cdf[mid] < x) lo = mid + 1
    else hi = mid
  }
  return chars[lo]
}
const sentence = (n: number): string => Array.from({ length: n }, pick).join('')

// The memory's Chinese side, as bigram -> unit count (what the main side's index can answer).
const t0 = performance.now()
const bigramUnits = new Map<string, number>()
const zhSide: string[] = []
const seen = new Set<string>()
for (let i = 0; i < TOTAL; i++) {
  const zh =
    i < TERM_UNITS
      ? `${sentence(10 + Math.floor(rand() * 15))}新质生产力${sentence(10 + Math.floor(rand() * 15))}`
      : sentence(20 + Math.floor(rand() * 30))
  if (i < TERM_UNITS) zhSide.push(zh)
  seen.clear()
  for (let k = 0; k + 2 <= zh.length; k++) seen.add(zh.slice(k, k + 2))
  for (const g of seen) bigramUnits.set(g, (bigramUnits.get(g) ?? 0) + 1)
}
const buildMs = performance.now() - t0

const units: SuggestUnit[] = zhSide.map((zh, i) => ({
  id: i + 1,
  en: `Sentence ${i} about new quality productive forces and more.`,
  zh
}))
let backgroundMs = 0
let asked = 0
// Upper bound of an n-gram's unit count from its rarest bigram, as an FTS index would refine it.
const countUnits = (grams: string[]): number[] => {
  const s = performance.now()
  asked += grams.length
  const out = grams.map((g) => {
    let least = Infinity
    for (let k = 0; k + 2 <= g.length; k++) least = Math.min(least, bigramUnits.get(g.slice(k, k + 2)) ?? 0)
    return least === Infinity ? 0 : least
  })
  backgroundMs += performance.now() - s
  return out
}
// Warm-up on a small slice, then the timed run.
suggestEquivalents('new quality productive forces', units.slice(0, 200), {
  background: { totalUnits: TOTAL, countUnits }
})
backgroundMs = 0
asked = 0
const c0 = process.cpuUsage()
const s0 = performance.now()
const result = suggestEquivalents('new quality productive forces', units, {
  background: { totalUnits: TOTAL, termUnits: TERM_UNITS, countUnits }
})
const wallMs = performance.now() - s0
const cpu = process.cpuUsage(c0)
const out = {
  benchmark: 'memory-suggest',
  totalUnits: TOTAL,
  termUnits: TERM_UNITS,
  top: result.slice(0, 3).map((r) => ({ zh: r.zh, score: +r.score.toFixed(3), freq: r.freq })),
  coreMs: Math.round(wallMs - backgroundMs),
  coreCpuMs: Math.round((cpu.user + cpu.system) / 1000 - backgroundMs),
  backgroundLookups: asked,
  backgroundMs: Math.round(backgroundMs),
  generateMs: Math.round(buildMs),
  loadAverage: loadavg()[0],
  node: process.version,
  at: new Date().toISOString()
}
console.log(JSON.stringify(out, null, 2))
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/memory-suggest.json', JSON.stringify(out, null, 2) + '\n')
