/**
 * The base level of the fuzzy index numbers its slots by (unit length, unit id). A lookup only wants
 * units whose token count is in the query's length range; with slots in length order that range is
 * one run of slot numbers, and inside every (ascending) posting list one run of postings, found by two
 * binary searches instead of touching every posting. A long query of a template memory keeps about a
 * third of each list.
 */

/**
 * starts[L] = first slot whose length is >= L, for L = 0..max+1, when the lengths never decrease
 * (slots in length order); null otherwise (an older snapshot in id order: lookups then read whole lists).
 */
export function lengthStarts(lengths: Int32Array): Int32Array | null {
  const n = lengths.length
  for (let i = 1; i < n; i++) if (lengths[i] < lengths[i - 1]) return null
  const max = n > 0 ? lengths[n - 1] : 0
  const starts = new Int32Array(max + 2)
  let slot = 0
  for (let len = 0; len <= max + 1; len++) {
    while (slot < n && lengths[slot] < len) slot++
    starts[len] = slot
  }
  return starts
}

/** Slots [from, to) holding lengths lo..hi, from lengthStarts(); the whole level without them. */
export function slotRange(starts: Int32Array | null, size: number, lo: number, hi: number): [number, number] {
  if (!starts) return [0, size]
  const max = starts.length - 2
  const at = (len: number): number => (len <= 0 ? 0 : len > max ? size : starts[len])
  const from = at(lo)
  return [from, Math.max(from, at(hi + 1))]
}

/** First index in a[from..to) holding a value >= v (a is ascending), or `to`. */
export function lowerBound(a: Int32Array, from: number, to: number, v: number): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid] < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The given slots in (length, id) order: a radix sort on the id, then a stable counting sort on the length. */
export function byLengthThenId(
  slots: Int32Array,
  lengthOf: (slot: number) => number,
  idOf: (slot: number) => number
): Int32Array {
  const n = slots.length
  const byId = slotsById(Int32Array.from(slots, idOf))
  const lens = Int32Array.from(slots, lengthOf)
  let max = 0
  for (let i = 0; i < n; i++) max = Math.max(max, lens[i])
  const start = new Int32Array(max + 2)
  for (let i = 0; i < n; i++) start[lens[i] + 1]++
  for (let len = 0; len <= max; len++) start[len + 1] += start[len]
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) out[start[lens[byId[i]]]++] = slots[byId[i]]
  return out
}

/**
 * Indexes 0..n-1 sorted by ids[i] (a stable permutation), for finding a unit's slot when slots are not
 * in id order: two 16-bit radix passes (ids are positive 32-bit integers).
 */
export function slotsById(ids: Int32Array): Int32Array {
  const n = ids.length
  let src = new Int32Array(n)
  for (let i = 0; i < n; i++) src[i] = i
  let dst = new Int32Array(n)
  const count = new Int32Array(65537)
  for (const shift of [0, 16]) {
    count.fill(0)
    for (let i = 0; i < n; i++) count[((ids[src[i]] >>> shift) & 0xffff) + 1]++
    for (let b = 0; b < 65536; b++) count[b + 1] += count[b]
    for (let i = 0; i < n; i++) dst[count[(ids[src[i]] >>> shift) & 0xffff]++] = src[i]
    ;[src, dst] = [dst, src]
  }
  return src
}
