/**
 * The benchmark's reproducible synthetic corpus: English sentences drawn Zipf-wise from the seeds'
 * vocabulary plus a synthetic long tail, Chinese sentences of policy words and Zipf-distributed Han
 * characters. The same seed always yields the same corpus, so runs compare like with like.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Zipf sampler over n ranks (inverse CDF over precomputed cumulative weights). */
function zipf(n: number, rand: () => number): () => number {
  const cum = new Float64Array(n)
  let s = 0
  for (let i = 0; i < n; i++) cum[i] = s += 1 / (i + 1)
  return () => {
    const x = rand() * s
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cum[mid] < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

export const PHRASES = ['new quality productive forces', 'high-quality development', 'reform and opening-up']
const ZH_WORDS = ['新质生产力', '高质量发展', '改革开放', '人民', '经济', '发展', '创新', '推动', '建设', '国家']

export interface CorpusGenerator {
  /** English words by corpus rank (index 0 = most frequent). */
  vocab: string[]
  enSentence(): string
  zhSentence(): string
}

export function corpusGenerator(root: string, rand: () => number): CorpusGenerator {
  // English vocabulary: the seeds' words by frequency, then synthetic words for a long tail.
  const seedDir = join(root, 'seeds')
  const seedText = ['000', '001', '002', '003', '004']
    .map((p) => readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith(p)) ?? ''), 'utf8'))
    .join(' ')
  const freq = new Map<string, number>()
  for (const w of seedText.toLowerCase().match(/[a-z]+/g) ?? []) freq.set(w, (freq.get(w) ?? 0) + 1)
  const vocab = [...freq.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w)
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'ing', 'ment', 'pro', 'con', 'ate']
  for (let i = 0; vocab.length < 60_000; i++) {
    let w = ''
    for (let k = 0; k < 2 + (i % 3); k++) w += syllables[Math.floor(rand() * syllables.length)]
    vocab.push(w + i.toString(36))
  }
  const enWord = zipf(vocab.length, rand)
  const hanRank = zipf(6000, rand)
  const han = (): string => String.fromCharCode(0x4e00 + ((hanRank() * 2654435761) % 20900))
  return {
    vocab,
    enSentence() {
      const n = 8 + Math.floor(rand() * 30)
      const words: string[] = []
      for (let i = 0; i < n; i++) {
        words.push(rand() < 0.004 ? PHRASES[Math.floor(rand() * 3)] : vocab[enWord()])
      }
      const s = words.join(' ')
      return s[0].toUpperCase() + s.slice(1) + '.'
    },
    zhSentence() {
      let s = ''
      const n = 15 + Math.floor(rand() * 50)
      while (s.length < n) s += rand() < 0.15 ? ZH_WORDS[Math.floor(rand() * ZH_WORDS.length)] : han()
      return s + '。'
    }
  }
}
