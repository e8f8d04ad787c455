import { describe, expect, it } from 'vitest'

import { nextPick } from '../../../src/renderer/src/screens/mining/pick-keys'
import { reviewTarget } from '../../../src/renderer/src/screens/mining/use-review-keys'

describe('a/r/s keys (#15 §3)', () => {
  it('act on the ticked rows when rows are ticked, not on the row under the cursor', () => {
    expect(reviewTarget(new Set([4, 9]), { id: 1, term: 'opening up' })).toEqual({ ids: [4, 9] })
  })

  it('act on the row under the cursor when nothing is ticked, and on nothing without one', () => {
    expect(reviewTarget(new Set(), { id: 1, term: 'opening up' })).toEqual({ ids: [1], term: 'opening up' })
    expect(reviewTarget(new Set(), undefined)).toBeNull()
  })
})

describe('merge dialog keys (#15 §3)', () => {
  it('↓ from the search box goes to the first pick, ↑ to the last; both wrap', () => {
    expect(nextPick(-1, 1, 3)).toBe(0)
    expect(nextPick(-1, -1, 3)).toBe(2)
    expect(nextPick(2, 1, 3)).toBe(0)
    expect(nextPick(0, -1, 3)).toBe(2)
    expect(nextPick(1, 1, 3)).toBe(2)
    expect(nextPick(-1, 1, 0)).toBe(-1)
  })
})
