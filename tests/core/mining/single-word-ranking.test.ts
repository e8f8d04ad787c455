import { describe, expect, it } from 'vitest'

import { mineDocuments, referenceFromCounts } from '../../../src/core/mining/index'
import { DEFAULT_SCORE_PARAMS, scoreAll, type ScoreParams } from '../../../src/core/mining/scoring'
import { type CorpusStats, keyOf } from '../../../src/core/mining/stats'
import { doc, reference, spread } from './helpers'

const ref = reference()

function scoreOf(stats: CorpusStats, key: string, params: ScoreParams = DEFAULT_SCORE_PARAMS, table = ref): number {
  const hit = scoreAll(stats, table, params).find((s) => keyOf(stats, s.i) === key)
  expect(hit, key).toBeDefined()
  return hit!.score
}

function rankOf(stats: CorpusStats, key: string, params: ScoreParams = DEFAULT_SCORE_PARAMS): number {
  return scoreAll(stats, ref, params).findIndex((s) => keyOf(stats, s.i) === key)
}

describe('single names', () => {
  // "Manwell" is written with a capital mid-sentence and is unknown to general English; "Results" is a
  // capitalised ordinary word. Both are seen as often in the corpus.
  const stats = mineDocuments(
    [
      doc(
        1,
        'The blade design follows Manwell closely. The rotor speed was measured by the team.',
        'The tower height was set by the team. The rotor speed follows Manwell again.',
        'We trust the measured Results here. The tower height and Results were checked.'
      )
    ],
    { reference: ref }
  )

  it('adds the name bonus to a single capitalised word, as multiword names get theirs', () => {
    const off = { ...DEFAULT_SCORE_PARAMS, singleCapBonus: 0 }
    expect(scoreOf(stats, 'manwell')).toBeGreaterThan(scoreOf(stats, 'manwell', off) * 1.2)
  })

  it('keeps a capitalised common word below a capitalised name', () => {
    expect(rankOf(stats, 'manwell')).toBeGreaterThanOrEqual(0)
    // "Results" keys as "result" (one row per term); below the name, or not proposed at all.
    const result = rankOf(stats, 'result')
    expect(result === -1 || result > rankOf(stats, 'manwell'), `result at ${result}`).toBe(true)
  })
})

describe('single words common in general English', () => {
  // Same corpus counts; "gearbox" is rare in the reference, "design" 50 times more frequent.
  const table = referenceFromCounts({ gearbox: 10, design: 500, the: 500_000, filler: 499_490 })
  const stats = mineDocuments(
    spread(1, [
      ...Array<string>(20).fill('Gearbox and design were checked.'),
      ...Array<string>(200).fill('Nothing else happened there.')
    ]),
    { reference: table }
  )

  it('needs more corpus evidence the more common the word is (reference ratio raised to a power > 1)', () => {
    const flat = { ...DEFAULT_SCORE_PARAMS, singleRefPower: 1 }
    const gapFlat = scoreOf(stats, 'gearbox', flat, table) / scoreOf(stats, 'design', flat, table)
    const d = DEFAULT_SCORE_PARAMS
    const gap = scoreOf(stats, 'gearbox', d, table) / scoreOf(stats, 'design', d, table)
    expect(DEFAULT_SCORE_PARAMS.singleRefPower).toBeGreaterThan(1)
    expect(gap).toBeGreaterThan(gapFlat * 1.2)
  })
})

describe('formula fragments', () => {
  const stats = mineDocuments(
    [
      doc(
        1,
        // Each phrase also stands alone, so that it is not folded into the longer one.
        ...Array<string>(6).fill('The local radius r of the blade element sets the chord length.'),
        ...Array<string>(6).fill('The Vitamin E content and the chord length were measured.'),
        'The radius r is known.',
        'Vitamin E is known.'
      )
    ],
    { reference: ref }
  )

  it('discounts a lower-case phrase holding a one-letter variable', () => {
    const off = { ...DEFAULT_SCORE_PARAMS, formula: 1 }
    expect(DEFAULT_SCORE_PARAMS.formula).toBeLessThan(0.5)
    const ratio = scoreOf(stats, 'radius r') / scoreOf(stats, 'radius r', off)
    expect(ratio).toBeCloseTo(DEFAULT_SCORE_PARAMS.formula, 5)
    expect(scoreOf(stats, 'chord length') / scoreOf(stats, 'chord length', off)).toBeCloseTo(1, 5)
  })

  it('leaves capitalised names with a letter alone', () => {
    const off = { ...DEFAULT_SCORE_PARAMS, formula: 1 }
    expect(scoreOf(stats, 'vitamin e') / scoreOf(stats, 'vitamin e', off)).toBeCloseTo(1, 5)
  })
})
