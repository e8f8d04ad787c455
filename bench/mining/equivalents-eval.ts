/**
 * The miner's Chinese column on real bilingual data (npx tsx bench/mining/equivalents-eval.ts [--data DIR]):
 * a fresh workspace gets the TMX files of DIR (default ../shared/eval/policy-gwr) as its memory and the
 * English reports of DIR/en as its corpus, mines them, and asks `mining/equivalents` for every English
 * candidate, as `shuyu mine --equivalents --limit 0` does. Reports, for the gold terms (DIR/gold.tsv) the
 * miner lists, how many get the official Chinese as the best equivalent, and the wall time of the column
 * for the top 500 candidates and for the whole list. Writes bench/results/mining-equivalents.json.
 * Measuring only: nothing of the eval data goes into the project.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { lightStem } from '../../src/core/memory/light-stem'
import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import type { ApiArg, ApiName, ApiResult } from '../../src/shared/api'

const args = process.argv.slice(2)
const at = args.indexOf('--data')
const root = resolve(__dirname, '..', '..')
const DATA =
  (at >= 0 ? args[at + 1] : undefined) ??
  [resolve(root, '..', 'shared', 'eval', 'policy-gwr'), resolve(root, '..', '..', 'shared', 'eval', 'policy-gwr')].find(
    (d) => existsSync(d)
  )
if (!DATA) throw new Error('no eval data: pass --data DIR')

const key = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => lightStem(w)).join(' ')

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'shuyu-equivalents-eval-'))
  const app = await AppContext.open({ db: join(work, 'ws.sqlite'), seedsDir: seedsDir() })
  const handlers = createHandlers(app)
  const call = async <K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>> => {
    const r = await dispatch(app, handlers, name, arg)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.result as ApiResult<K>
  }
  for (const f of readdirSync(join(DATA!, 'tmx')).filter((f) => f.endsWith('.tmx'))) {
    await call('exchange/import', { path: join(DATA!, 'tmx', f) })
  }
  await call('corpus/import', { paths: [join(DATA!, 'en')] })
  await call('mining/run', {})
  const fresh = await call('mining/candidates', { status: 'new', limit: 0, lang: 'en' })
  const rows = fresh.rows.sort((a, b) => b.score - a.score)

  // The first call of a session also indexes the imported units for the concordance and loads jieba:
  // timed apart, on one candidate.
  const t = performance.now()
  await call('mining/equivalents', { ids: rows.slice(0, 1).map((r) => r.id) })
  const firstCallMs = performance.now() - t
  // CPU time beside wall time: the machine is shared.
  const timed = async (ids: number[]) => {
    const cpu = process.cpuUsage()
    const start = performance.now()
    const out = await call('mining/equivalents', { ids })
    const used = process.cpuUsage(cpu)
    return { out, ms: Math.round(performance.now() - start), cpuMs: Math.round((used.user + used.system) / 1000) }
  }
  const top500 = await timed(rows.slice(0, 500).map((r) => r.id))
  const whole = await timed(rows.map((r) => r.id))
  const all = whole.out
  const byId = new Map(all.map((e) => [e.id, e]))

  const gold = readFileSync(join(DATA!, 'gold.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map(([en, zh]) => ({ en: en.trim(), zh: zh.trim() }))
  const rankOf = new Map(rows.map((r, k) => [key(r.term), k]))
  const listed = gold.filter((g) => rankOf.has(key(g.en)))
  const misses: string[] = []
  let right = 0
  for (const g of listed) {
    const row = rows[rankOf.get(key(g.en))!]
    const got = byId.get(row.id)?.equivalents.map((e) => e.text) ?? []
    if (got[0] === g.zh) right++
    else misses.push(`${g.en} → ${g.zh}: got ${got.join(' | ') || '(none)'}`)
  }
  const withChinese = all.filter((e) => e.equivalents.length > 0).length
  const result = {
    benchmark: 'mining-equivalents',
    candidates: rows.length,
    withChinese,
    goldListed: listed.length,
    gold: gold.length,
    officialFirst: right,
    share: Math.round((1000 * right) / Math.max(1, listed.length)) / 10,
    misses,
    notListed: gold.filter((g) => !rankOf.has(key(g.en))).map((g) => g.en),
    firstCallMs: Math.round(firstCallMs),
    top500: { ms: top500.ms, cpuMs: top500.cpuMs },
    all: { ms: whole.ms, cpuMs: whole.cpuMs },
    load: loadavg()[0],
    at: new Date().toISOString()
  }
  app.close()
  rmSync(work, { recursive: true, force: true })
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/mining-equivalents.json', JSON.stringify(result, null, 2) + '\n')
  console.log(JSON.stringify(result, null, 2))
}

void main()
