import { describe, expect, it } from 'vitest'

import {
  emptyStats,
  mergeStats,
  mineCorpus,
  mineDocuments,
  pruneStats,
  rankStats
} from '../../../src/core/mining/index'
import { keyOf, SURFACE_SLOTS, surfaceHash } from '../../../src/core/mining/stats'
import { doc, reference } from './helpers'

const ref = reference()

function keys(stats: ReturnType<typeof mineDocuments>): string[] {
  return Array.from({ length: stats.size }, (_, i) => keyOf(stats, i))
}

describe('compact corpus statistics', () => {
  it('interns keys: the same phrase in any case or hyphenation is one candidate', () => {
    const s = mineDocuments([doc(1, 'Wind turbines turn. The wind-turbine tower. A Wind Turbine.')], { reference: ref })
    expect(keys(s).filter((k) => k === 'wind turbine')).toHaveLength(1)
  })

  it('survives a structured clone (worker transfer) and keeps mining into the clone', () => {
    const a = structuredClone(mineDocuments([doc(1, 'Pitch control of wind turbines.')], { reference: ref }))
    const b = mineDocuments([doc(2, 'Pitch control limits rotor speed.')], { reference: ref }, 0, undefined, a)
    const c = rankStats(b, { reference: ref, limit: 50 }).candidates.find((x) => x.key === 'pitch control')
    expect(c?.freq).toBe(2)
    expect(c?.docs).toBe(2)
    // One surface form, counted twice, not two entries for the same text.
    expect(c?.variants).toEqual(['pitch control'])
  })

  it('merges surface forms and occurrences across chunks, capped at maxOccurrences', () => {
    const parts = Array.from({ length: 6 }, (_, i) =>
      mineDocuments(
        [doc(i + 1, i % 2 ? 'High-quality development is the goal.' : 'High quality development is the goal.')],
        {
          reference: ref
        }
      )
    )
    const merged = parts.slice(1).reduce((acc, p) => mergeStats(acc, p, 4), parts[0])
    const c = rankStats(merged, { reference: ref, limit: 100 }).candidates.find(
      (x) => x.key === 'high quality development'
    )
    expect(c?.freq).toBe(6)
    // The capital of a sentence start is not part of the term.
    expect(c?.variants.sort()).toEqual(['high quality development', 'high-quality development'])
    expect(c?.occurrences).toHaveLength(4)
  })

  it('the extractor hashes a surface form as surfaceHash() does, so chunks merge surfaces by hash', () => {
    const s = mineDocuments([doc(1, "We study the National People's Congress and high-quality development.")], {
      reference: ref
    })
    for (const [key, surface] of [
      ["national people's congress", "National People's Congress"],
      ['high quality development', 'high-quality development']
    ]) {
      const i = keys(s).indexOf(key)
      expect(i, key).toBeGreaterThanOrEqual(0)
      expect(s.surfText[i * SURFACE_SLOTS]).toBe(surface)
      expect(s.surfHash[i * SURFACE_SLOTS]).toBe(surfaceHash(surface))
    }
  })

  it('sizes its hash table to a power of two whatever capacity is asked (slots are masked)', () => {
    for (const cap of [1, 1000, 39_658]) {
      const len = emptyStats(cap).table.length
      expect(len & (len - 1), String(cap)).toBe(0)
    }
  })

  it('pruneStats drops candidates under the frequency floor and keeps the others intact', () => {
    const s = mineDocuments([doc(1, 'Wind turbines turn. Wind turbines stop. A gearbox failed.')], { reference: ref })
    const p = pruneStats(s, 2)
    expect(keys(p)).toContain('wind turbine')
    expect(keys(p)).not.toContain('gearbox')
    expect(p.words).toBe(s.words)
    const c = rankStats(p, { reference: ref, limit: 10 }).candidates.find((x) => x.key === 'wind turbine')
    expect(c?.freq).toBe(2)
    expect(c?.occurrences).toHaveLength(2)
  })
})

describe('candidate shape rules', () => {
  it('coordinated person names are not one name; "Belt and Road Initiative" is', () => {
    const res = mineCorpus([doc(1, 'Deputies Liu Boming and Tang Hongbo praised the Belt and Road Initiative.')], {
      reference: ref,
      limit: 200
    })
    const ks = res.candidates.map((c) => c.key)
    expect(ks).toContain('belt and road initiative')
    expect(ks).not.toContain('liu boming and tang hongbo')
  })

  it('does not chain a name and a common noun with "and"', () => {
    const res = mineCorpus(
      [doc(1, 'He is general secretary of the Central Committee and chairman of the commission.')],
      { reference: ref, limit: 200 }
    )
    expect(res.candidates.map((c) => c.key).some((k) => k.includes('committee and chairman'))).toBe(false)
  })

  it('a participle between a noun and a name is a verb ("Xi asked Zhang")', () => {
    const res = mineCorpus([doc(1, 'In the meeting Xi asked Zhang Junjie about robots.')], {
      reference: ref,
      limit: 200
    })
    expect(res.candidates.map((c) => c.key).some((k) => k.includes('asked'))).toBe(false)
  })
})
