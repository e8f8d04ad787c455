// Quality bench of the Chinese miner: mines the Chinese Government Work Reports of the policy dev set
// (../shared/eval/policy-gwr/zh, when present) with the default cut, writes the candidates in `shuyu mine`'s
// TSV (term score freq docs variants) and scores recall of the official Chinese terms with
// ../shared/eval/score-recall.py --lang zh. Usage: npx tsx bench/mining/zh-eval.ts [EVAL_DIR] [--top N]
// [--show TERM,TERM…] (prints the features of those candidates).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { mineChineseDocuments, rankChineseStats } from '../../src/core/mining/zh/index'
import { type ChineseFeatures, scoreChinese } from '../../src/core/mining/zh/ranking'
import { keyText } from '../../src/core/mining/zh/stats'
import { jiebaSegmenter } from '../../src/main/text/jieba-segmenter'
import { loadChineseReference, readChineseFolder } from './zh-corpus-files'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const evalDir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '/work/shared/eval'
const dir = join(evalDir, 'policy-gwr')
if (!existsSync(join(dir, 'zh'))) {
  console.log('eval data not found')
  process.exit(0)
}
const reference = loadChineseReference()
const segmenter = jiebaSegmenter({ tags: false })
const docs = readChineseFolder(join(dir, 'zh'))
const t0 = performance.now()
const stats = mineChineseDocuments(docs, segmenter, { reference })
const t1 = performance.now()
const res = rankChineseStats(stats, reference, { limit: 0 })
const t2 = performance.now()

const tmp = mkdtempSync(join(tmpdir(), 'shuyu-zh-eval-'))
const out = join(tmp, 'gwr-zh.tsv')
const rows = res.candidates.map((c) => [c.term, c.score, c.freq, c.docs, c.variants.join('|')].join('\t'))
writeFileSync(out, ['term\tscore\tfreq\tdocs\tvariants', ...rows].join('\n') + '\n')
const score = JSON.parse(
  execFileSync('python3', [join(evalDir, 'score-recall.py'), join(dir, 'gold.tsv'), out, '--lang', 'zh', '--json'], {
    encoding: 'utf8'
  })
) as Record<string, unknown>
const result = {
  date: new Date().toISOString(),
  hanChars: res.words,
  documents: res.documents,
  candidates: res.candidates.length,
  distinctNgrams: stats.size,
  mineMs: Math.round(t1 - t0),
  rankMs: Math.round(t2 - t1),
  ...score,
  top20: res.candidates.slice(0, 20).map((c) => c.term)
}
console.log(JSON.stringify({ ...result, ranks: undefined }))
console.log('ranks', JSON.stringify(score.ranks))
console.log('tsv', out)

const top = Number(flag('--top') ?? 0)
if (top)
  console.log(
    res.candidates
      .slice(0, top)
      .map((c, i) => `${i + 1} ${c.term} ${c.score} ${c.freq}`)
      .join('\n')
  )
const show = flag('--show')
const feat = Number(flag('--feat') ?? 0)
if (show || feat) {
  const want = new Set((show ?? '').split(','))
  for (const c of res.candidates.slice(0, feat)) want.add(c.key)
  const feats: ChineseFeatures[] = []
  scoreChinese(stats, reference, undefined, (f) => feats.push(f))
  const ranked = [...feats].sort((a, b) => b.score - a.score)
  const rankOf = new Map(ranked.map((f, r) => [f.i, r + 1]))
  const lines: [number, string][] = []
  for (const f of feats) {
    const key = keyText(stats, f.i)
    if (!want.has(key)) continue
    const fmt = (x: number | string) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(2) : String(x))
    lines.push([
      rankOf.get(f.i) ?? 0,
      [
        key,
        `rank=${rankOf.get(f.i)}`,
        Object.entries(f)
          .filter(([k]) => k !== 'i')
          .map(([k, v]) => `${k}=${fmt(v as number | string)}`)
          .join(' ')
      ].join(' ')
    ])
  }
  for (const [, l] of lines.sort((a, b) => a[0] - b[0])) console.log(l)
}
const resultsDir = new URL('../results/', import.meta.url).pathname
mkdirSync(resultsDir, { recursive: true })
writeFileSync(join(resultsDir, 'mining-zh-quality.json'), JSON.stringify(result, null, 2) + '\n')
