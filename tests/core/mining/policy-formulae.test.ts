import { describe, expect, it } from 'vitest'

import { mineCorpus } from '../../../src/core/mining/index'
import { doc, reference, spread } from './helpers'

const ref = reference()

function keys(...segments: string[]): string[] {
  return mineCorpus([doc(1, ...segments)], { reference: ref, limit: 100_000 }).candidates.map((c) => c.key)
}

function corpusKeys(segments: string[]): string[] {
  return mineCorpus(spread(1, segments), { reference: ref, limit: 100_000 }).candidates.map((c) => c.key)
}

// Issue #13: the shapes of policy formulae the miner must propose.
describe('candidates for policy formulae', () => {
  it('takes an -ing modifier into the term where only a modifier fits', () => {
    expect(keys('We will foster strategic emerging industries.')).toContain('strategic emerging industry')
    expect(keys('The emerging industries grew fast.')).toContain('emerging industry')
    expect(keys('Developing countries need support.')).not.toContain('developing country')
  })

  it('lets the corpus decide an -ing word that may be a verb taking an object', () => {
    // "emerging" is a modifier elsewhere in the corpus, so "in emerging industries" is the term.
    const emerging = corpusKeys([
      'We will promote strategic emerging sectors.',
      'Investment in emerging industries rose.',
      'Support goes to emerging industries and services.',
      'The plan names the emerging sectors.'
    ])
    expect(emerging).toContain('emerging industry')
    // "developing" takes objects and never modifies: "developing new quality productive forces" is a verb
    // phrase, and its object keeps every occurrence as a whole term.
    const developing = corpusKeys([
      'Innovation is the key to developing new quality productive forces.',
      'Pathways for developing new quality productive forces were set.',
      'We are developing the western region.',
      'New quality productive forces need talent.'
    ])
    expect(developing.some((k) => k.startsWith('developing'))).toBe(false)
    expect(developing).toContain('new quality productive force')
  })

  it('keeps the modifier of a fixed formula that starts with a grading adjective', () => {
    expect(corpusKeys(['We will develop the real economy.', 'The real economy grew.'])).toContain('real economy')
    expect(keys('Support goes to small and medium-sized enterprises.')).toContain('small and medium sized enterprise')
    // Quantifiers and pointers still never start a term.
    expect(keys('Several other measures were taken.').some((k) => k.startsWith('other'))).toBe(false)
  })

  it('reads coordinated modifiers with one head as one noun phrase, and finds a coordination inside a chain', () => {
    const stats = mineCorpus([doc(1, 'Import and export volumes rose, and so did import and export.')], {
      reference: ref,
      limit: 1000
    }).candidates
    expect(stats.map((c) => c.key)).toContain('import and export')
  })

  it('ends a nominalised phrasal verb with its particle ("reform and opening up")', () => {
    expect(keys('We will deepen reform and opening up.')).toContain('reform and opening up')
    expect(keys('The opening up of markets continued.')).toContain('opening up')
    expect(keys('Firms are opening up more application scenarios.')).not.toContain('opening up')
  })

  it('reads a Latin phrase before a noun as one modifier ("per capita")', () => {
    expect(keys('The per capita disposable income of urban residents rose.')).toContain('per capita disposable income')
  })

  it('keeps a lower-case word before a multiword name out of the name', () => {
    const k = keys('Visitors came to the ongoing China International Fair for Trade in Services (CIFTIS).')
    expect(k).toContain('china international fair for trade in service')
    expect(k.filter((x) => x.startsWith('ongoing '))).toEqual([])
  })
})

describe('whole names beat their fragments', () => {
  it('folds a fragment seen only inside one longer candidate into it', () => {
    const k = corpusKeys([
      'Support goes to small and medium-sized enterprises.',
      'Loans to small and medium-sized enterprises rose.',
      'Visitors came to the China International Fair for Trade in Services.',
      'Xi spoke of new quality productive forces.'
    ])
    expect(k).toContain('small and medium sized enterprise')
    expect(k).not.toContain('medium sized enterprise')
    expect(k).toContain('china international fair for trade in service')
    expect(k).not.toContain('china international fair for trade')
    expect(k).not.toContain('quality productive force')
  })

  it('keeps a name that a longer lower-case phrase goes on from, and a noun phrase before its complement', () => {
    const k = corpusKeys([
      'Doctors travel to Belt and Road Initiative partner countries.',
      'The per capita disposable income of urban residents rose.',
      'The per capita disposable income of urban residents doubled.'
    ])
    expect(k).toContain('belt and road initiative')
    expect(k).toContain('per capita disposable income')
  })

  it('does not read "-ing + noun" as a term where the -ing word is a verb in this corpus', () => {
    const k = corpusKeys([
      'Progress was made in conserving energy and reducing emissions.',
      'The plan for conserving energy was met.',
      'We are conserving the forests and reducing the deficit.',
      'Energy conservation remains a priority.'
    ])
    expect(k).not.toContain('conserving energy')
    expect(k).toContain('energy conservation')
  })
})

describe('ranking of policy formulae and names', () => {
  it('lets a doubtful shape that recurs across the documents rank as a set formula', async () => {
    const { recurrence } = await import('../../../src/core/mining/scoring')
    expect(recurrence(1, 2, 0.5)).toBe(0)
    expect(recurrence(7, 7, 0.5)).toBe(1)
    expect(recurrence(1, 7, 0.5)).toBe(0)
    expect(recurrence(4, 7, 0.5)).toBeGreaterThan(0.4)
    // "reform and opening up" in each of six reports outranks a once-seen coordination of the same shape.
    const years = Array.from({ length: 6 }, (_, i) => `In year ${i + 1} we deepened reform and opening up.`)
    const ranked = mineCorpus(spread(1, [...years, 'We studied trade and tourism.', 'Filler text here.']), {
      reference: ref,
      limit: 1000
    }).candidates.map((c) => c.key)
    expect(ranked.indexOf('reform and opening up')).toBeGreaterThanOrEqual(0)
    expect(ranked.indexOf('reform and opening up')).toBeLessThan(
      ranked.includes('trade and tourism') ? ranked.indexOf('trade and tourism') : Infinity
    )
  })

  it('ranks the expansion of an acronym the corpus defines as a unit', () => {
    const segs = ['The consumer price index (CPI) rose.', 'The price index of steel fell.', 'Filler.', 'More filler.']
    const on = mineCorpus(spread(1, segs), { reference: ref, limit: 1000 }).candidates
    const off = mineCorpus(spread(1, segs), { reference: ref, limit: 1000, scoreParams: { defined: 1 } }).candidates
    const rank = (list: typeof on): number => list.findIndex((c) => c.key === 'consumer price index')
    expect(rank(on)).toBeGreaterThanOrEqual(0)
    expect(on[rank(on)].score).toBeGreaterThan(off[rank(off)].score)
  })
})

describe('units the text marks itself', () => {
  it('takes a short quoted expression as a candidate, as written, whatever its words', () => {
    const cands = mineCorpus(
      spread(1, [
        'We will carry out the "vegetable basket" project.',
        'Policies of "one country, two systems" stay.',
        'More firms will "go global" this year.',
        'The "go global" strategy works.',
        'He said "we must work very hard on this for many more years" at the end.'
      ]),
      { reference: ref, limit: 1000 }
    ).candidates
    const terms = cands.map((c) => c.term)
    expect(terms).toContain('vegetable basket')
    expect(terms).toContain('one country, two systems')
    expect(terms).toContain('go global')
    expect(terms.some((t) => t.startsWith('we must work'))).toBe(false)
  })

  it('reads a title-case heading by its words, not as a run of names', () => {
    const k = mineCorpus([doc(1, 'Comparison of Results With Measured Data', 'The measured data fit well.')], {
      reference: ref,
      limit: 1000
    }).candidates.find((c) => c.key === 'measured data')
    expect(k?.kind).toBe('term')
  })

  it('takes the kind from the form most often written, and keeps a heading in capitals as written', () => {
    const k = mineCorpus(
      [doc(1, 'WIND TURBINE', 'A wind turbine turns.', 'Each wind turbine has blades.', 'The wind turbines stop.')],
      { reference: ref, limit: 1000 }
    ).candidates.find((c) => c.key === 'wind turbine')
    expect(k?.kind).toBe('term')
    expect(k?.variants).toContain('WIND TURBINE')
    expect(k?.variants).not.toContain('wIND TURBINE')
  })

  it('keeps an ordinal with the name it numbers, below the name itself', () => {
    const cands = mineCorpus(
      spread(1, [
        'Deputies to the 14th National People’s Congress met.',
        'The 14th National People’s Congress closed.',
        'The 20th CPC National Congress set the goals.',
        'Filler text.'
      ]),
      { reference: ref, limit: 1000 }
    ).candidates
    const rank = (key: string): number => cands.findIndex((c) => c.key === key)
    expect(rank("national people's congress")).toBeGreaterThanOrEqual(0)
    expect(rank("14th national people's congress")).toBeGreaterThan(rank("national people's congress"))
    expect(rank('20th cpc national congress')).toBeGreaterThanOrEqual(0)
  })
})
