// Builds resources/mining/zh-word-freq.tsv: general-Chinese word counts for the Chinese term miner
// (src/core/mining/zh/), taken from the dictionary of jieba as the installed @node-rs/jieba package ships it
// (dict.txt, MIT licence). Rows: word<TAB>count<TAB>tag (jieba's part-of-speech tag), most frequent first.
// Entries with a count below MIN_COUNT are left out: about 200,000 of the dictionary's 349,000 entries carry
// a count of 2 or 3, which marks a word added to the dictionary without a corpus count (改革开放 3, 国有企业 3,
// C++ 3) rather than a measured frequency; the miner treats a word missing from the table as rare, which is
// what such a count says. `#total` is the sum over the whole dictionary, so frequencies per million are on
// jieba's own scale. Deterministic: the same package version gives the same file.
// Run: node scripts/build-zh-reference.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const MIN_COUNT = 4
const require = createRequire(import.meta.url)
const dictFile = require.resolve('@node-rs/jieba/dict.txt')
const pkg = JSON.parse(readFileSync(join(dirname(dictFile), 'package.json'), 'utf8'))
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'mining', 'zh-word-freq.tsv')

const rows = new Map()
let total = 0
let entries = 0
for (const line of readFileSync(dictFile, 'utf8').split('\n')) {
  const [word, countText, tag = ''] = line.trim().split(/\s+/)
  const count = Number(countText)
  if (!word || !Number.isFinite(count) || count <= 0) continue
  entries++
  total += count
  if (count < MIN_COUNT) continue
  // A word listed twice keeps its larger count (jieba itself keeps the last line; the dictionary has none).
  const prev = rows.get(word)
  if (!prev || prev.count < count) rows.set(word, { count, tag })
}
const sorted = [...rows].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
const header = [
  `# General-Chinese word counts from jieba's dictionary (dict.txt of ${pkg.name} ${pkg.version}, MIT licence;`,
  `# see resources/mining/README.md). ${sorted.length} of ${entries} entries: those counted at least ${MIN_COUNT} times.`,
  `# Regenerate: node scripts/build-zh-reference.mjs. Columns: word, count, jieba part-of-speech tag.`,
  `#total\t${total}`
]
writeFileSync(out, header.join('\n') + '\n' + sorted.map(([w, e]) => `${w}\t${e.count}\t${e.tag}`).join('\n') + '\n')
// The MIT licence asks for its notice to travel with substantial portions of the work: copy the package's.
writeFileSync(out.replace(/\.tsv$/, '.LICENSE'), readFileSync(join(dirname(dictFile), 'LICENSE'), 'utf8'))
console.log(`${out}: ${sorted.length} words, total ${total}`)
