/**
 * Equivalent suggestion on real aligned units, both directions (npx tsx bench/memory/suggest-eval.ts
 * [--data DIR] [--gold FILE] [--jieba]).
 *
 * The memory is every published unit of `tmx/GR*.tmx` in DIR (default ../shared/eval/policy-gwr beside
 * the repository, or /work/shared/eval/policy-gwr), about 4,300 English–Chinese pairs. For each pair
 * of GOLD (default DIR/gold.tsv: english, chinese, …) it asks for Chinese equivalents of the English
 * and English equivalents of the Chinese, as the app does (the units holding the term, and counts over
 * the whole memory as background), and reports whether the official rendering comes first, in the
 * top three, or not at all, with what came first instead. `--jieba` segments the Chinese with jieba
 * (the Segmenter the app will pass); without it the core falls back to character statistics.
 * Writes bench/results/memory-suggest-eval.json. Measuring only: nothing of the eval data goes into the
 * project.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'

import { lightStem } from '../../src/core/memory/light-stem'
import { suggestEnglishEquivalents } from '../../src/core/memory/suggest-english'
import { suggestEquivalents, type SuggestUnit } from '../../src/core/memory/suggest-equivalents'
import type { Segmenter } from '../../src/core/text/segmenter'
import { jiebaSegmenter } from '../../tests/helpers/jieba-segmenter'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const root = resolve(__dirname, '..', '..')
const DATA =
  opt('data') ??
  [resolve(root, '..', 'shared', 'eval', 'policy-gwr'), resolve(root, '..', '..', 'shared', 'eval', 'policy-gwr')].find(
    (d) => existsSync(d)
  )
if (!DATA) throw new Error('no eval data: pass --data DIR')
const GOLD = opt('gold') ?? join(DATA, 'gold.tsv')
const segmenter: Segmenter | undefined = args.includes('--jieba') ? jiebaSegmenter() : undefined

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m)
  )

const units: SuggestUnit[] = []
for (const file of readdirSync(join(DATA, 'tmx'))
  .filter((f) => f.endsWith('.tmx'))
  .sort()) {
  for (const tu of readFileSync(join(DATA, 'tmx', file), 'utf8').matchAll(/<tu>([\s\S]*?)<\/tu>/g)) {
    const seg = (lang: string): string =>
      unescape(new RegExp(`<tuv xml:lang="${lang}[^"]*"><seg>([\\s\\S]*?)</seg>`).exec(tu[1])?.[1] ?? '').trim()
    const en = seg('en')
    const zh = seg('zh')
    if (en && zh) units.push({ id: units.length + 1, en, zh })
  }
}

const gold = readFileSync(GOLD, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .map(([en, zh]) => ({ en: en.trim(), zh: zh.trim() }))

// Counts over the whole memory, as the main side's background sample gives them for a small memory.
const countZh = (grams: string[]): number[] => grams.map((g) => units.filter((u) => u.zh.includes(g)).length)
const enKey = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => lightStem(w)).join(' ')

interface Row {
  query: string
  expected: string
  rank: number
  first: string
  top: string[]
  freq: number
}

function rankOf(list: string[], expected: string, same: (a: string, b: string) => boolean): number {
  const k = list.findIndex((x) => same(x, expected))
  return k < 0 ? 0 : k + 1
}

const t0 = performance.now()
// The units the main side would pass: those holding every word of the term (as a prefix of its stem).
const holdingWords = (term: string): SuggestUnit[] => {
  const stems = (term.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => lightStem(w).replace(/y$/, ''))
  return units.filter((u) => {
    const text = u.en.toLowerCase()
    return stems.every((s) => text.includes(s))
  })
}
const forward: Row[] = gold.map(({ en, zh }) => {
  const r = suggestEquivalents(en, holdingWords(en), {
    background: { totalUnits: units.length, countUnits: countZh, sample: units },
    segmenter
  })
  const list = r.map((s) => s.zh)
  return {
    query: en,
    expected: zh,
    rank: rankOf(list, zh, (a, b) => a === b),
    first: list[0] ?? '',
    top: list.slice(0, 3),
    freq: r[0]?.freq ?? 0
  }
})
const forwardMs = performance.now() - t0

const t1 = performance.now()
const backward: Row[] = gold.map(({ en, zh }) => {
  const r = suggestEnglishEquivalents(
    zh,
    units.filter((u) => u.zh.includes(zh)),
    { background: { totalUnits: units.length, sample: units }, segmenter }
  )
  const list = r.map((s) => s.en)
  return {
    query: zh,
    expected: en,
    rank: rankOf(list, en, (a, b) => enKey(a) === enKey(b)),
    first: list[0] ?? '',
    top: list.slice(0, 3),
    freq: r[0]?.freq ?? 0
  }
})
const backwardMs = performance.now() - t1

function summary(rows: Row[]): { first: number; top3: number; found: number; of: number } {
  return {
    first: rows.filter((r) => r.rank === 1).length,
    top3: rows.filter((r) => r.rank >= 1 && r.rank <= 3).length,
    found: rows.filter((r) => r.rank >= 1).length,
    of: rows.length
  }
}

for (const [name, rows] of [
  ['EN → ZH', forward],
  ['ZH → EN', backward]
] as const) {
  const s = summary(rows)
  console.log(`${name}: official first ${s.first}/${s.of}, top 3 ${s.top3}, proposed ${s.found}`)
  for (const r of rows)
    if (r.rank !== 1) console.log(`   ${r.query} → ${r.expected}: rank ${r.rank || '-'}, got ${r.top.join(' | ')}`)
}
const out = {
  benchmark: 'memory-suggest-eval',
  units: units.length,
  segmenter: segmenter ? 'jieba' : 'character statistics',
  forward: { ...summary(forward), ms: Math.round(forwardMs), rows: forward },
  backward: { ...summary(backward), ms: Math.round(backwardMs), rows: backward },
  loadAverage: loadavg()[0],
  node: process.version,
  at: new Date().toISOString()
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true })
writeFileSync(join(root, 'bench', 'results', 'memory-suggest-eval.json'), JSON.stringify(out, null, 2) + '\n')
