/**
 * Where a fuzzy lookup spends its time, on a workspace a memory-bench run kept (--keep):
 * npx tsx bench/memory/match-profile.ts WORKDIR [--min 70] [--limit 10]
 * Loads the index snapshot beside WORKDIR/memory.sqlite, runs WORKDIR/queries.json and prints per-phase
 * CPU figures (index lookup incl. score bounds; reading and scoring texts) and the work counters.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { detectMatchLang } from '../../src/core/memory'
import { openDatabase } from '../../src/main/db/open-database'
import type { LookupStats } from '../../src/main/memory/fuzzy-index'
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
const db = openDatabase(join(work, 'memory.sqlite'))
const index = new UnitIndex(() => db)
index.catchUp()
console.log(`index ${index.origin} in ${Math.round(index.loadMs)} ms`)
const queries = JSON.parse(readFileSync(join(work, 'queries.json'), 'utf8')) as string[]
const rows: { ms: number; stats: LookupStats; read: number; q: number }[] = []
for (const q of queries) {
  const stats: LookupStats = { postings: 0, pool: 0, bounded: 0, refined: 0 }
  // CPU time, not wall time: the machine is shared and wall time includes waiting for a core.
  const t = process.cpuUsage()
  index.lookup(q, detectMatchLang(q), min, limit, stats)
  const used = process.cpuUsage(t)
  rows.push({ ms: (used.user + used.system) / 1000, stats, read: index.lastLookup.read, q: rows.length })
}
rows.sort((a, b) => a.ms - b.ms)
const ms = rows.map((r) => r.ms)
console.log(`CPU p50 ${percentile(ms, 50).toFixed(2)} ms, p99 ${percentile(ms, 99).toFixed(2)} ms, max ${ms.at(-1)!.toFixed(2)}`)
for (const r of [rows[Math.floor(rows.length / 2)], ...rows.slice(-5)]) {
  console.log(`${r.ms.toFixed(1)} ms  postings ${r.stats.postings}  pool ${r.stats.pool}  bounded ${r.stats.bounded}  refined ${r.stats.refined}  read ${r.read}  query #${r.q}`)
}


db.close()
