import type { FuzzyBase } from '../../src/core/memory/fuzzy-index'

/** The same base with its slots in id order (as snapshots were before slots were put in length order). */
export function inIdOrder(base: FuzzyBase): FuzzyBase {
  const order = [...base.ids.keys()].sort((a, b) => base.ids[a] - base.ids[b])
  const newSlot = new Int32Array(order.length)
  order.forEach((s, i) => (newSlot[s] = i))
  const tokStart = new Int32Array(order.length + 1)
  order.forEach((s, i) => (tokStart[i + 1] = tokStart[i] + base.tokStart[s + 1] - base.tokStart[s]))
  const tokens = new Int32Array(base.tokens.length)
  order.forEach((s, i) => tokens.set(base.tokens.subarray(base.tokStart[s], base.tokStart[s + 1]), tokStart[i]))
  const { hashes, start, postings } = base.table
  const moved = Int32Array.from(postings, (s) => newSlot[s])
  for (let k = 0; k < hashes.length; k++) moved.subarray(start[k], start[k + 1]).sort()
  return {
    ids: Int32Array.from(order, (s) => base.ids[s]),
    lengths: Int32Array.from(order, (s) => base.lengths[s]),
    table: { hashes, start, postings: moved },
    tokStart,
    tokens
  }
}
