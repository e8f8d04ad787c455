/**
 * Where a fuzzy lookup spends its time, on a workspace a memory-bench run kept (--keep):
 * npx tsx bench/memory/match-profile.ts WORKDIR [--min 70] [--limit 10] [--rounds 3] [--top 5]
 *   [--only 8,167] [--dump FILE]
 * Loads the index snapshot beside WORKDIR/memory.sqlite, runs WORKDIR/queries.json and prints the CPU
 * time per lookup (p50/p90/p99; with --rounds, each query's least time over the rounds, as contention
 * on a shared machine only adds) and the work counters of the slowest queries. --dump writes each
 * query's result ids and scores, to check that a change keeps the results identical.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { detectMatchLang } from '../../src/core/memory'
import type { LookupStats } from '../../src/core/memory/fuzzy-index'
import { openDatabase } from '../../src/main/db/open-database'
import { UnitIndex } from '../../src/main/memory/unit-index'
import { percentile } from '../lib/stats'

const args = process.argv.slice(2)
const work = args[0]
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : dflt
}
const min = opt('min', 70)
const limit = opt('limit', 10)
const rounds = opt('rounds', 1)
const top = opt('top', 5)
const db = openDatabase(join(work, 'memory.sqlite'))
const index = new UnitIndex(() => db)
const cpu = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const c0 = cpu()
index.catchUp()
console.log(`index ${index.origin} in ${Math.round(index.loadMs)} ms wall, ${Math.round(cpu() - c0)} ms CPU`)
const all = JSON.parse(readFileSync(join(work, 'queries.json'), 'utf8')) as string[]
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',').map(Number) : null
const queries = only ? only.map((i) => all[i]) : all

interface Row {
  ms: number
  stats: LookupStats
  q: number
  tokens: number
  results: string
}
let rows: Row[] = []
for (let round = 0; round < rounds; round++) {
  const prev = rows
  rows = []
  for (const q of queries) {
    const stats: LookupStats = { postings: 0, pool: 0, bounded: 0, refined: 0 }
    const t = cpu()
    const r = index.lookup(q, detectMatchLang(q), min, limit, stats)
    const ms = Math.min(cpu() - t, prev[rows.length]?.ms ?? Infinity)
    rows.push({
      ms,
      stats,
      q: only ? only[rows.length] : rows.length,
      tokens: q.split(' ').length,
      results: r.map((m) => `${m.id}:${m.score}`).join(',')
    })
  }
}
if (args.includes('--dump'))
  writeFileSync(args[args.indexOf('--dump') + 1], rows.map((r) => r.results).join('\n') + '\n')
const sorted = [...rows].sort((a, b) => a.ms - b.ms)
const ms = sorted.map((r) => r.ms)
console.log(
  `CPU p50 ${percentile(ms, 50).toFixed(2)} ms, p90 ${percentile(ms, 90).toFixed(2)}, ` +
    `p99 ${percentile(ms, 99).toFixed(2)}, max ${ms.at(-1)!.toFixed(2)}, mean ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(2)}`
)
for (const r of [sorted[Math.floor(sorted.length / 2)], ...sorted.slice(-top)]) {
  const s = r.stats
  console.log(
    `${r.ms.toFixed(1)} ms  words ${r.tokens}  postings ${s.postings}  pool ${s.pool}  bounded ${s.bounded}  ` +
      `refined ${s.refined}  read ${s.read ?? 0}  query #${r.q}`
  )
}
db.close()
