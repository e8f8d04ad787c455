/**
 * Term recognition with a 100,000-term base (npx tsx bench/memory/terms-bench.ts): matcher build time
 * and per-sentence time over 2,000 sentences. Writes bench/results/memory-terms.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'

import { buildTermMatcher, type TermEntry } from '../../src/core/memory/term-recognition'

let seed = 3
const rand = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}
const words = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`)
const word = (): string => words[Math.floor(rand() ** 2 * words.length)]
const terms: TermEntry[] = []
for (let i = 0; i < 100_000; i++) {
  const n = 1 + Math.floor(rand() * 4)
  terms.push({
    conceptId: i,
    termId: i,
    lang: 'en',
    text: Array.from({ length: n }, word).join(' '),
    status: 'admitted'
  })
}
const t0 = performance.now()
const matcher = buildTermMatcher(terms, 'en')
const buildMs = performance.now() - t0
const sentences = Array.from({ length: 2000 }, () => Array.from({ length: 25 }, word).join(' ') + '.')
let found = 0
const t1 = performance.now()
for (const s of sentences) found += matcher.match(s).length
const perSentenceMs = (performance.now() - t1) / sentences.length
const out = {
  benchmark: 'memory-terms',
  terms: terms.length,
  buildMs: Math.round(buildMs),
  sentences: sentences.length,
  perSentenceMs: +perSentenceMs.toFixed(3),
  matchesFound: found,
  loadAverage: loadavg()[0],
  node: process.version,
  at: new Date().toISOString()
}
console.log(JSON.stringify(out, null, 2))
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/memory-terms.json', JSON.stringify(out, null, 2) + '\n')
