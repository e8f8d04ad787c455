// Fast tuning loop over the three yardsticks at once, in-process, with the app's own import (header, normalise,
// sentence split) so the figures match `shuyu mine --limit 0`: the policy dev set's recall (score-recall.py's
// rules), ACTER wind/dressage F1 and P@100 (score-terms.py's rules), the seeds' core policy terms.
// Usage: npx tsx bench/mining/loop.ts [EVAL_DIR]     SHOW=policy|wind|equi|seeds prints that top 100.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { mineCorpus, type MinedCandidate, type MineOptions } from '../../src/core/mining/index'
import { SEEDS_CORE_TERMS, SEEDS_NOISE } from '../../tests/main/mining/seeds-core-terms'
import { loadReference, readFolderAsApp } from './corpus-files'

const evalDir = process.argv[2] ?? process.env.SHUYU_EVAL_DIR ?? '/work/shared/eval'
const reference = loadReference()
const extra: Partial<MineOptions> = process.env.TUNE ? (JSON.parse(process.env.TUNE) as Partial<MineOptions>) : {}

const termNorm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
const recallNorm = (s: string): string =>
  s
    .trim()
    .replace(/\u2019/g, "'")
    .replace(/^["\u201c\u201d]+|["\u201c\u201d]+$/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/^the /, '')
    .replace(/s$/, '')

function goldOf(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t')[0])
}

function show(name: string, cands: MinedCandidate[], mark: (c: MinedCandidate) => boolean): void {
  if (process.env.SHOW !== name) return
  const n = Number(process.env.N ?? 100)
  console.log(
    cands
      .slice(0, n)
      .map((c, i) => `${i + 1}${mark(c) ? '+' : ' '}${c.term} (${c.freq}/${c.docs}${c.kind ? ' ' + c.kind : ''})`)
      .join('\n')
  )
}

/** Rows a reader would take for one term: the same words up to case, apostrophe, hyphen/space, plural. */
function printDuplicates(name: string, cands: MinedCandidate[]): void {
  const groups = new Map<string, string[]>()
  for (const c of cands) {
    const k = recallNorm(c.term).replace(/'s$/, '')
    groups.set(k, [...(groups.get(k) ?? []), c.term])
  }
  const dup = [...groups.values()].filter((g) => g.length > 1)
  if (dup.length) console.log(`  ${name} duplicate rows: ${dup.map((g) => g.join(' = ')).join('; ')}`)
}

async function main(): Promise<void> {
  const policyDir = join(evalDir, 'policy-gwr')
  if (existsSync(policyDir)) {
    const docs = await readFolderAsApp(join(policyDir, 'en'))
    const t0 = performance.now()
    const cands = mineCorpus(docs, { reference, limit: 0, ...extra }).candidates
    const ms = performance.now() - t0
    const gold = goldOf(join(policyDir, 'gold.tsv'))
    const rank = new Map<string, number>()
    cands.forEach((c, i) => {
      for (const v of [c.term, ...c.variants]) if (!rank.has(recallNorm(v))) rank.set(recallNorm(v), i + 1)
    })
    const ranks = gold.map((g) => rank.get(recallNorm(g)))
    const at = (k: number): number => ranks.filter((r) => r !== undefined && r <= k).length
    console.log(
      `policy: @50 ${at(50)} @100 ${at(100)} @200 ${at(200)} @500 ${at(500)} @all ${at(1e9)}/${gold.length} ` +
        `(${cands.length} candidates, ${Math.round(ms)} ms)`
    )
    console.log('  ranks:', gold.map((g, i) => `${g}=${ranks[i] ?? '-'}`).join('; '))
    const goldSet = new Set(gold.map(recallNorm))
    printDuplicates('policy', cands)
    show('policy', cands, (c) => [c.term, ...c.variants].some((v) => goldSet.has(recallNorm(v))))
  }
  for (const name of ['acter-wind', 'acter-equi']) {
    const dir = join(evalDir, name)
    if (!existsSync(dir)) continue
    const gold = new Set(goldOf(join(dir, 'gold.tsv')).map(termNorm))
    const cands = mineCorpus(await readFolderAsApp(join(dir, 'texts')), { reference, limit: 0, ...extra }).candidates
    const seen = new Set<string>()
    const list = cands.map((c) => termNorm(c.term)).filter((t) => !seen.has(t) && seen.add(t))
    const tp = list.filter((t) => gold.has(t)).length
    const p = tp / list.length
    const r = tp / gold.size
    const p100 = list.slice(0, 100).filter((t) => gold.has(t)).length / 100
    console.log(
      `${name}: F1 ${((2 * p * r) / (p + r)).toFixed(4)} P ${p.toFixed(3)} R ${r.toFixed(3)} P@100 ${p100.toFixed(2)} ` +
        `(${list.length}, ${cands.length - list.length} duplicate rows)`
    )
    show(name.slice(6), cands, (c) => gold.has(termNorm(c.term)))
    printDuplicates(name, cands)
  }
  const seeds = await readFolderAsApp(new URL('../../seeds/', import.meta.url).pathname)
  const cands = mineCorpus(seeds, { reference, limit: 0, ...extra }).candidates
  const terms = cands.map((c) => termNorm(c.term))
  const ranks = SEEDS_CORE_TERMS.map((t) => terms.indexOf(termNorm(t)) + 1)
  console.log(
    `seeds: ${ranks.filter((r) => r > 0 && r <= 50).length}/${SEEDS_CORE_TERMS.length} core terms in the top 50; ` +
      SEEDS_CORE_TERMS.map((t, i) => `${t}=${ranks[i] || '-'}`).join('; ')
  )
  printDuplicates('seeds', cands)
  const noise = terms.slice(0, 100).filter((t) => SEEDS_NOISE.some((re) => re.test(t)))
  console.log(`  noise in top 100: ${noise.join('; ') || 'none'}`)
  const coreSet = new Set(SEEDS_CORE_TERMS.map(termNorm))
  show('seeds', cands, (c) => coreSet.has(termNorm(c.term)))
}

void main()
