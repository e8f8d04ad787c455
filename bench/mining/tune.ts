// Fast tuning loop (in-process scoring, same rules as score-terms.py): term-column F1 at the miner's own
// cut, the F1-optimal cut, P@100 per ACTER corpus, and the ranks of the seeds' policy terms.
// Usage: npx tsx bench/mining/tune.ts [EVAL_DIR]
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { mineCorpus, type MineOptions } from '../../src/core/mining/index'
import { loadReference, readFolder } from './corpus-files'

const evalDir = process.argv[2] ?? process.env.SHUYU_EVAL_DIR ?? '/work/shared/eval'
const reference = loadReference()
const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
const extra: Partial<MineOptions> = process.env.TUNE ? (JSON.parse(process.env.TUNE) as Partial<MineOptions>) : {}

function score(gold: Set<string>, terms: string[]): { p: number; r: number; f1: number; p100: number } {
  const seen = new Set<string>()
  const list = terms.map(norm).filter((t) => !seen.has(t) && seen.add(t))
  const tp = list.filter((t) => gold.has(t)).length
  const p = list.length ? tp / list.length : 0
  const r = tp / gold.size
  return {
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    p100: list.slice(0, 100).filter((t) => gold.has(t)).length / 100
  }
}

for (const name of ['acter-wind', 'acter-equi']) {
  const dir = join(evalDir, name)
  if (!existsSync(dir)) continue
  const gold = new Set(
    readFileSync(join(dir, 'gold.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => norm(l.split('\t')[0]))
  )
  const docs = readFolder(join(dir, 'texts'))
  const all = mineCorpus(docs, { reference, limit: 100000, ...extra }).candidates
  const kept = all.filter((c) => c.score >= 1)
  const s = score(
    gold,
    kept.map((c) => c.term)
  )
  let best = { f1: 0, n: 0 }
  for (let n = 200; n <= Math.min(all.length, 4000); n += 100) {
    const f = score(
      gold,
      all.slice(0, n).map((c) => c.term)
    ).f1
    if (f > best.f1) best = { f1: f, n }
  }
  const sv = score(
    gold,
    kept.flatMap((c) => c.variants)
  )
  console.log(
    `${name}: kept ${kept.length} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} ` +
      `P@100 ${s.p100.toFixed(2)} | best F1 ${best.f1.toFixed(3)} @${best.n} | variants F1 ${sv.f1.toFixed(3)}`
  )
  if (process.env.SHOW) {
    console.log(
      all
        .slice(0, 100)
        .map((c) => (gold.has(norm(c.term)) ? '+' : '-') + c.term)
        .join(', ')
    )
  }
}

const seedDir = new URL('../../seeds/', import.meta.url).pathname
const seeds = readFolder(seedDir)
const res = mineCorpus(seeds, { reference, limit: 100000, ...extra }).candidates
const keys = res.map((c) => c.key)
const want = [
  'new quality productive force',
  'high quality development',
  'modernized industrial system',
  'innovation driven development strategy',
  'self reliance and strength in science and technology',
  'belt and road initiative',
  "national people's congress",
  'last year',
  'wednesday afternoon',
  'said xi'
]
console.log('seeds:', want.map((k) => `${k}=${keys.indexOf(k) + 1 || '-'}`).join('; '))
console.log(
  'top30:',
  res
    .slice(0, 30)
    .map((c) => c.term)
    .join(', ')
)
