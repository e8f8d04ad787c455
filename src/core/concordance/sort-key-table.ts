/**
 * The sort keys of every hit of a sorted view, compactly: six interned word ids per hit
 * (1L 2L 3L 1R 2R 3R; id 0 = no word) in one growable Uint32Array. A sorted view of "the" holds
 * ~850,000 hits: as objects with two arrays of strings each, their keys cost hundreds of MB and
 * seconds of garbage collection; here they cost 24 bytes a hit plus one copy of each distinct word.
 * order() collates each distinct word once, into a rank, then sorts the hits by their ranks.
 */
import type { SortKeys, SortLevel } from './kwic'

const SLOTS = 6
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const ALNUM_WORD = /^[a-z0-9]+$/

export class SortKeyTable {
  private readonly words: string[] = ['']
  private readonly hashes: number[] = [0]
  /** Open addressing on word hashes: bucket → word id + 1 (0 = empty). No Map: see wordIdAt. */
  private buckets = new Int32Array(1 << 12)
  private data = new Uint32Array(SLOTS * 1024)
  /** Number of hits added. */
  size = 0

  /** The id of a word (interned on first sight); '' is 0. */
  wordId(word: string): number {
    return word === '' ? 0 : this.wordIdAt(word, 0, word.length)
  }

  /**
   * The id of text.slice(start, end) (non-empty), hashed and compared in place: a sorted view
   * looks up six words for each of up to a million hits, and slicing each one to look it up in
   * a Map cost more than the rest of verification.
   */
  wordIdAt(text: string, start: number, end: number): number {
    let h = 0x811c9dc5
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    const mask = this.buckets.length - 1
    const len = end - start
    for (let b = h & mask; ; b = (b + 1) & mask) {
      const slot = this.buckets[b]
      if (slot === 0) break
      const w = this.words[slot - 1]
      if (this.hashes[slot - 1] === h && w.length === len && sameAt(text, start, w)) return slot - 1
    }
    const id = this.words.length
    this.words.push(text.slice(start, end))
    this.hashes.push(h)
    if (id * 2 >= this.buckets.length) this.rehash(this.buckets.length * 2)
    else this.place(id)
    return id
  }

  private place(id: number): void {
    const mask = this.buckets.length - 1
    let b = this.hashes[id] & mask
    while (this.buckets[b] !== 0) b = (b + 1) & mask
    this.buckets[b] = id + 1
  }

  private rehash(size: number): void {
    this.buckets = new Int32Array(size)
    for (let id = 1; id < this.words.length; id++) this.place(id)
  }

  /** Appends one hit's keys; its row is the previous size. */
  add(keys: SortKeys): void {
    const at = this.slots()
    for (let n = 0; n < 3; n++) {
      this.data[at + n] = keys.left[n] === undefined ? 0 : this.wordId(keys.left[n])
      this.data[at + 3 + n] = keys.right[n] === undefined ? 0 : this.wordId(keys.right[n])
    }
  }

  /** Appends one hit's keys as word ids (0 = none), nearest first on each side. */
  addIds(left: readonly number[], right: readonly number[]): void {
    const at = this.slots()
    for (let n = 0; n < 3; n++) {
      this.data[at + n] = left[n] ?? 0
      this.data[at + 3 + n] = right[n] ?? 0
    }
  }

  private slots(): number {
    if ((this.size + 1) * SLOTS > this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    return this.size++ * SLOTS
  }

  /**
   * Rows in the order of compareByLevels (kwic.ts), ties in row order. The ranks are packed with
   * the row into one number and sorted natively when that fits in a double's 53 bits (two levels
   * of ~60,000 distinct words over a million hits), else compared as rank tuples.
   */
  order(levels: readonly SortLevel[]): Uint32Array {
    const slots = levels.map((l) => (l[1] === 'L' ? 0 : 3) + Number(l[0]) - 1)
    const rankOf = this.ranks()
    const n = this.size
    const L = slots.length
    const D = this.words.length
    const data = this.data
    const out = new Uint32Array(n)
    if (Math.pow(D, L) * n < Number.MAX_SAFE_INTEGER) {
      const packed = new Float64Array(n)
      for (let i = 0; i < n; i++) {
        let key = 0
        for (let p = 0; p < L; p++) key = key * D + rankOf[data[i * SLOTS + slots[p]]]
        packed[i] = key * n + i
      }
      packed.sort()
      for (let i = 0; i < n; i++) out[i] = packed[i] % n
      return out
    }
    const idx = Array.from({ length: n }, (_, i) => i)
    idx.sort((a, b) => {
      for (const s of slots) {
        const d = rankOf[data[a * SLOTS + s]] - rankOf[data[b * SLOTS + s]]
        if (d !== 0) return d
      }
      return a - b
    })
    out.set(idx)
    return out
  }

  private rankCache: Uint32Array | null = null

  /** Rank of every word id in collation order ('' first); kept until a new word comes. */
  private ranks(): Uint32Array {
    const words = this.words
    if (this.rankCache?.length === words.length) return this.rankCache
    const alnum = words.map((w) => ALNUM_WORD.test(w))
    const order = words
      .map((_, i) => i)
      .sort((a, b) => (alnum[a] && alnum[b] ? compareAlnum(words[a], words[b]) : compareWords(words[a], words[b])))
    const rankOf = new Uint32Array(words.length)
    order.forEach((id, rank) => (rankOf[id] = rank))
    this.rankCache = rankOf
    return rankOf
  }
}

/** compareByLevels' order on two distinct words (the collator, then code units for ties). */
function compareWords(x: string, y: string): number {
  const c = collator.compare(x, y)
  return c !== 0 ? c : x < y ? -1 : 1
}

/** text.startsWith(word, start), by character code: startsWith with a position is slower in V8. */
function sameAt(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false
  return true
}

/**
 * compareWords for two distinct words of a–z and 0–9 without the collator (~1 µs a call; most
 * context words are such words): the numeric collation compares runs of letters by code unit
 * (digits before letters) and runs of digits by value; words equal that way ("a01", "a1") fall
 * back to code units, as compareWords does. Checked against the collator in the tests.
 */
export function compareAlnum(x: string, y: string): number {
  let i = 0
  let j = 0
  while (i < x.length && j < y.length) {
    const a = x.charCodeAt(i)
    const b = y.charCodeAt(j)
    const da = a < 58
    const db = b < 58
    if (da && db) {
      let ie = i
      while (ie < x.length && x.charCodeAt(ie) < 58) ie++
      let je = j
      while (je < y.length && y.charCodeAt(je) < 58) je++
      let is = i
      while (is < ie - 1 && x.charCodeAt(is) === 48) is++
      let js = j
      while (js < je - 1 && y.charCodeAt(js) === 48) js++
      if (ie - is !== je - js) return ie - is - (je - js)
      for (let k = 0; k < ie - is; k++) {
        const d = x.charCodeAt(is + k) - y.charCodeAt(js + k)
        if (d !== 0) return d
      }
      i = ie
      j = je
    } else {
      if (a !== b) return a - b
      i++
      j++
    }
  }
  if (i < x.length || j < y.length) return i < x.length ? 1 : -1
  return x < y ? -1 : 1
}
