// How far can the miner's own evidence go? Fits a logistic ranker over the per-candidate features the
// scorer sees (its score, termhood, C-value, nestedness, length, kind, frequency, spread, independence,
// capitals, word specificity, reference frequency, word productivity, digits) to an annotated corpus's gold
// list, and reports the best term-column F1 at any cut of the refitted ranking:
//  - "self": trained on the same corpus it is scored on, an optimistic ceiling (it has seen the answers);
//  - "cross": trained on the other corpus, what a learned ranker could honestly transfer.
// If even "self" stays below a target, no reweighting of this evidence reaches it: new evidence is needed.
// Nothing here enters the app; it reads ../shared/eval like eval.ts. Usage: npx tsx bench/mining/ceiling.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { mineDocuments } from '../../src/core/mining/index'
import { referenceFpm } from '../../src/core/mining/reference'
import { scoreAll, wordSpecificity } from '../../src/core/mining/scoring'
import { surfacesOf, wordsOf } from '../../src/core/mining/stats'
import { loadReference, readFolder } from './corpus-files'

const evalDir = process.argv[2] ?? process.env.SHUYU_EVAL_DIR ?? '/work/shared/eval'
const corpora = ['acter-wind', 'acter-equi']
if (!corpora.every((c) => existsSync(join(evalDir, c, 'texts')))) {
  console.log('eval data not found')
  process.exit(0)
}
const ref = loadReference()
const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')

interface Corpus {
  X: number[][]
  y: number[]
  terms: string[]
  gold: number
  base: number[]
}

function load(name: string): Corpus {
  const dir = join(evalDir, name)
  const gold = new Set(
    readFileSync(join(dir, 'gold.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => norm(l.split('\t')[0]))
  )
  const stats = mineDocuments(readFolder(join(dir, 'texts')), { reference: ref })
  const scored = scoreAll(stats, ref)
  const productivity = new Map<number, number>()
  for (let c = 0; c < stats.size; c++) {
    for (let k = 0; k < stats.n[c]; k++) {
      const w = stats.pool[stats.seqStart[c] + k]
      productivity.set(w, (productivity.get(w) ?? 0) + 1)
    }
  }
  const X: number[][] = []
  const y: number[] = []
  const terms: string[] = []
  const seen = new Set<string>()
  for (const s of scored) {
    const c = s.i
    const term = norm(surfacesOf(stats, c)[0] ?? '')
    // score-terms.py keeps the first of duplicate rows: so does this.
    if (seen.has(term)) continue
    seen.add(term)
    const words = wordsOf(stats, c)
    const spec = words.map((w) => wordSpecificity(w, stats, ref, 1))
    const refs = words.map((w) => referenceFpm(ref, w))
    const prod = words.map((_, k) => productivity.get(stats.pool[stats.seqStart[c] + k]) ?? 0)
    const f = stats.freq[c]
    const len = stats.n[c]
    X.push([
      Math.log(s.score),
      s.termhood,
      Math.log1p(s.cvalue),
      Math.log1p(s.parents),
      Math.min(len, 5),
      +(len === 1),
      +(stats.kind[c] === 1),
      +(stats.kind[c] === 2),
      Math.log(f),
      +(f === 1),
      Math.log1p(stats.docs[c]),
      stats.standalone[c] / f,
      stats.capitalised[c] / f,
      Math.min(...spec),
      spec.reduce((a, b) => a + b, 0) / spec.length,
      Math.log1p(Math.min(...refs)),
      Math.log1p(Math.min(...prod)),
      Math.log1p(prod.reduce((a, b) => a + b, 0) / prod.length),
      +/\d/.test(term)
    ])
    y.push(gold.has(term) ? 1 : 0)
    terms.push(term)
  }
  return { X, y, terms, gold: gold.size, base: X.map((r) => r[0]) }
}

/** Standardises columns with the training set's mean and deviation, plus a bias column. */
function standardiser(X: number[][]): (row: number[]) => number[] {
  const d = X[0].length
  const mu = new Array<number>(d).fill(0)
  const sd = new Array<number>(d).fill(0)
  for (const r of X) for (let j = 0; j < d; j++) mu[j] += r[j] / X.length
  for (const r of X) for (let j = 0; j < d; j++) sd[j] += (r[j] - mu[j]) ** 2 / X.length
  return (r) => [1, ...r.map((v, j) => (v - mu[j]) / (Math.sqrt(sd[j]) + 1e-9))]
}

/** L2-regularised logistic regression by Newton's method (20 features: a dense solve is instant). */
function fit(Z: number[][], y: number[], l2 = 0.01, iterations = 30): number[] {
  const d = Z[0].length
  const w = new Array<number>(d).fill(0)
  for (let it = 0; it < iterations; it++) {
    const g = w.map((v) => l2 * v)
    const H = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)))
    for (let n = 0; n < Z.length; n++) {
      const z = Z[n]
      let s = 0
      for (let j = 0; j < d; j++) s += z[j] * w[j]
      const p = 1 / (1 + Math.exp(-s))
      const q = (p * (1 - p)) / Z.length
      for (let i = 0; i < d; i++) {
        g[i] += ((p - y[n]) * z[i]) / Z.length
        for (let j = 0; j < d; j++) H[i][j] += q * z[i] * z[j]
      }
    }
    const step = solve(H, g)
    for (let j = 0; j < d; j++) w[j] -= step[j]
  }
  return w
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length
  const M = A.map((r, i) => [...r, b[i]])
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r
    ;[M[c], M[p]] = [M[p], M[c]]
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const k = M[r][c] / M[c][c]
      for (let j = c; j <= n; j++) M[r][j] -= k * M[c][j]
    }
  }
  return M.map((r, i) => r[n] / r[i])
}

/** Best F1 over every cut of a ranking, and F1 at a given list length. */
function bestF1(
  scores: number[],
  y: number[],
  gold: number,
  at: number
): { f1: number; cut: number; f1AtMinerCut: number } {
  const order = scores
    .map((s, i) => [s, i])
    .sort((a, b) => b[0] - a[0])
    .map((p) => p[1])
  let tp = 0
  let best = { f1: 0, cut: 0, f1AtMinerCut: 0 }
  order.forEach((i, k) => {
    tp += y[i]
    const f1 = (2 * tp) / (k + 1 + gold)
    if (f1 > best.f1) best = { ...best, f1, cut: k + 1 }
    if (k + 1 === at) best.f1AtMinerCut = f1
  })
  const r = (v: number): number => Math.round(v * 1000) / 1000
  return { f1: r(best.f1), cut: best.cut, f1AtMinerCut: r(best.f1AtMinerCut) }
}

const data = Object.fromEntries(corpora.map((c) => [c, load(c)])) as Record<string, Corpus>
const results: Record<string, unknown> = {}
for (const test of corpora) {
  const t = data[test]
  // The miner's own cut: 7 × √words; the corpora are ~50,000 words, so ≈ the length it prints.
  const minerCut = corpora.indexOf(test) === 0 ? 1515 : 1572
  const row: Record<string, unknown> = { miner: bestF1(t.base, t.y, t.gold, minerCut) }
  for (const train of corpora) {
    const std = standardiser(data[train].X)
    const w = fit(data[train].X.map(std), data[train].y)
    const scores = t.X.map((r) => std(r).reduce((s, v, j) => s + v * w[j], 0))
    row[train === test ? 'self' : 'cross'] = bestF1(scores, t.y, t.gold, minerCut)
  }
  results[test] = row
  console.log(test, JSON.stringify(row))
}
const resultsDir = new URL('../results/', import.meta.url).pathname
mkdirSync(resultsDir, { recursive: true })
writeFileSync(
  join(resultsDir, 'mining-ceiling.json'),
  JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n'
)
