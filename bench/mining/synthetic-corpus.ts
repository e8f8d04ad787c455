// The reproducible synthetic corpus the mining benches use: seeded PRNG over the seed sentences, with 5 % of
// the words swapped for reference-list words so the vocabulary keeps growing with the corpus.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { MiningDocument } from '../../src/core/mining/index'
import { mulberry32 } from '../lib/stats'

const ROOT = new URL('../../', import.meta.url).pathname
export const WORDS_PER_DOC = 2000

/** Documents [from, to) of the synthetic corpus; deterministic for a given index range. */
let material: { sentences: string[]; vocab: string[] } | null = null

export function generate(from: number, to: number, wordsPerDoc: number): MiningDocument[] {
  if (!material) {
    const seedText = readdirSync(join(ROOT, 'seeds'))
      .sort()
      .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'))
      .join('\n')
    material = {
      sentences: seedText
        .split(/(?<=[.!?])\s+/)
        .map((s) => s.trim())
        .filter((s) => s.split(' ').length > 3),
      vocab: readFileSync(join(ROOT, 'resources/mining/en-word-freq.tsv'), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#') && l.split('\t')[2] !== '-')
        .slice(200, 30200)
        .map((l) => l.split('\t')[0])
    }
  }
  const { sentences, vocab } = material
  const docs: MiningDocument[] = []
  let segId = from * 1000
  for (let d = from; d < to; d++) {
    const rnd = mulberry32(d + 1)
    const segments: { id: number; text: string }[] = []
    let words = 0
    while (words < wordsPerDoc) {
      const parts: string[] = []
      for (let k = 0; k < 3; k++) {
        const s = sentences[Math.floor(rnd() * sentences.length)].split(' ')
        for (let w = 0; w < s.length; w++) {
          if (rnd() < 0.05 && /^[a-z]+$/.test(s[w])) s[w] = vocab[Math.floor(rnd() * vocab.length)]
        }
        parts.push(s.join(' '))
        words += s.length
      }
      segments.push({ id: segId++, text: parts.join(' ') })
    }
    docs.push({ id: d + 1, segments })
  }
  return docs
}

export function countWords(docs: MiningDocument[]): number {
  let n = 0
  for (const d of docs) for (const s of d.segments) n += s.text.split(' ').length
  return n
}
