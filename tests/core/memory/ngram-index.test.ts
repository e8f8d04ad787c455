import { describe, expect, it } from 'vitest'

import { type MatchCandidate, rankMatches } from '../../../src/core/memory/fuzzy'
import type { MatchLang } from '../../../src/core/memory/match-tokens'
import { lengthRange, maxDestroyedWindows, planLookup, segmentKeys } from '../../../src/core/memory/ngram-keys'
import { NgramIndex } from '../../helpers/reference-ngram-index'

/** Small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const EN_WORDS = (
  'we will the of and to in development growth reform open high-quality new quality productive forces ' +
  'expand domestic demand rural revitalization green transition policy fiscal steady , . ; Economy China'
).split(' ')
const ZH_CHARS = '我们要推动高质量发展新生产力扩大内需乡村振兴绿色转型政策财政稳，。、'.split('')

function sentence(r: () => number, vocab: string[], lang: MatchLang): string {
  const n = 2 + Math.floor(r() * (lang === 'en' ? 14 : 30))
  const toks = Array.from({ length: n }, () => vocab[Math.floor(r() * vocab.length)])
  return toks.join(lang === 'en' ? ' ' : '')
}

function mutate(r: () => number, text: string, vocab: string[], lang: MatchLang): string {
  const toks = lang === 'en' ? text.split(' ') : [...text]
  const edits = Math.floor(r() * 4)
  for (let e = 0; e < edits; e++) {
    const p = Math.floor(r() * (toks.length + 1))
    const x = r()
    const w = vocab[Math.floor(r() * vocab.length)]
    if (x < 0.3) toks.splice(p, 0, w)
    else if (x < 0.55 && toks.length > 1) toks.splice(Math.min(p, toks.length - 1), 1)
    else if (x < 0.8) toks[Math.min(p, toks.length - 1)] = w
    else toks[Math.min(p, toks.length - 1)] = toks[Math.min(p, toks.length - 1)].toUpperCase()
  }
  return toks.join(lang === 'en' ? ' ' : '')
}

function corpus(lang: MatchLang, seed: number): { units: MatchCandidate[]; queries: string[] } {
  const r = rng(seed)
  const vocab = lang === 'en' ? EN_WORDS : ZH_CHARS
  const units: MatchCandidate[] = []
  const bases: string[] = []
  for (let i = 0; i < 150; i++) bases.push(sentence(r, vocab, lang))
  for (let i = 0; i < (lang === 'en' ? 800 : 500); i++) {
    const base = bases[Math.floor(r() * bases.length)]
    units.push({ id: i + 1, source: r() < 0.2 ? sentence(r, vocab, lang) : mutate(r, base, vocab, lang), target: '' })
  }
  const queries = Array.from({ length: 40 }, () => mutate(r, bases[Math.floor(r() * bases.length)], vocab, lang))
  return { units, queries }
}

describe('ngram keys', () => {
  it('indexes folded token bigrams, single tokens for one-token segments', () => {
    expect(segmentKeys('High-quality growth.', 'en').keys).toEqual([
      'high -',
      '- quality',
      'quality growth',
      'growth .'
    ])
    expect(segmentKeys('新质生产力', 'zh')).toEqual({ keys: ['新质', '质生', '生产', '产力'], tokenCount: 5 })
    expect(segmentKeys('Growth', 'en').keys).toEqual(['growth'])
  })
  it('bounds lengths and destroyed windows', () => {
    expect(lengthRange(10, 70)).toEqual([7, 14])
    // 10 tokens at 70%: 3 substitutions destroy at most 6 of the 9 windows.
    expect(maxDestroyedWindows(10, 70)).toBe(6)
    expect(maxDestroyedWindows(10, 100)).toBe(0)
  })
  it('reads the rarest keys and no fewer than safety needs', () => {
    const q = segmentKeys('a b c d e f g h i j', 'en') // 9 keys, must share 9 - 6 = 3
    const df = (k: string): number => (k.startsWith('a') ? 1000 : k.charCodeAt(0))
    const tight = planLookup(q, df, { min: 70, maxKeys: 1 })
    expect(tight.keys).toHaveLength(7)
    expect(tight.minOverlap).toBe(1)
    expect(tight.keys).not.toContain('a b')
    const loose = planLookup(q, df, { min: 70, maxKeys: 9 })
    expect(loose).toMatchObject({ minOverlap: 3, minSharedKeys: 3, complete: true })
  })
})

describe('NgramIndex', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`finds exactly what a full scan finds (${lang})`, () => {
      const { units, queries } = corpus(lang, lang === 'en' ? 7 : 11)
      const index = new NgramIndex(lang)
      for (const u of units) index.add(u)
      let compared = 0
      let found = 0
      let verified = 0
      for (const min of [60, 75, 90]) {
        for (const q of queries) {
          const got = index.lookup(q, { min, limit: 10_000 })
          if (!got.plan.complete) continue
          const want = rankMatches(q, units, { min, limit: 10_000, lang })
          expect(got.matches).toEqual(want)
          compared++
          found += want.length
          verified += got.verified
        }
      }
      expect(compared).toBeGreaterThan(80)
      expect(found).toBeGreaterThan(40)
      // The filter must actually filter: far fewer units scored than a scan would.
      expect(verified).toBeLessThan(compared * units.length * 0.3)
    })
  }
})
