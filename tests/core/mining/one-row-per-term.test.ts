import { describe, expect, it } from 'vitest'

import { mineCorpus } from '../../../src/core/mining/index'
import { reference, spread } from './helpers'

const ref = reference()

/** The rows (term and variants) that hold the given words, up to case, apostrophe, hyphen and plural. */
function rowsFor(words: string, ...segments: string[]): { term: string; variants: string[] }[] {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/'s$/, '')
      .replace(/[-\s]+/g, ' ')
      .replace(/s$/, '')
  const cands = mineCorpus(spread(1, segments), { reference: ref, limit: 1000 }).candidates
  return cands.filter((c) => norm(c.term) === norm(words)).map((c) => ({ term: c.term, variants: c.variants }))
}

describe('one row per term', () => {
  it('keys a possessive name as the name ("China\'s" is "China")', () => {
    const rows = rowsFor(
      'China',
      "China's economy grew.",
      'Exports from China rose.',
      'China’s exports rose.',
      'Investors in China were many.'
    )
    expect(rows).toHaveLength(1)
  })

  it('keys a title-case plural heading with the lower-case term', () => {
    const rows = rowsFor(
      'wind turbine',
      'Large Wind Turbines',
      'The wind turbines were tested at the site.',
      'A wind turbine converts wind energy.',
      'Offshore wind turbines need stronger foundations.'
    )
    expect(rows).toHaveLength(1)
    // The heading's capitals say nothing (title case): its occurrence is written as the term is.
    expect(rows[0].variants).toEqual(expect.arrayContaining(['wind turbines', 'wind turbine']))
    // A capitalised plural outside a title-case heading keys with the term too.
    expect(
      rowsFor('wind turbine', 'The Wind Turbines were tested.', 'A wind turbine turns.', 'Wind turbines hum.')
    ).toHaveLength(1)
  })

  it("keys an acronym's plural with the acronym", () => {
    const rows = rowsFor(
      'SOE',
      'Reform of SOEs went on.',
      'Each SOE reported its profit.',
      'Large SOEs were merged.',
      'The SOE sector grew.'
    )
    expect(rows).toHaveLength(1)
  })

  it('takes a common noun in lower case as a noun even where general English knows it as a name', () => {
    // "enterprise(s)" is a name in the subtitle reference (the starship); written lower-case it is a noun.
    const rows = rowsFor(
      'enterprises',
      'We support private enterprises in every sector.',
      'The enterprise paid its taxes.',
      'Foreign enterprises invested more.',
      'Enterprises must innovate.'
    )
    expect(rows.length).toBeLessThanOrEqual(1)
    const cands = mineCorpus(spread(1, ['We support private enterprises.', 'Foreign enterprises invested.']), {
      reference: ref,
      limit: 100
    }).candidates
    expect(cands.find((c) => c.term === 'private enterprises')?.key).toBe('private enterprise')
  })

  it('joins hyphen and space spellings', () => {
    const rows = rowsFor(
      'state-owned enterprises',
      'The state-owned enterprises were reformed.',
      'State owned enterprises grew.',
      'Reform of state-owned enterprises continued.',
      'Many state-owned enterprises listed shares.'
    )
    expect(rows).toHaveLength(1)
  })
})
