/**
 * The core fuzzy bench's corpus model as translation units (--generator zipf in memory-bench.ts):
 * English pseudo-words and Chinese characters drawn from Zipf vocabularies (30,000 words, 4,000
 * characters), 15% of units revisions of earlier ones. Lexically far more varied than the policy
 * templates, so it isolates the index's cost from the cost of verifying many near-identical units.
 */
import { mulberry32 } from '../lib/stats'
import type { PolicyUnit } from './policy-units'

function zipfVocabulary(words: string[], rand: () => number): () => string {
  const cdf: number[] = []
  let total = 0
  for (let i = 0; i < words.length; i++) cdf.push((total += 1 / (i + 1)))
  return () => {
    const x = rand() * total
    let lo = 0
    let hi = words.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cdf[mid] < x) lo = mid + 1
      else hi = mid
    }
    return words[lo]
  }
}

const SYLLABLES = ['ta', 'ri', 'mo', 'ken', 'dus', 'pre', 'lo', 'vi', 'nat', 'ec', 'on', 'al', 'for', 'ment', 'ion']

export function* zipfUnits(count: number, seed = 2024): Generator<PolicyUnit> {
  const rand = mulberry32(seed)
  const en: string[] = []
  for (let i = 0; i < 30000; i++) {
    let w = ''
    for (let x = i + 1; x > 0; x = Math.floor(x / SYLLABLES.length)) w += SYLLABLES[x % SYLLABLES.length]
    en.push(w)
  }
  const zh = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000)))
  const word = zipfVocabulary(en, rand)
  const char = zipfVocabulary(zh, rand)
  const kept: string[][] = []
  for (let i = 0; i < count; i++) {
    let toks: string[]
    if (kept.length > 0 && rand() < 0.15) {
      toks = kept[Math.floor(rand() * kept.length)].slice()
      for (let e = 1 + Math.floor(rand() * 3); e > 0; e--) {
        const p = Math.floor(rand() * toks.length)
        if (rand() < 0.5) toks[p] = word()
        else toks.splice(p, 0, word())
      }
    } else {
      toks = Array.from({ length: 8 + Math.floor(rand() * 28) }, (_, k) => (k > 0 && rand() < 0.08 ? ',' : word()))
    }
    if (kept.length < 20000) kept.push(toks)
    else if (rand() < 0.02) kept[Math.floor(rand() * kept.length)] = toks
    const target = Array.from({ length: 15 + Math.floor(rand() * 40) }, char).join('') + '。'
    yield { en: toks.join(' ') + '.', zh: target }
  }
}
