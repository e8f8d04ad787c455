/**
 * Mergeable statistics of Chinese n-gram candidates, the Chinese counterpart of ../stats.ts: each chunk of
 * documents is mined into a ChineseStats; stats of disjoint chunks merge by addition (a worker pool splits the
 * corpus, an incremental run merges the new documents into the saved stats), and rankChineseStats() ranks
 * the merged whole.
 *
 * A candidate is keyed by its folded characters (simplified, ASCII lower case: fold.ts), not by word ids: the
 * segmenter cuts one string differently in different contexts (新兴产业 whole, or 新兴/产业 inside a longer
 * word), and the string is what a translator reviews. Keys live in one Uint16Array pool found through an
 * open-addressing hash table, every counter is a typed-array column, so ten million n-grams cost no objects.
 *
 * Boundary freedom (branching entropy of the characters before and after a candidate) is kept in a form that
 * merges exactly: per side, counts of the neighbours in 8 hash buckets plus a 64-bit set of the neighbours
 * seen (8 bits per bucket); the entropy is read off that (ranking.ts). A candidate seen once keeps its two
 * neighbours in two columns; the 88-byte neighbour block is allocated on its second occurrence, so the
 * hapaxes that make most of the table stay small.
 */
import type { MinedOccurrence } from '../types'

export const NEIGHBOUR_BUCKETS = 8
/** Block layout (Int32 offsets): left buckets, right buckets, left set (2 ints), right set (2), edges (2). */
const L_BUCKETS = 0
const R_BUCKETS = NEIGHBOUR_BUCKETS
const L_SET = 2 * NEIGHBOUR_BUCKETS
const R_SET = L_SET + 2
const L_EDGE = R_SET + 2
const R_EDGE = L_EDGE + 1
export const BLOCK = R_EDGE + 1

/**
 * A neighbour is kept as a 6-bit code of the word beside the candidate (neighbourCode of its hashChars hash):
 * its bucket (code & 7) and its bit in the 64-bit set. EDGE: the candidate touched a clause boundary
 * (punctuation, a number, the segment's edge).
 */
export const EDGE = 64

/** The 6-bit neighbour code of a word's hash (re-mixed, so words with close hashes spread). */
export function neighbourCode(h: number): number {
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d)
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39)
  return (h ^ (h >>> 15)) >>> 26
}

export interface ChineseStats {
  /** Characters of the segments mined (what progress counts). */
  chars: number
  /** Han characters among them: the corpus size frequencies are relative to. */
  hanChars: number
  documents: number
  /** Documents not mined because they are not Chinese (Japanese, or no Han at all). */
  skippedDocuments: number
  japaneseDocuments: number
  size: number
  /** Open-addressing table of candidate index + 1 (0 = empty); its length is a power of two. */
  table: Int32Array
  hash: Int32Array
  /** Key of candidate i: pool[keyStart[i] .. keyStart[i] + keyLen[i]) (folded UTF-16 code units). */
  keyStart: Int32Array
  keyLen: Uint8Array
  pool: Uint16Array
  poolLen: number
  freq: Int32Array
  docs: Int32Array
  /** Document id last counted, so a document counts once (valid within one chunk). */
  lastDoc: Int32Array
  /** Years the candidate was seen in, as bits (year mod 32): OR merges them. */
  years: Int32Array
  /** Occurrences that were exactly one word of the segmenter (a dictionary word). */
  asWord: Int32Array
  /** Occurrences that filled a whole clause (an item of an enumeration: 稳增长、促改革、调结构). */
  whole: Int32Array
  /** Occurrences that filled a whole quotation or title: “放管服”, 《政府工作报告》. */
  quoted: Int32Array
  /** Word boundaries inside the candidate, as bits (bit k: a boundary after k characters), OR of occurrences. */
  bounds: Int32Array
  /** Neighbour codes of a candidate seen once; EDGE for a clause boundary. */
  firstLeft: Uint8Array
  firstRight: Uint8Array
  /** Neighbour block of candidate i (offset into `blocks`), -1 while it is seen once. */
  block: Int32Array
  blocks: Int32Array
  blocksLen: number
  /** Written forms other than the key itself (traditional, full-width, capitals): candidate → form → count. */
  variants: Map<number, Map<string, number>>
  /** Occurrence lists: per candidate head/tail/count into `occ` (3 ints: segment, start, next). */
  occHead: Int32Array
  occTail: Int32Array
  occCount: Int32Array
  occ: Int32Array
  occLen: number
}

export function emptyChineseStats(capacity = 1024): ChineseStats {
  let cap = 16
  while (cap < capacity) cap *= 2
  return {
    chars: 0,
    hanChars: 0,
    documents: 0,
    skippedDocuments: 0,
    japaneseDocuments: 0,
    size: 0,
    table: new Int32Array(cap * 2),
    hash: new Int32Array(cap),
    keyStart: new Int32Array(cap),
    keyLen: new Uint8Array(cap),
    pool: new Uint16Array(cap * 4),
    poolLen: 0,
    freq: new Int32Array(cap),
    docs: new Int32Array(cap),
    lastDoc: new Int32Array(cap),
    years: new Int32Array(cap),
    asWord: new Int32Array(cap),
    whole: new Int32Array(cap),
    quoted: new Int32Array(cap),
    bounds: new Int32Array(cap),
    firstLeft: new Uint8Array(cap),
    firstRight: new Uint8Array(cap),
    block: new Int32Array(cap),
    blocks: new Int32Array(cap * 4),
    blocksLen: 0,
    variants: new Map(),
    occHead: new Int32Array(cap),
    occTail: new Int32Array(cap),
    occCount: new Int32Array(cap),
    occ: new Int32Array(cap * 3),
    occLen: 0
  }
}

function grow<T extends Int32Array | Uint8Array | Uint16Array>(a: T, min: number): T {
  if (a.length >= min) return a
  const b = new (a.constructor as new (n: number) => T)(Math.max(min, Math.ceil(a.length * 1.5)))
  b.set(a)
  return b
}

const P = 0x01000193

/** Hash of a run of code units (FNV-style multiply-add, the same in every stats object). */
export function hashChars(s: ArrayLike<number>, from: number, to: number): number {
  let h = 0
  for (let k = from; k < to; k++) h = (Math.imul(h, P) + s[k] + 1) | 0
  return h
}

/** One more code unit appended to a hash made by hashChars. */
export function extendHash(h: number, c: number): number {
  return (Math.imul(h, P) + c + 1) | 0
}

function slotOf(h: number, mask: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) & mask
}

/** Index of the candidate whose key is text[from .. from + len) (a string's or a pool's code units), or -1. */
export function findKey(s: ChineseStats, h: number, text: string, from: number, len: number): number {
  const mask = s.table.length - 1
  let slot = slotOf(h, mask)
  for (;;) {
    const v = s.table[slot]
    if (v === 0) return -1
    const i = v - 1
    if (s.hash[i] === h && s.keyLen[i] === len) {
      const st = s.keyStart[i]
      let k = 0
      while (k < len && s.pool[st + k] === text.charCodeAt(from + k)) k++
      if (k === len) return i
    }
    slot = (slot + 1) & mask
  }
}

/** The same lookup for a key held in a pool (merging, and sub-runs of a candidate's own key). */
export function findPoolKey(s: ChineseStats, h: number, pool: Uint16Array, from: number, len: number): number {
  const mask = s.table.length - 1
  let slot = slotOf(h, mask)
  for (;;) {
    const v = s.table[slot]
    if (v === 0) return -1
    const i = v - 1
    if (s.hash[i] === h && s.keyLen[i] === len) {
      const st = s.keyStart[i]
      let k = 0
      while (k < len && s.pool[st + k] === pool[from + k]) k++
      if (k === len) return i
    }
    slot = (slot + 1) & mask
  }
}

function rehash(s: ChineseStats, size: number): void {
  const table = new Int32Array(size)
  const mask = size - 1
  for (let i = 0; i < s.size; i++) {
    let slot = slotOf(s.hash[i], mask)
    while (table[slot] !== 0) slot = (slot + 1) & mask
    table[slot] = i + 1
  }
  s.table = table
}

const CANDIDATE_COLUMNS = [
  'hash',
  'keyStart',
  'keyLen',
  'freq',
  'docs',
  'lastDoc',
  'years',
  'asWord',
  'whole',
  'quoted',
  'bounds',
  'firstLeft',
  'firstRight',
  'block',
  'occHead',
  'occTail',
  'occCount'
] as const

/** Room for `extra` more candidates (and pool, block and occurrence space) at once: a merge grows each
 *  column once instead of step by step, and rehashes once. */
function reserve(s: ChineseStats, extra: number, pool: number, blocks: number, occ: number): void {
  const m = s.size + extra
  if (m > s.freq.length) {
    for (const c of CANDIDATE_COLUMNS) (s[c] as Int32Array) = grow(s[c] as Int32Array, m)
  }
  s.pool = grow(s.pool, s.poolLen + pool)
  s.blocks = grow(s.blocks, s.blocksLen + blocks)
  s.occ = grow(s.occ, s.occLen + occ)
  let size = s.table.length
  while (m * 2 > size) size *= 2
  if (size > s.table.length) rehash(s, size)
}

/** Adds a new candidate (the caller has checked it is absent); `copy` writes its key into the pool. */
function newCandidate(s: ChineseStats, h: number, len: number, copy: (pool: Uint16Array, at: number) => void): number {
  const i = s.size++
  if (i >= s.freq.length) {
    const m = i + 1
    s.hash = grow(s.hash, m)
    s.keyStart = grow(s.keyStart, m)
    s.keyLen = grow(s.keyLen, m)
    s.freq = grow(s.freq, m)
    s.docs = grow(s.docs, m)
    s.lastDoc = grow(s.lastDoc, m)
    s.years = grow(s.years, m)
    s.asWord = grow(s.asWord, m)
    s.whole = grow(s.whole, m)
    s.quoted = grow(s.quoted, m)
    s.bounds = grow(s.bounds, m)
    s.firstLeft = grow(s.firstLeft, m)
    s.firstRight = grow(s.firstRight, m)
    s.block = grow(s.block, m)
    s.occHead = grow(s.occHead, m)
    s.occTail = grow(s.occTail, m)
    s.occCount = grow(s.occCount, m)
  }
  if (s.poolLen + len > s.pool.length) s.pool = grow(s.pool, s.poolLen + len)
  copy(s.pool, s.poolLen)
  s.keyStart[i] = s.poolLen
  s.poolLen += len
  s.keyLen[i] = len
  s.hash[i] = h
  s.lastDoc[i] = -1
  s.block[i] = -1
  s.occHead[i] = -1
  s.occTail[i] = -1
  if (s.size * 2 > s.table.length) rehash(s, s.table.length * 2)
  else {
    const mask = s.table.length - 1
    let slot = slotOf(h, mask)
    while (s.table[slot] !== 0) slot = (slot + 1) & mask
    s.table[slot] = i + 1
  }
  return i
}

/** Finds or adds the candidate keyed text[from .. from + len). */
export function addKey(s: ChineseStats, h: number, text: string, from: number, len: number): number {
  const found = findKey(s, h, text, from, len)
  if (found >= 0) return found
  return newCandidate(s, h, len, (pool, at) => {
    for (let k = 0; k < len; k++) pool[at + k] = text.charCodeAt(from + k)
  })
}

function addPoolKey(s: ChineseStats, h: number, src: Uint16Array, from: number, len: number): number {
  const found = findPoolKey(s, h, src, from, len)
  if (found >= 0) return found
  return newCandidate(s, h, len, (pool, at) => pool.set(src.subarray(from, from + len), at))
}

function allocBlock(s: ChineseStats, i: number): number {
  if (s.blocksLen + BLOCK > s.blocks.length) s.blocks = grow(s.blocks, s.blocksLen + BLOCK)
  const b = s.blocksLen
  s.blocks.fill(0, b, b + BLOCK)
  s.blocksLen += BLOCK
  s.block[i] = b
  return b
}

function addNeighbour(blocks: Int32Array, b: number, side: 0 | 1, c: number, count: number): void {
  if (c === EDGE) {
    blocks[b + (side ? R_EDGE : L_EDGE)] += count
    return
  }
  blocks[b + (side ? R_BUCKETS : L_BUCKETS) + (c & (NEIGHBOUR_BUCKETS - 1))] += count
  blocks[b + (side ? R_SET : L_SET) + (c >>> 5)] |= 1 << (c & 31)
}

/** Counts one occurrence's neighbours (EDGE for a clause boundary). */
export function addNeighbours(s: ChineseStats, i: number, left: number, right: number): void {
  if (s.freq[i] === 1) {
    // freq was just raised to 1 by this occurrence: keep the two neighbours inline.
    s.firstLeft[i] = left
    s.firstRight[i] = right
    return
  }
  let b = s.block[i]
  if (b < 0) {
    b = allocBlock(s, i)
    addNeighbour(s.blocks, b, 0, s.firstLeft[i], 1)
    addNeighbour(s.blocks, b, 1, s.firstRight[i], 1)
  }
  addNeighbour(s.blocks, b, 0, left, 1)
  addNeighbour(s.blocks, b, 1, right, 1)
}

/**
 * Branching entropy of one side (0 = left, 1 = right) of candidate i, read off its neighbour sketch: bucket
 * shares, each bucket spread evenly over the distinct neighbours seen in it; each boundary occurrence a
 * neighbour of its own. Exact while no two neighbour words share a code, an estimate beyond.
 */
export function sideEntropy(s: ChineseStats, i: number, side: 0 | 1): number {
  const b = s.block[i]
  if (b < 0) return 0
  const blocks = s.blocks
  const base = b + (side ? R_BUCKETS : L_BUCKETS)
  const set0 = blocks[b + (side ? R_SET : L_SET)]
  const set1 = blocks[b + (side ? R_SET : L_SET) + 1]
  const edges = blocks[b + (side ? R_EDGE : L_EDGE)]
  let total = edges
  for (let k = 0; k < NEIGHBOUR_BUCKETS; k++) total += blocks[base + k]
  if (total === 0) return 0
  let h = 0
  for (let k = 0; k < NEIGHBOUR_BUCKETS; k++) {
    const c = blocks[base + k]
    if (c === 0) continue
    // Codes of bucket k: bits k, k+8, k+16, k+24 of each 32-bit half.
    let distinct = 0
    for (let bit = k; bit < 32; bit += NEIGHBOUR_BUCKETS) distinct += ((set0 >>> bit) & 1) + ((set1 >>> bit) & 1)
    const p = c / total
    h += p * (Math.log(Math.max(1, Math.min(distinct, c))) - Math.log(p))
  }
  if (edges > 0) h += (edges / total) * Math.log(total)
  return h
}

/** Share of occurrences at a clause boundary on one side (0 = left, 1 = right). */
export function edgeShare(s: ChineseStats, i: number, side: 0 | 1): number {
  const f = s.freq[i]
  if (f === 0) return 0
  const b = s.block[i]
  if (b < 0) return (side ? s.firstRight[i] : s.firstLeft[i]) === EDGE ? 1 : 0
  return s.blocks[b + (side ? R_EDGE : L_EDGE)] / f
}

export function addOccurrence(s: ChineseStats, i: number, seg: number, start: number): void {
  if (s.occLen + 3 > s.occ.length) s.occ = grow(s.occ, s.occLen + 3)
  const o = s.occLen
  s.occ[o] = seg
  s.occ[o + 1] = start
  s.occ[o + 2] = -1
  s.occLen += 3
  if (s.occTail[i] >= 0) s.occ[s.occTail[i] + 2] = o
  else s.occHead[i] = o
  s.occTail[i] = o
  s.occCount[i]++
}

export function addVariant(s: ChineseStats, i: number, form: string, count: number): void {
  let m = s.variants.get(i)
  if (!m) s.variants.set(i, (m = new Map()))
  m.set(form, (m.get(form) ?? 0) + count)
}

export function keyText(s: ChineseStats, i: number): string {
  const st = s.keyStart[i]
  return String.fromCharCode(...s.pool.subarray(st, st + s.keyLen[i]))
}

/** Written forms, most frequent first: the key itself (folded) counts for the occurrences written as it. */
export function writtenForms(s: ChineseStats, i: number): string[] {
  const key = keyText(s, i)
  const m = s.variants.get(i)
  if (!m) return [key]
  let other = 0
  const list: [string, number][] = []
  for (const [form, c] of m) {
    list.push([form, c])
    other += c
  }
  if (s.freq[i] - other > 0) list.push([key, s.freq[i] - other])
  return list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0])
}

export function occurrencesOfCandidate(s: ChineseStats, i: number): MinedOccurrence[] {
  const out: MinedOccurrence[] = []
  const len = s.keyLen[i]
  for (let o = s.occHead[i]; o >= 0; o = s.occ[o + 2]) {
    out.push({ segmentId: s.occ[o], start: s.occ[o + 1], end: s.occ[o + 1] + len })
  }
  return out
}

/**
 * Adds `src` into `dst` (chunks must hold disjoint documents). Returns dst. Merging the chunks of a corpus
 * in document order gives the counts, neighbour statistics and (capped) occurrence lists of one pass.
 */
export function mergeChineseStats(dst: ChineseStats, src: ChineseStats, maxOccurrences = 50): ChineseStats {
  dst.chars += src.chars
  dst.hanChars += src.hanChars
  dst.documents += src.documents
  dst.skippedDocuments += src.skippedDocuments
  dst.japaneseDocuments += src.japaneseDocuments
  reserve(dst, src.size, src.poolLen, src.blocksLen, Math.min(src.occLen, src.size * maxOccurrences * 3))
  for (let i = 0; i < src.size; i++) {
    const len = src.keyLen[i]
    const st = src.keyStart[i]
    const j = addPoolKey(dst, src.hash[i], src.pool, st, len)
    const before = dst.freq[j]
    dst.freq[j] += src.freq[i]
    dst.docs[j] += src.docs[i]
    dst.lastDoc[j] = -1
    dst.years[j] |= src.years[i]
    dst.asWord[j] += src.asWord[i]
    dst.whole[j] += src.whole[i]
    dst.quoted[j] += src.quoted[i]
    dst.bounds[j] |= src.bounds[i]
    mergeNeighbours(dst, j, before, src, i)
    const vars = src.variants.get(i)
    if (vars) for (const [form, c] of vars) addVariant(dst, j, form, c)
    for (let o = src.occHead[i]; o >= 0 && dst.occCount[j] < maxOccurrences; o = src.occ[o + 2]) {
      addOccurrence(dst, j, src.occ[o], src.occ[o + 1])
    }
  }
  return dst
}

function mergeNeighbours(dst: ChineseStats, j: number, before: number, src: ChineseStats, i: number): void {
  if (before === 0) {
    // New in dst: copy src's inline neighbours or its block.
    if (src.block[i] < 0) {
      dst.firstLeft[j] = src.firstLeft[i]
      dst.firstRight[j] = src.firstRight[i]
    } else {
      const b = allocBlock(dst, j)
      dst.blocks.set(src.blocks.subarray(src.block[i], src.block[i] + BLOCK), b)
    }
    return
  }
  let b = dst.block[j]
  if (b < 0) {
    b = allocBlock(dst, j)
    addNeighbour(dst.blocks, b, 0, dst.firstLeft[j], 1)
    addNeighbour(dst.blocks, b, 1, dst.firstRight[j], 1)
  }
  if (src.block[i] < 0) {
    addNeighbour(dst.blocks, b, 0, src.firstLeft[i], 1)
    addNeighbour(dst.blocks, b, 1, src.firstRight[i], 1)
    return
  }
  const sb = src.block[i]
  for (let k = 0; k < L_SET; k++) dst.blocks[b + k] += src.blocks[sb + k]
  for (let k = L_SET; k < L_EDGE; k++) dst.blocks[b + k] |= src.blocks[sb + k]
  dst.blocks[b + L_EDGE] += src.blocks[sb + L_EDGE]
  dst.blocks[b + R_EDGE] += src.blocks[sb + R_EDGE]
}

/** The buffers of a stats object's typed arrays, for a postMessage transfer list (each once). */
export function chineseStatsBuffers(s: ChineseStats): ArrayBuffer[] {
  const arrays = [
    s.table,
    s.hash,
    s.keyStart,
    s.keyLen,
    s.pool,
    s.freq,
    s.docs,
    s.lastDoc,
    s.years,
    s.asWord,
    s.whole,
    s.quoted,
    s.bounds,
    s.firstLeft,
    s.firstRight,
    s.block,
    s.blocks,
    s.occHead,
    s.occTail,
    s.occCount,
    s.occ
  ]
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]
}
