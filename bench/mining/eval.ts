// Quality bench: mines each annotated ACTER corpus with limit 0 and scores the list the TermEval 2020 way
// with ../shared/eval/score-terms.py. Usage: npx tsx bench/mining/eval.ts [EVAL_DIR]
// The primary figures score the `term` column only, one row per candidate, exactly what `shuyu mine --limit 0`
// prints; `withVariants` also lists every surface form (the gold lists "aerodynamic force" and "aerodynamic
// forces" as two entries), for reference only.
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
  const scoreList = (file: string, lines: string[]): Record<string, number> => {
    const out = join(tmp, file)
    writeFileSync(out, lines.join('\n') + '\n')
    const json = execFileSync('python3', [join(evalDir, 'score-terms.py'), join(dir, 'gold.tsv'), out, '--json'], {
      encoding: 'utf8'
    })
    return JSON.parse(json) as Record<string, number>
  }
  const out = join(tmp, `${name}.tsv`)
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
    withVariants: { f1: withVariants.f1, precision: withVariants.precision, recall: withVariants.recall }
  }
  console.log(name, JSON.stringify(results[name]), out)
}
const resultsDir = new URL('../results/', import.meta.url).pathname
mkdirSync(resultsDir, { recursive: true })
writeFileSync(
  join(resultsDir, 'mining-quality.json'),
  JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n'
)
