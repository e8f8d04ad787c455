// Speed of the jieba segmenter (src/main/text/jieba-segmenter.ts) on one thread, on the synthetic policy corpus
// of the mining bench (segment by segment, as the miner calls it): words() (the miner's fast path), segment()
// without and with part-of-speech tags, and jieba's HMM on. Usage: npx tsx bench/mining/zh-segmenter-speed.ts [millionChars=4]
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'

import { jiebaSegmenter } from '../../src/main/text/jieba-segmenter'
import { CHARS_PER_DOC, countChars, generateChinese } from './zh-synthetic-corpus'

const millions = Number(process.argv[2] ?? 4)
const docs = generateChinese(0, Math.ceil((millions * 1e6) / CHARS_PER_DOC))
const texts = docs.flatMap((d) => d.segments.map((s) => s.text))
const chars = countChars(docs)
const load0 = performance.now()
jiebaSegmenter().segment('预热')
const loadMs = performance.now() - load0

function measure(run: (t: string) => unknown): number {
  const t0 = performance.now()
  for (const t of texts) run(t)
  return Math.round(chars / ((performance.now() - t0) / 1000))
}

const plain = jiebaSegmenter({ tags: false })
const tagged = jiebaSegmenter({ tags: true })
const hmm = jiebaSegmenter({ tags: false, hmm: true })
const out = {
  date: new Date().toISOString(),
  loadAverage: loadavg().map((x) => +x.toFixed(1)),
  chars,
  segments: texts.length,
  firstLoadMs: Math.round(loadMs),
  charsPerSecond: {
    words: measure((t) => plain.words!(t)),
    segment: measure((t) => plain.segment(t)),
    segmentWithTags: measure((t) => tagged.segment(t)),
    wordsWithHmm: measure((t) => hmm.words!(t))
  }
}
console.log(JSON.stringify(out, null, 2))
const dir = new URL('../results/', import.meta.url).pathname
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'zh-segmenter-speed.json'), JSON.stringify(out, null, 2) + '\n')
