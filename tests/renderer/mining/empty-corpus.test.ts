import { describe, expect, it } from 'vitest'

import { minedEmptyCorpus } from '../../../src/renderer/src/screens/mining/empty-corpus'
import type { MiningSummary } from '../../../src/shared/models'

const summary = (over: Partial<MiningSummary>): MiningSummary => ({
  candidates: 0,
  words: 0,
  documents: 0,
  kept: 0,
  ms: 1,
  warnings: [],
  ...over
})

describe('the Candidates screen after mining an empty corpus', () => {
  it('says so only when neither miner had a document and nothing is listed', () => {
    expect(minedEmptyCorpus(summary({}), 0)).toBe(true)
    expect(minedEmptyCorpus(null, 0)).toBe(false)
    expect(minedEmptyCorpus(summary({ documents: 3 }), 0)).toBe(false)
    expect(minedEmptyCorpus(summary({ chinese: { candidates: 5, characters: 900, documents: 1, ms: 3 } }), 0)).toBe(
      false
    )
    expect(minedEmptyCorpus(summary({ documentsSkipped: 1 }), 0)).toBe(false)
    expect(minedEmptyCorpus(summary({}), 4)).toBe(false)
  })
})
