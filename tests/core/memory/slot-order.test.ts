import { describe, expect, it } from 'vitest'

import { byLengthThenId, lengthStarts, lowerBound, slotRange, slotsById } from '../../../src/core/memory/slot-order'

describe('slot order', () => {
  it('finds the slots of a length range in length-ordered slots, and gives up on any other order', () => {
    const lengths = Int32Array.from([2, 2, 3, 5, 5, 5, 9])
    const starts = lengthStarts(lengths)!
    expect(slotRange(starts, 7, 3, 5)).toEqual([2, 6])
    expect(slotRange(starts, 7, 4, 4)).toEqual([3, 3])
    expect(slotRange(starts, 7, 0, 2)).toEqual([0, 2])
    expect(slotRange(starts, 7, 6, Number.MAX_SAFE_INTEGER)).toEqual([6, 7])
    expect(slotRange(starts, 7, 10, 20)).toEqual([7, 7])
    // Every slot whose length is in range is inside the run, and no other.
    for (let lo = 0; lo <= 10; lo++) {
      for (let hi = lo; hi <= 10; hi++) {
        const [from, to] = slotRange(starts, 7, lo, hi)
        const want = [...lengths.keys()].filter((s) => lengths[s] >= lo && lengths[s] <= hi)
        expect(Array.from({ length: to - from }, (_, i) => from + i)).toEqual(want)
      }
    }
    expect(lengthStarts(Int32Array.from([3, 2]))).toBeNull()
    expect(slotRange(null, 7, 3, 5)).toEqual([0, 7])
  })

  it('orders slots by (length, id) and by id', () => {
    const ids = Int32Array.from([40, 7, 70_000, 3, 65_537, 12])
    const lens = Int32Array.from([5, 5, 2, 9, 2, 5])
    const slots = Int32Array.from([0, 1, 2, 3, 4, 5])
    expect([
      ...byLengthThenId(
        slots,
        (s) => lens[s],
        (s) => ids[s]
      )
    ]).toEqual([4, 2, 1, 5, 0, 3])
    expect([...slotsById(ids)].map((i) => ids[i])).toEqual([3, 7, 12, 40, 65_537, 70_000])
  })

  it('finds the first value not below a bound', () => {
    const a = Int32Array.from([1, 3, 3, 8, 20])
    expect([0, 1, 2, 3, 4, 8, 9, 21].map((v) => lowerBound(a, 0, a.length, v))).toEqual([0, 0, 1, 1, 3, 3, 4, 5])
    expect(lowerBound(a, 2, 4, 1)).toBe(2)
  })
})
