/**
 * Mergeable statistics of Chinese n-gram candidates, the Chinese counterpart of ../stats.ts: each chunk of
 * documents is mined into a ChineseStats; stats of disjoint chunks merge by addition (a worker pool splits the
 * corpus, an incremental run merges the new documents into the saved stats), and rankChineseStats() ranks
 * the merged whole.
 *
 * A candidate is keyed by its folded characters (simplified, ASCII lower case: fold.ts), not by word ids: the
 * segmenter cuts one string differently in different contexts (新兴产业 whole, or 新兴/产业 inside a longer
 * word), and the string is what a translator reviews. Keys live in one Uint16Array pool found through an
 * open-addressing hash table. A candidate's counters are one 64-byte record of an Int32Array (REC ints),
 * not one typed array per counter: counting touches every counter of a candidate, and a candidate seen
 * for the first time (most of them) then costs one cache miss instead of fifteen.
 *
 * Boundary freedom (branching entropy of the words before and after a candidate) is kept in a form that
 * merges exactly: per side, counts of the neighbours in 8 buckets plus a 64-bit set of the neighbour codes
 * seen; the entropy is read off that (sideEntropy). A candidate seen once keeps its two neighbour codes in
 * its record; the 88-byte neighbour block is allocated on its second occurrence, so the hapaxes that make
 * most of the table stay small.
 */
import type { MinedOccurrence } from '../types'

/** Record layout: REC Int32 per candidate. */
export const REC = 16
export const R_HASH = 0
export const R_KEY_START = 1
/** Key length (bits 0–7), neighbour codes of the first occurrence (bits 8–14 left, 16–22 right). */
export const R_LEN_FIRST = 2
export const R_FREQ = 3
export const R_DOCS = 4
/** Document id last counted, so a document counts once (valid within one chunk). */
export const R_LAST_DOC = 5
/** Years the candidate was seen in, as bits (year mod 32): OR merges them. */
export const R_YEARS = 6
/** Occurrences that were exactly one word of the segmenter (a dictionary word). */
export const R_AS_WORD = 7
/** Occurrences that filled a whole clause (an item of an enumeration: 稳增长、促改革、调结构). */
export const R_WHOLE = 8
/** Occurrences that filled a whole quotation or title: “放管服”, 《政府工作报告》. */
export const R_QUOTED = 9
/** Word boundaries inside the candidate, as bits (bit k: a boundary after k characters), OR of occurrences. */
export const R_BOUNDS = 10
/** Offset of the neighbour block in `blocks`, -1 while the candidate is seen once. */
export const R_BLOCK = 11
/** Occurrence list: head, tail and count (into `occ`: 3 ints a link: segment, start, next). */
export const R_OCC_HEAD = 12
export const R_OCC_TAIL = 13
export const R_OCC_COUNT = 14

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
  /** REC ints per candidate (R_* offsets). */
  rec: Int32Array
  /** Keys: candidate i's is pool[keyStart .. keyStart + length) (folded UTF-16 code units). */
  pool: Uint16Array
  poolLen: number
  blocks: Int32Array
  blocksLen: number
  /** Written forms other than the key itself (traditional, full-width, capitals): candidate → form → count. */
  variants: Map<number, Map<string, number>>
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
    rec: new Int32Array(cap * REC),
    pool: new Uint16Array(cap * 4),
    poolLen: 0,
    blocks: new Int32Array(cap * 4),
    blocksLen: 0,
    variants: new Map(),
    occ: new Int32Array(cap * 3),
    occLen: 0
  }
}

function grow<T extends Int32Array | Uint16Array>(a: T, min: number): T {
  if (a.length >= min) return a
  const b = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2))
  b.set(a)
  return b
}

// Readers of a candidate's record.
export const keyLength = (s: ChineseStats, i: number): number => s.rec[i * REC + R_LEN_FIRST] & 0xff
export const keyStart = (s: ChineseStats, i: number): number => s.rec[i * REC + R_KEY_START]
export const freqOf = (s: ChineseStats, i: number): number => s.rec[i * REC + R_FREQ]
export const field = (s: ChineseStats, i: number, f: number): number => s.rec[i * REC + f]

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

/** Index of the candidate whose key is text[from .. from + len), or -1. */
export function findKey(s: ChineseStats, h: number, text: string, from: number, len: number): number {
  const { table, rec, pool } = s
  const mask = table.length - 1
  let slot = slotOf(h, mask)
  for (;;) {
    const v = table[slot]
    if (v === 0) return -1
    const r = (v - 1) * REC
    if (rec[r + R_HASH] === h && (rec[r + R_LEN_FIRST] & 0xff) === len) {
      const st = rec[r + R_KEY_START]
      let k = 0
      while (k < len && pool[st + k] === text.charCodeAt(from + k)) k++
      if (k === len) return v - 1
    }
    slot = (slot + 1) & mask
  }
}

/** The same lookup for a key held in a pool (merging, and sub-runs of a candidate's own key). */
export function findPoolKey(s: ChineseStats, h: number, src: Uint16Array, from: number, len: number): number {
  const { table, rec, pool } = s
  const mask = table.length - 1
  let slot = slotOf(h, mask)
  for (;;) {
    const v = table[slot]
    if (v === 0) return -1
    const r = (v - 1) * REC
    if (rec[r + R_HASH] === h && (rec[r + R_LEN_FIRST] & 0xff) === len) {
      const st = rec[r + R_KEY_START]
      let k = 0
      while (k < len && pool[st + k] === src[from + k]) k++
      if (k === len) return v - 1
    }
    slot = (slot + 1) & mask
  }
}

function rehash(s: ChineseStats, size: number): void {
  const table = new Int32Array(size)
  const mask = size - 1
  for (let i = 0; i < s.size; i++) {
    let slot = slotOf(s.rec[i * REC + R_HASH], mask)
    while (table[slot] !== 0) slot = (slot + 1) & mask
    table[slot] = i + 1
  }
  s.table = table
}

/** Room for `extra` more candidates (and pool, block and occurrence space) at once: a merge grows each
 *  array once instead of step by step, and rehashes once. */
function reserve(s: ChineseStats, extra: number, pool: number, blocks: number, occ: number): void {
  const m = s.size + extra
  s.rec = grow(s.rec, m * REC)
  s.pool = grow(s.pool, s.poolLen + pool)
  s.blocks = grow(s.blocks, s.blocksLen + blocks)
  s.occ = grow(s.occ, s.occLen + occ)
  let size = s.table.length
  while (m * 2 > size) size *= 2
  if (size > s.table.length) rehash(s, size)
}

/** Adds a new candidate (the caller has checked it is absent); its key is then written at pool[returned]. */
function newCandidate(s: ChineseStats, h: number, len: number): number {
  const i = s.size++
  if ((i + 1) * REC > s.rec.length) s.rec = grow(s.rec, (i + 1) * REC)
  if (s.poolLen + len > s.pool.length) s.pool = grow(s.pool, s.poolLen + len)
  const r = i * REC
  s.rec[r + R_HASH] = h
  s.rec[r + R_KEY_START] = s.poolLen
  s.rec[r + R_LEN_FIRST] = len
  s.rec[r + R_LAST_DOC] = -1
  s.rec[r + R_BLOCK] = -1
  s.rec[r + R_OCC_HEAD] = -1
  s.rec[r + R_OCC_TAIL] = -1
  s.poolLen += len
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
  const i = newCandidate(s, h, len)
  const at = s.rec[i * REC + R_KEY_START]
  for (let k = 0; k < len; k++) s.pool[at + k] = text.charCodeAt(from + k)
  return i
}

function addPoolKey(s: ChineseStats, h: number, src: Uint16Array, from: number, len: number): number {
  const found = findPoolKey(s, h, src, from, len)
  if (found >= 0) return found
  const i = newCandidate(s, h, len)
  s.pool.set(src.subarray(from, from + len), s.rec[i * REC + R_KEY_START])
  return i
}

function allocBlock(s: ChineseStats, r: number): number {
  if (s.blocksLen + BLOCK > s.blocks.length) s.blocks = grow(s.blocks, s.blocksLen + BLOCK)
  const b = s.blocksLen
  s.blocks.fill(0, b, b + BLOCK)
  s.blocksLen += BLOCK
  s.rec[r + R_BLOCK] = b
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

const firstLeft = (lenFirst: number): number => (lenFirst >>> 8) & 0x7f
const firstRight = (lenFirst: number): number => (lenFirst >>> 16) & 0x7f

/** Counts one occurrence's neighbour codes (EDGE for a clause boundary); call after raising its frequency. */
export function addNeighbours(s: ChineseStats, i: number, left: number, right: number): void {
  const r = i * REC
  const lenFirst = s.rec[r + R_LEN_FIRST]
  if (s.rec[r + R_FREQ] === 1) {
    // Seen once: the two codes stay in the record.
    s.rec[r + R_LEN_FIRST] = (lenFirst & 0xff) | (left << 8) | (right << 16)
    return
  }
  let b = s.rec[r + R_BLOCK]
  if (b < 0) {
    b = allocBlock(s, r)
    addNeighbour(s.blocks, b, 0, firstLeft(lenFirst), 1)
    addNeighbour(s.blocks, b, 1, firstRight(lenFirst), 1)
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
  const b = s.rec[i * REC + R_BLOCK]
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
  const r = i * REC
  const f = s.rec[r + R_FREQ]
  if (f === 0) return 0
  const b = s.rec[r + R_BLOCK]
  if (b < 0) {
    const lenFirst = s.rec[r + R_LEN_FIRST]
    return (side ? firstRight(lenFirst) : firstLeft(lenFirst)) === EDGE ? 1 : 0
  }
  return s.blocks[b + (side ? R_EDGE : L_EDGE)] / f
}

export function addOccurrence(s: ChineseStats, i: number, seg: number, start: number): void {
  if (s.occLen + 3 > s.occ.length) s.occ = grow(s.occ, s.occLen + 3)
  const o = s.occLen
  s.occ[o] = seg
  s.occ[o + 1] = start
  s.occ[o + 2] = -1
  s.occLen += 3
  const r = i * REC
  const tail = s.rec[r + R_OCC_TAIL]
  if (tail >= 0) s.occ[tail + 2] = o
  else s.rec[r + R_OCC_HEAD] = o
  s.rec[r + R_OCC_TAIL] = o
  s.rec[r + R_OCC_COUNT]++
}

export function addVariant(s: ChineseStats, i: number, form: string, count: number): void {
  let m = s.variants.get(i)
  if (!m) s.variants.set(i, (m = new Map()))
  m.set(form, (m.get(form) ?? 0) + count)
}

/** Candidate i's key (or its sub-run [from, to)) as a string. */
export function keyText(s: ChineseStats, i: number, from = 0, to = keyLength(s, i)): string {
  const st = keyStart(s, i)
  return String.fromCharCode.apply(null, s.pool.subarray(st + from, st + to) as unknown as number[])
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
  const own = freqOf(s, i) - other
  if (own > 0) list.push([key, own])
  return list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0])
}

export function occurrencesOfCandidate(s: ChineseStats, i: number): MinedOccurrence[] {
  const out: MinedOccurrence[] = []
  const len = keyLength(s, i)
  for (let o = s.rec[i * REC + R_OCC_HEAD]; o >= 0; o = s.occ[o + 2]) {
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
  const sr = src.rec
  for (let i = 0; i < src.size; i++) {
    const r = i * REC
    const len = sr[r + R_LEN_FIRST] & 0xff
    const j = addPoolKey(dst, sr[r + R_HASH], src.pool, sr[r + R_KEY_START], len)
    const d = dst.rec
    const q = j * REC
    const before = d[q + R_FREQ]
    d[q + R_FREQ] += sr[r + R_FREQ]
    d[q + R_DOCS] += sr[r + R_DOCS]
    d[q + R_LAST_DOC] = -1
    d[q + R_YEARS] |= sr[r + R_YEARS]
    d[q + R_AS_WORD] += sr[r + R_AS_WORD]
    d[q + R_WHOLE] += sr[r + R_WHOLE]
    d[q + R_QUOTED] += sr[r + R_QUOTED]
    d[q + R_BOUNDS] |= sr[r + R_BOUNDS]
    mergeNeighbours(dst, j, before, src, i)
    const vars = src.variants.get(i)
    if (vars) for (const [form, c] of vars) addVariant(dst, j, form, c)
    for (let o = sr[r + R_OCC_HEAD]; o >= 0 && dst.rec[q + R_OCC_COUNT] < maxOccurrences; o = src.occ[o + 2]) {
      addOccurrence(dst, j, src.occ[o], src.occ[o + 1])
    }
  }
  return dst
}

function mergeNeighbours(dst: ChineseStats, j: number, before: number, src: ChineseStats, i: number): void {
  const q = j * REC
  const r = i * REC
  const srcFirst = src.rec[r + R_LEN_FIRST]
  const sb = src.rec[r + R_BLOCK]
  if (before === 0) {
    // New in dst: copy src's inline codes or its block.
    if (sb < 0) dst.rec[q + R_LEN_FIRST] = srcFirst
    else dst.blocks.set(src.blocks.subarray(sb, sb + BLOCK), allocBlock(dst, q))
    return
  }
  let b = dst.rec[q + R_BLOCK]
  if (b < 0) {
    const dstFirst = dst.rec[q + R_LEN_FIRST]
    b = allocBlock(dst, q)
    addNeighbour(dst.blocks, b, 0, firstLeft(dstFirst), 1)
    addNeighbour(dst.blocks, b, 1, firstRight(dstFirst), 1)
  }
  if (sb < 0) {
    addNeighbour(dst.blocks, b, 0, firstLeft(srcFirst), 1)
    addNeighbour(dst.blocks, b, 1, firstRight(srcFirst), 1)
    return
  }
  const blocks = dst.blocks
  for (let k = 0; k < L_SET; k++) blocks[b + k] += src.blocks[sb + k]
  for (let k = L_SET; k < L_EDGE; k++) blocks[b + k] |= src.blocks[sb + k]
  blocks[b + L_EDGE] += src.blocks[sb + L_EDGE]
  blocks[b + R_EDGE] += src.blocks[sb + R_EDGE]
}

/** The buffers of a stats object's typed arrays, for a postMessage transfer list (each once). */
export function chineseStatsBuffers(s: ChineseStats): ArrayBuffer[] {
  const arrays = [s.table, s.rec, s.pool, s.blocks, s.occ]
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]
}
