/**
 * Posting lists of the fuzzy-match index in compressed-sparse-row form, all typed arrays so a table
 * of 20 million postings can be written to disk and mapped back in a fraction of a second:
 *   hashes[k]                 the k-th distinct key hash, ascending
 *   postings[start[k]..start[k+1])  the slots holding that key, ascending
 * Different keys with the same 32-bit hash share one list: that only adds candidates, which
 * verification drops, so it is safe (as in the core's NgramIndex).
 */

export interface PostingTable {
  hashes: Int32Array
  start: Int32Array
  postings: Int32Array
}

export const EMPTY_TABLE: PostingTable = {
  hashes: new Int32Array(0),
  start: new Int32Array(1),
  postings: new Int32Array(0)
}

/** FNV-1a, 32 bits, over the language tag and the key, so English and Chinese keys never share a list. */
export function hashKey(lang: string, key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < lang.length; i++) {
    h ^= lang.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= 0x1f
  h = Math.imul(h, 0x01000193)
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** Growable Int32Array: millions of small JS arrays would spend a build in the garbage collector. */
export class IntList {
  data: Int32Array
  length = 0
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity)
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }
}

/**
 * Builds the table from (hash, slot) pairs. A stable LSD radix sort on the hash (two 16-bit passes)
 * keeps each list in input order, so pairs given in ascending slot order need no further sorting.
 */
export function buildPostingTable(pairHashes: Int32Array, pairSlots: Int32Array, n: number): PostingTable {
  if (n === 0) return EMPTY_TABLE
  // Unsigned order of the flipped sign bit == signed order of the hash.
  const keyOf = (h: number): number => (h ^ 0x80000000) >>> 0
  let srcH = pairHashes.subarray(0, n)
  let srcS = pairSlots.subarray(0, n)
  let dstH = new Int32Array(n)
  let dstS = new Int32Array(n)
  const count = new Int32Array(65537)
  for (const shift of [0, 16]) {
    count.fill(0)
    for (let i = 0; i < n; i++) count[((keyOf(srcH[i]) >>> shift) & 0xffff) + 1]++
    for (let b = 0; b < 65536; b++) count[b + 1] += count[b]
    for (let i = 0; i < n; i++) {
      const at = count[(keyOf(srcH[i]) >>> shift) & 0xffff]++
      dstH[at] = srcH[i]
      dstS[at] = srcS[i]
    }
    if (shift === 0) {
      // The first pass must not overwrite the caller's arrays: sort on into fresh ones.
      srcH = dstH
      srcS = dstS
      dstH = new Int32Array(n)
      dstS = new Int32Array(n)
    } else {
      srcH = dstH
      srcS = dstS
    }
  }
  let distinct = 0
  for (let i = 0; i < n; i++) if (i === 0 || srcH[i] !== srcH[i - 1]) distinct++
  const hashes = new Int32Array(distinct)
  const start = new Int32Array(distinct + 1)
  let k = -1
  for (let i = 0; i < n; i++) {
    if (i === 0 || srcH[i] !== srcH[i - 1]) {
      hashes[++k] = srcH[i]
      start[k] = i
    }
  }
  start[distinct] = n
  // Pairs arrive in slot order from a build; a compaction renumbers slots, so restore the order
  // where it broke (most lists are already ascending and cost one pass).
  for (let j = 0; j < distinct; j++) {
    for (let i = start[j] + 1; i < start[j + 1]; i++) {
      if (srcS[i] < srcS[i - 1]) {
        srcS.subarray(start[j], start[j + 1]).sort()
        break
      }
    }
  }
  return { hashes, start, postings: srcS }
}

/** Index of the hash in the table, or -1. */
export function findKey(table: PostingTable, h: number): number {
  const hs = table.hashes
  let lo = 0
  let hi = hs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = hs[mid]
    if (v < h) lo = mid + 1
    else if (v > h) hi = mid - 1
    else return mid
  }
  return -1
}

export function listLength(table: PostingTable, k: number): number {
  return k < 0 ? 0 : table.start[k + 1] - table.start[k]
}

/** Whether list k holds the slot: binary search, lists are ascending. */
export function listHolds(table: PostingTable, k: number, slot: number): boolean {
  if (k < 0) return false
  let lo = table.start[k]
  let hi = table.start[k + 1] - 1
  const p = table.postings
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = p[mid]
    if (v < slot) lo = mid + 1
    else if (v > slot) hi = mid - 1
    else return true
  }
  return false
}
