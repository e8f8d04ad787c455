// Quality bench. ACTER: mines each annotated corpus with limit 0 and scores the list the TermEval 2020 way
// with ../shared/eval/score-terms.py. Policy dev set (policy-gwr, 7 Government Work Reports): recall of its
// official terms at 50/100/200/500/1000 and over the whole list with score-recall.py. The corpora are read as
// the app imports them, so the figures are those of `shuyu mine --limit 0`.
// Seeds (ours, in the repo): the core policy terms of tests/main/mining/seeds-core-terms.ts in the top 50, the
// ages/sizes/quantities/clauses in the top 100. Every corpus: duplicate rows (one term on two rows, by
// score-recall.py's matching: case, hyphen/space, a final s).
// Usage: npx tsx bench/mining/eval.ts [EVAL_DIR]     Writes bench/results/mining-quality.json.
// The primary ACTER figures score the `term` column only, one row per candidate; `withVariants` also lists
// every surface form (the gold lists "aerodynamic force" and "aerodynamic forces" as two entries), for
// reference only.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { mineCorpus, type MinedCandidate } from '../../src/core/mining/index'
import { SEEDS_CORE_TERMS, SEEDS_NOISE } from '../../tests/main/mining/seeds-core-terms'
import { loadReference, readFolderAsApp } from './corpus-files'

const evalDir = process.argv[2] ?? process.env.SHUYU_EVAL_DIR ?? '/work/shared/eval'
const reference = loadReference()
const tmp = mkdtempSync(join(tmpdir(), 'shuyu-eval-'))
const results: Record<string, unknown> = {}

function python(script: string, args: string[]): Record<string, unknown> {
  const json = execFileSync('python3', [join(evalDir, script), ...args, '--json'], { encoding: 'utf8' })
  return JSON.parse(json) as Record<string, unknown>
}

/** Rows that a reader takes for one term: the same words up to case, apostrophe, hyphen/space, a final s. */
function duplicateRows(cands: MinedCandidate[]): string[][] {
  const groups = new Map<string, string[]>()
  for (const c of cands) {
    const k = c.term
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/[\s-]+/g, ' ')
      .replace(/'s$/, '')
      .replace(/s$/, '')
    groups.set(k, [...(groups.get(k) ?? []), c.term])
  }
  return [...groups.values()].filter((g) => g.length > 1)
}

async function seeds(): Promise<void> {
  const docs = await readFolderAsApp(new URL('../../seeds/', import.meta.url).pathname)
  const res = mineCorpus(docs, { reference, limit: 0 })
  const norm = (t: string): string => t.toLowerCase().replace(/\u2019/g, "'")
  const terms = res.candidates.map((c) => norm(c.term))
  const ranks = Object.fromEntries(SEEDS_CORE_TERMS.map((t) => [t, terms.indexOf(norm(t)) + 1 || null]))
  const inTop50 = Object.values(ranks).filter((r) => r !== null && r <= 50).length
  results.seeds = {
    coreTerms: SEEDS_CORE_TERMS.length,
    coreInTop50: inTop50,
    coreRanks: ranks,
    noiseInTop100: terms.slice(0, 100).filter((t) => SEEDS_NOISE.some((re) => re.test(t))),
    duplicateRows: duplicateRows(res.candidates),
    candidates: res.candidates.length,
    words: res.words
  }
  console.log('seeds', JSON.stringify(results.seeds))
}

/** The TSV `shuyu mine` prints: term score freq docs variants kind. */
function mineTsv(cands: MinedCandidate[]): string {
  const rows = cands.map((c) => [c.term, c.score.toFixed(4), c.freq, c.docs, c.variants.join('|'), c.kind].join('\t'))
  return ['term\tscore\tfreq\tdocs\tvariants\tkind', ...rows].join('\n') + '\n'
}

async function acter(): Promise<void> {
  for (const name of ['acter-wind', 'acter-equi']) {
    const dir = join(evalDir, name)
    if (!existsSync(join(dir, 'texts'))) {
      console.log(`${name}: not found under ${evalDir}, skipped`)
      continue
    }
    const docs = await readFolderAsApp(join(dir, 'texts'))
    const t0 = performance.now()
    const res = mineCorpus(docs, { reference, limit: 0 })
    const ms = performance.now() - t0
    const scoreList = (file: string, lines: string[]): Record<string, unknown> => {
      const out = join(tmp, file)
      writeFileSync(out, lines.join('\n') + '\n')
      return python('score-terms.py', [join(dir, 'gold.tsv'), out])
    }
    const score = scoreList(
      `${name}.tsv`,
      res.candidates.map((c) => `${c.term}\t${c.score}`)
    )
    const withVariants = scoreList(
      `${name}-variants.tsv`,
      res.candidates.flatMap((c) => c.variants.map((v) => `${v}\t${c.score}`))
    )
    results[name] = {
      ...score,
      candidates: res.candidates.length,
      words: res.words,
      ms: Math.round(ms),
      duplicateRows: duplicateRows(res.candidates),
      withVariants: { f1: withVariants.f1, precision: withVariants.precision, recall: withVariants.recall }
    }
    console.log(name, JSON.stringify(results[name]))
  }
}

async function policyDev(): Promise<void> {
  const dir = join(evalDir, 'policy-gwr')
  if (!existsSync(join(dir, 'en')) || !existsSync(join(evalDir, 'score-recall.py'))) {
    console.log(`policy-gwr: not found under ${evalDir}, skipped`)
    return
  }
  const docs = await readFolderAsApp(join(dir, 'en'))
  const t0 = performance.now()
  const res = mineCorpus(docs, { reference, limit: 0 })
  const ms = performance.now() - t0
  const out = join(tmp, 'policy-gwr.tsv')
  writeFileSync(out, mineTsv(res.candidates))
  const recall = python('score-recall.py', [join(dir, 'gold.tsv'), out])
  const kinds: Record<string, number> = {}
  for (const c of res.candidates.slice(0, 100)) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1
  results['policy-gwr'] = {
    gold: recall.gold,
    'recall@100': recall['recall@100'],
    'recall@500': recall['recall@500'],
    'recall@all': recall['recall@all'],
    recall,
    kindsTop100: kinds,
    duplicateRows: duplicateRows(res.candidates),
    candidates: res.candidates.length,
    words: res.words,
    ms: Math.round(ms)
  }
  console.log('policy-gwr', JSON.stringify(results['policy-gwr']))
}

async function main(): Promise<void> {
  await acter()
  await policyDev()
  await seeds()
  if (Object.keys(results).length === 0) {
    console.log('eval data not found: nothing measured')
    return
  }
  const resultsDir = new URL('../results/', import.meta.url).pathname
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(
    join(resultsDir, 'mining-quality.json'),
    JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n'
  )
}

void main()
