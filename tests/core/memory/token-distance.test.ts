import { describe, expect, it } from 'vitest'

import {
  type MatchLang,
  matchScore,
  maxDistanceFor,
  scoreUpperBound,
  TokenDistance,
  tokenId,
  tokenizeWithOffsets
} from '../../../src/core/memory'
import { prng } from '../../helpers/prng'

/** Plain dynamic-programming Levenshtein distance, the reference. */
function levenshtein(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1)
    }
    prev = cur
  }
  return prev[b.length]
}

const ids = (text: string, lang: MatchLang): Int32Array =>
  Int32Array.from(tokenizeWithOffsets(text, lang), (t) => tokenId(t.fold))

describe('TokenDistance', () => {
  it('equals the DP distance for patterns of one and of several 32-token blocks', () => {
    const rand = prng(11)
    for (let round = 0; round < 600; round++) {
      // Small alphabets force many equal tokens; lengths straddle the 32- and 64-token block edges.
      const alphabet = 2 + Math.floor(rand() * 6)
      const m = Math.floor(rand() * 100)
      // Some alphabets share their low bits (multiples of 4096, or one value in every bit pattern):
      // the direct-mapped token table must separate them or fall back.
      const spread = [7919, 4096, 1 << 20, 0x55555555][round % 4]
      const a = Int32Array.from({ length: m }, () => (Math.floor(rand() * alphabet) * spread - 30000) | 0)
      const b = Int32Array.from(a.slice(0, Math.floor(rand() * (m + 1))))
      const extra = Int32Array.from(
        { length: Math.floor(rand() * 40) },
        () => (Math.floor(rand() * (alphabet + 1)) * spread - 30000) | 0
      )
      const text = rand() < 0.5 ? Int32Array.from([...b, ...extra]) : extra
      const want = levenshtein(a, text)
      const dist = new TokenDistance(a)
      expect(dist.distance(text)).toBe(want)
      // Reading a range of a larger array gives the same answer as the range alone.
      const padded = Int32Array.from([5, 6, ...text, 7])
      expect(dist.distance(padded, 2, 2 + text.length)).toBe(want)
      // The early exit only ever answers "more than the limit".
      const limit = Math.floor(rand() * (want + 3))
      const early = dist.distance(text, 0, text.length, limit)
      if (want <= limit) expect(early).toBe(want)
      else expect(early).toBeGreaterThan(limit)
    }
  })

  it('bounds matchScore from above, exactly when tokens differ in full', () => {
    const pairs: [string, string, MatchLang][] = [
      ['We will promote high-quality development.', 'We will promote high quality development.', 'en'],
      ['WE WILL PROMOTE development.', 'We will promote development.', 'en'],
      ['We will promote development.', 'We will  promote development.', 'en'],
      ['We will steadily promote development this year.', 'We will promote development.', 'en'],
      ['要发展新质生产力。', '要因地制宜发展新质生产力，', 'zh'],
      ['要发展新质生产力。', '要发展新质生产力.', 'zh']
    ]
    for (const [a, b, lang] of pairs) {
      const ta = ids(a, lang)
      const tb = ids(b, lang)
      const d = new TokenDistance(ta).distance(tb)
      const upper = scoreUpperBound(d, ta.length, tb.length)
      expect(upper).toBeGreaterThanOrEqual(matchScore(a, b, lang))
      if (d > 0 && a.toLowerCase() === a && b.toLowerCase() === b) expect(upper).toBe(matchScore(a, b, lang))
    }
    // Case-only difference: the bound says "maybe exact", the real score is lower.
    expect(matchScore('WE WILL PROMOTE development.', 'We will promote development.', 'en')).toBeLessThan(100)
  })

  it('maxDistanceFor never rules out a distance that reaches min', () => {
    const wrong: string[] = []
    for (let la = 1; la < 60; la++) {
      for (let lb = 1; lb < 60; lb++) {
        for (const min of [50, 70, 75, 85, 99, 100]) {
          const limit = maxDistanceFor(min, la, lb)
          if (scoreUpperBound(limit + 1, la, lb) >= min) wrong.push(`${la} ${lb} ${min}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
