// Parameter sweep of the Chinese ranking on the policy dev set: mines once, ranks under each parameter set
// given as JSON lines on stdin (or argv), prints recall at 100/500/all and list length for each. For
// understanding the method's sensitivity, not for fitting it to the dev terms.
// Usage: echo '{"yearWeight":1}' | npx tsx bench/mining/zh-tune.ts [EVAL_DIR]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { type ChineseScoreParams, mineChineseDocuments, rankChineseStats } from '../../src/core/mining/zh/index'
import { jiebaSegmenter } from '../../src/main/text/jieba-segmenter'
import { loadChineseReference, readChineseFolder } from './zh-corpus-files'

const evalDir = process.argv[2] ?? '/work/shared/eval'
const dir = join(evalDir, 'policy-gwr')
const norm = (s: string) => s.replace(/[\s“”《》]+/g, '')
const gold = readFileSync(join(dir, 'gold.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => norm(l.split('\t')[1]))
const reference = loadChineseReference()
const stats = mineChineseDocuments(readChineseFolder(join(dir, 'zh')), jiebaSegmenter({ tags: false }), { reference })
const lines = readFileSync(0, 'utf8').split('\n').filter(Boolean)
for (const line of lines) {
  const params = JSON.parse(line) as Partial<ChineseScoreParams>
  const res = rankChineseStats(stats, reference, { limit: 0, scoreParams: params })
  const rank = new Map<string, number>()
  res.candidates.forEach((c, i) => {
    for (const v of [c.term, ...c.variants]) if (!rank.has(norm(v))) rank.set(norm(v), i + 1)
  })
  const at = (k: number) => gold.filter((g) => rank.has(g) && (rank.get(g) as number) <= k).length
  const missing = gold.filter((g) => !rank.has(g))
  console.log(
    `@100=${at(100)} @500=${at(500)} @all=${at(Infinity)} n=${res.candidates.length}`,
    line,
    'missing:',
    missing.join(' '),
    gold.map((g) => `${g}:${rank.get(g) ?? '-'}`).join(' ')
  )
}
