// Quality bench: mines each annotated ACTER corpus with limit 0 and scores the list the TermEval 2020 way
// with ../shared/eval/score-terms.py. Usage: npx tsx bench/mining/eval.ts [EVAL_DIR]
// Every surface variant of a candidate is written (lower-cased, deduplicated by the scorer), since the gold
// lists surface forms ("aerodynamic force" and "aerodynamic forces" are two entries).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mineCorpus } from '../../src/core/mining/index'
import { loadReference, readFolder } from './corpus-files'

const evalDir = process.argv[2] ?? process.env.SHUYU_EVAL_DIR ?? '/work/shared/eval'
const corpora = ['acter-wind', 'acter-equi']
if (!existsSync(join(evalDir, corpora[0], 'texts'))) {
  console.log('eval data not found')
  process.exit(0)
}
const reference = loadReference()
const tmp = mkdtempSync(join(tmpdir(), 'shuyu-eval-'))
const results: Record<string, unknown> = {}
for (const name of corpora) {
  const dir = join(evalDir, name)
  if (!existsSync(join(dir, 'texts'))) continue
  const docs = readFolder(join(dir, 'texts'))
  const t0 = performance.now()
  const res = mineCorpus(docs, { reference, limit: 0 })
  const ms = performance.now() - t0
  const lines: string[] = []
  for (const c of res.candidates) for (const v of c.variants) lines.push(`${v}\t${c.score}`)
  const out = join(tmp, `${name}.tsv`)
  writeFileSync(out, lines.join('\n') + '\n')
  const json = execFileSync('python3', [join(evalDir, 'score-terms.py'), join(dir, 'gold.tsv'), out, '--json'],
    { encoding: 'utf8' })
  const score = JSON.parse(json) as Record<string, number>
  results[name] = { ...score, candidates: res.candidates.length, words: res.words, ms: Math.round(ms) }
  console.log(name, JSON.stringify(results[name]), out)
}
const resultsDir = new URL('../results/', import.meta.url).pathname
mkdirSync(resultsDir, { recursive: true })
writeFileSync(join(resultsDir, 'mining-quality.json'), JSON.stringify({ date: new Date().toISOString(), results },
  null, 2) + '\n')
