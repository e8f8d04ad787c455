import { describe, expect, it } from 'vitest'

import { mineCorpus, mineDocuments, parseReferenceTsv } from '../../../src/core/mining/index'
import { referenceFpm } from '../../../src/core/mining/reference'
import { DEFAULT_SCORE_PARAMS, scoreAll } from '../../../src/core/mining/scoring'
import { keyOf } from '../../../src/core/mining/stats'
import { doc, reference, spread } from './helpers'

const ref = reference()

const TABLE = [
  '#total\t1000000',
  '#written_total\t2000000',
  'cable\t100\tN\t\t400',
  'cables\t50\tN\tcable\t200',
  'figure\t10\tN\t\t4000',
  'airfoil\t0\t-\t\t20'
].join('\n')

describe('reference table', () => {
  const table = parseReferenceTsv(TABLE)

  it('reads the written column, keeping written-only rows out of the tagger lexicon', () => {
    expect(table.written?.get('figure')).toBe(4000)
    expect(table.written?.get('airfoil')).toBe(20)
    expect(table.words.has('airfoil')).toBe(false)
    expect(table.writtenTotal).toBe(2_000_000)
  })

  it('mixes the spoken and written registers, so a word common in writing is not "specialised"', () => {
    const spokenOnly = parseReferenceTsv(
      TABLE.split('\n')
        .filter((l) => !l.startsWith('#written'))
        .join('\n')
    )
    // figure: 10 per million spoken, 2,000 per million written.
    expect(referenceFpm(spokenOnly, 'figure')).toBeCloseTo(10, 5)
    expect(referenceFpm(table, 'figure')).toBeGreaterThan(1000)
    // A written-only word still has a frequency.
    expect(referenceFpm(table, 'airfoil')).toBeGreaterThan(0)
  })

  it('counts a noun lemma with its plural forms, as the miner counts head nouns', () => {
    expect(referenceFpm(table, 'cable')).toBeCloseTo(referenceFpm(table, 'cables') * 3, 5)
  })
})

describe('lemma counts and graded adjectives', () => {
  it('counts plural tokens toward the singular a head noun is keyed by', () => {
    const stats = mineDocuments([doc(1, 'Subsea cables carry power. The cables are long. One cable broke.')], {
      reference: ref
    })
    const cable = stats.vocabIndex.get('cable')!
    expect(stats.wordCount[cable]).toBe(3)
    expect(stats.wordCount[stats.vocabIndex.get('cables')!]).toBe(2)
  })

  it('neither starts a term with a comparative nor proposes one alone', () => {
    const res = mineCorpus([doc(1, 'A higher wind speed needs smaller blades. Slower rotors are easier to build.')], {
      reference: ref,
      limit: 100
    })
    const keys = res.candidates.map((c) => c.key)
    expect(keys).toContain('wind speed')
    expect(keys).toContain('blade')
    for (const k of ['higher wind speed', 'smaller blade', 'slower', 'easier', 'higher']) expect(keys).not.toContain(k)
  })
})

describe('ranking evidence that needs a corpus large enough for terms to recur', () => {
  const filler = 'The engineers measured the blade pitch and the rotor speed at the test site every day.'
  const heading = 'Design power coefficient design tip speed ratio rotor diameter table.'
  const pair = 'The trot and canter were ridden; the trot was calm and the canter was calm.'
  const OFF = { ...DEFAULT_SCORE_PARAMS, hapax: 1, longWord: 1, coordination: 1 }
  const ratio = (segments: string[], key: (k: string) => boolean): number => {
    const stats = mineDocuments(spread(1, segments), { reference: ref })
    const score = (p: typeof OFF): number => {
      const hit = scoreAll(stats, ref, p).find((s) => key(keyOf(stats, s.i)))
      expect(hit).toBeDefined()
      return hit!.score
    }
    return score(DEFAULT_SCORE_PARAMS) / score(OFF)
  }
  const big = [...Array<string>(3600).fill(filler), heading, ...Array<string>(30).fill(pair)]
  const small = [...Array<string>(100).fill(filler), heading, pair]
  const isHeading = (k: string): boolean => k.startsWith('design power coefficient design')

  it('discounts a once-seen long uncapitalised phrase in a 50,000-word corpus', () => {
    expect(ratio(big, isHeading)).toBeLessThan(0.1)
  })

  it('leaves it alone in a corpus of a few articles, where nearly every term is seen once', () => {
    expect(ratio(small, isHeading)).toBeCloseTo(1, 5)
  })

  it('discounts a coordination of two terms, not a chain with a preposition', () => {
    expect(ratio(big, (k) => k === 'trot and canter')).toBeCloseTo(DEFAULT_SCORE_PARAMS.coordination, 5)
    const chain = [...big, ...Array<string>(20).fill('We measured the moment of inertia.')]
    expect(ratio(chain, (k) => k === 'moment of inertia')).toBeCloseTo(1, 5)
  })

  it('discounts a chain seen a few times in a large corpus, not a recurring one or one in a few articles', () => {
    const OFF_CHAIN = { ...DEFAULT_SCORE_PARAMS, rareChain: 1 }
    const chainRatio = (segments: string[], key: string): number => {
      const stats = mineDocuments(spread(1, segments), { reference: ref })
      const score = (p: typeof OFF_CHAIN): number =>
        scoreAll(stats, ref, p).find((s) => keyOf(stats, s.i) === key)!.score
      return score(DEFAULT_SCORE_PARAMS) / score(OFF_CHAIN)
    }
    const twice = Array<string>(2).fill('We counted the number of blades.')
    expect(DEFAULT_SCORE_PARAMS.rareChain).toBeLessThan(0.5)
    expect(chainRatio([...big, ...twice], 'number of blade')).toBeLessThan(0.4)
    expect(
      chainRatio([...big, ...Array<string>(10).fill('We measured the moment of inertia.')], 'moment of inertia')
    ).toBeCloseTo(1, 5)
    expect(chainRatio([...small, ...twice], 'number of blade')).toBeCloseTo(1, 5)
  })
})

describe('page headers and footers', () => {
  const header = 'Quarterly Turbine Template Footer - Version 01.1'
  const body = [
    'limits the rotor speed',
    'was tested in March',
    'needs a spare part',
    'reads the wind vane',
    'failed twice',
    'is cheap'
  ].map((rest) => `The blade pitch controller ${rest}.`)
  const pages = body.flatMap((text) => [header, text])

  it('mines a segment repeated three or more times in a document once, counting its words as text', () => {
    const repeated = mineDocuments([doc(1, ...pages)], { reference: ref })
    const freq = (stats: typeof repeated, key: string): number => {
      for (let i = 0; i < stats.size; i++) if (keyOf(stats, i) === key) return stats.freq[i]
      return 0
    }
    expect(freq(repeated, 'quarterly turbine template footer')).toBe(1)
    expect(freq(repeated, 'blade pitch controller')).toBe(6)
    const wordsIn = (text: string): number => mineDocuments([doc(1, text)], { reference: ref }).words
    expect(repeated.words).toBe(pages.reduce((sum, text) => sum + wordsIn(text), 0))
  })

  it('mines a passage found twice in a document (a caption under two pictures) twice', () => {
    const stats = mineDocuments([doc(1, header, body[0], header)], { reference: ref })
    for (let i = 0; i < stats.size; i++) {
      if (keyOf(stats, i) === 'quarterly turbine template footer') expect(stats.freq[i]).toBe(2)
    }
  })
})
