// Does a candidate feature separate terms from non-terms? For each annotated corpus, mines it as the app
// imports it, takes the miner's ranked list (limit 0 and beyond, to 3× the cut) and prints the share of gold
// terms per feature bin. Usage: npx tsx bench/mining/feature-check.ts FEATURE   (cohesion | docshare | ...)
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { mineDocuments, type MiningDocument } from '../../src/core/mining/index'
import { DEFAULT_SCORE_PARAMS, scoreAll } from '../../src/core/mining/scoring'
import { keyOf, surfacesOf } from '../../src/core/mining/stats'
import { readDocument } from '../../src/main/corpus/read-document'
import { loadReference } from './corpus-files'

const E = process.env.SHUYU_EVAL_DIR ?? '/work/shared/eval'
const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/[\s-]+/g, ' ')
    .replace(/^the /, '')
    .replace(/s$/, '')

async function main(): Promise<void> {
  const feature = process.argv[2] ?? 'cohesion'
  const reference = loadReference()
  for (const [name, dir, goldFile] of [
    ['wind', 'acter-wind/texts', 'acter-wind/gold.tsv'],
    ['equi', 'acter-equi/texts', 'acter-equi/gold.tsv'],
    ['policy', 'policy-gwr/en', 'policy-gwr/gold.tsv']
  ]) {
    const gold = new Set(
      readFileSync(join(E, goldFile), 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((l) => norm(l.split('\t')[0]))
    )
    const files = readdirSync(join(E, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
    let seg = 0
    const docs: MiningDocument[] = []
    for (const [i, f] of files.entries()) {
      const d = await readDocument(join(E, dir, f))
      docs.push({ id: i + 1, segments: d.segments.map((s) => ({ id: seg++, text: s.text })) })
    }
    const stats = mineDocuments(docs, { reference })
    const scored = scoreAll(stats, reference, DEFAULT_SCORE_PARAMS)
    const cut = Math.round(7 * Math.sqrt(stats.words))
    const bins = new Map<string, [number, number]>()
    for (const s of scored.slice(0, cut * 2)) {
      const c = s.i
      if (stats.n[c] < 2) continue
      let minCount = Infinity
      const st = stats.seqStart[c]
      for (let k = 0; k < stats.n[c]; k++) {
        const w = stats.pool[st + k]
        if (['of', 'and', 'the', 'in', 'for', 'on'].includes(stats.vocab[w])) continue
        minCount = Math.min(minCount, stats.wordCount[w])
      }
      const v =
        feature === 'cohesion'
          ? stats.freq[c] / minCount
          : feature === 'docshare'
            ? stats.docs[c] / Math.max(1, stats.documents)
            : stats.freq[c]
      const edges = feature === 'freq' ? [1, 2, 3, 5, 10, 1e9] : [0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 0.99, 1.01]
      const bin = edges.find((e) => v <= e) ?? 'max'
      const isGold = surfacesOf(stats, c).some((x) => gold.has(norm(x))) || gold.has(norm(keyOf(stats, c)))
      const b = bins.get(String(bin)) ?? [0, 0]
      b[0]++
      if (isGold) b[1]++
      bins.set(String(bin), b)
    }
    console.log(
      name,
      [...bins.entries()]
        .sort((a, b) => Number(a[0]) - Number(b[0]))
        .map(([k, [n, g]]) => `≤${k}: ${g}/${n} (${((100 * g) / n).toFixed(0)}%)`)
        .join('  ')
    )
  }
}
void main()
