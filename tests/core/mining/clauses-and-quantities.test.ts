import { describe, expect, it } from 'vitest'

import { mineCorpus } from '../../../src/core/mining/index'
import { doc, reference } from './helpers'

const ref = reference()

function keys(...segments: string[]): string[] {
  return mineCorpus([doc(1, ...segments)], { reference: ref, limit: 100_000 }).candidates.map((c) => c.key)
}

// Issue #13: ages, sizes and clauses a translator rejects by hand at the top of the seeds' list.
describe('no ages, sizes or clauses among the candidates', () => {
  it('keeps an age or a measured size out of the term it describes', () => {
    const k = keys(
      'Zhang Junjie, a 51-year-old cardiologist from Nanjing, spoke first.',
      'Products were on display at the 7,700-square-meter hall of the fair.',
      'A 2.5-meter blade was tested.'
    )
    expect(k.filter((x) => /\d/.test(x))).toEqual([])
    expect(k).toContain('cardiologist')
    // A round figure that names a kind of thing stays a modifier.
    expect(keys('Ride a 20-meter circle at the trot.')).toContain('20 meter circle')
  })

  it('reads the verb of a clause as a verb, not as the head of a compound', () => {
    const cases: [string, string][] = [
      ['He recounted how his team overcame foreign monopolies.', 'team overcame'],
      ['Current daycare services face problems of imbalances.', 'service face'],
      ['The medical industry faces hardship in refinancing.', 'industry face'],
      ['Technological innovation and industrial innovation complement each other.', 'innovation complement'],
      ['We will increase spending on education.', 'increase spending'],
      ['We need to increase support for farmers.', 'increase support'],
      ['We have made major progress.', 'made major progress']
    ]
    for (const [sentence, clause] of cases) {
      expect(
        keys(sentence).filter((x) => x.includes(clause)),
        sentence
      ).toEqual([])
    }
    // Compounds stay compounds.
    expect(keys('Price increases slowed last year.')).toContain('price increase')
    expect(keys('The pitch control system failed.')).toContain('pitch control system')
    expect(keys('They studied the induced velocity.')).toContain('induced velocity')
  })
})
