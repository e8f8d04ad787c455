/**
 * Mergeable corpus statistics, stored compactly. Each document (or any chunk of documents) is mined into a
 * CorpusStats; stats of disjoint chunks merge by addition, so a worker pool can split the corpus, and a
 * re-mine after adding documents only needs the new documents' stats merged into the cached ones (removing
 * a document means re-merging the cached per-document stats without it).
 *
 * Why typed arrays: a 10M-word corpus yields ~1M distinct candidates; one object + Map + array per candidate
 * cost minutes of garbage collection and gigabytes. Here words are interned to integer ids, a candidate key
 * is a sequence of word ids in a shared pool, found through an open-addressing hash table, and every counter
 * is a column of an Int32Array. Everything is plain data, so a stats object crosses a worker boundary by
 * structured clone (typed arrays copy as flat buffers).
 */
import type { MinedOccurrence } from './types'

/** Surface forms kept per candidate (the most frequent are what reviewers want; the rest are rare typos). */
export const SURFACE_SLOTS = 4

/**
 * Per-candidate counts of what the text around an occurrence says about it (CUE_SLOTS per candidate):
 * a person's title or a verb of saying next to it, a place's preposition or class word, quotation marks
 * around it, and an occurrence whose reading hangs on an -ing word that may be a verb ("in emerging
 * industries": modifier or verb + object; settled over the corpus by WordCue counts, see scoring.ts).
 */
export const enum Cue {
  Person = 0,
  Place = 1,
  Quoted = 2,
  Uncertain = 3
}
export const CUE_SLOTS = 4

/** Per-word counts (WORD_CUE_SLOTS per word id) of how an -ing word is used: as a modifier where nothing
 *  else can be meant ("the emerging industries"), as a verb taking an object ("promoting the reform"),
 *  and at all. */
export const enum WordCue {
  Modifier = 0,
  Verbal = 1,
  Ing = 2
}
export const WORD_CUE_SLOTS = 3

export interface CorpusStats {
  words: number
  documents: number
  /** Interned lower-cased key words (hyphen compounds split into parts): id → word. */
  vocab: string[]
  vocabIndex: Map<string, number>
  /** Corpus count per word id, for termhood. */
  wordCount: Int32Array
  /** WORD_CUE_SLOTS counts per word id (see WordCue). */
  wordCues: Int32Array
  /** Candidates; index i is a candidate. */
  size: number
  /** Open-addressing table of candidate index + 1 (0 = empty); its length is a power of two. */
  table: Int32Array
  hash: Int32Array
  /** Key of candidate i: pool[seqStart[i] .. seqStart[i] + n[i]). */
  seqStart: Int32Array
  n: Uint8Array
  /** 0 noun phrase; 1 chain holding a preposition or conjunction ("strength in science and technology");
   *  2 lone adjective ("aerodynamic"); 3 an expression found in quotation marks ("go global"). */
  kind: Uint8Array
  freq: Int32Array
  docs: Int32Array
  /** Document id last counted, so a document counts once (valid within one chunk). */
  lastDoc: Int32Array
  /** Occurrences where the candidate is the whole phrase found (not a fragment of a longer one): the
   *  C-value idea of "occurs independently", counted directly instead of estimated from parents. */
  standalone: Int32Array
  /** Occurrences written with capitals where capitals are informative (names). */
  capitalised: Int32Array
  /** CUE_SLOTS counts per candidate (see Cue). */
  cues: Int32Array
  pool: Int32Array
  poolLen: number
  /** SURFACE_SLOTS per candidate: content hash, count and text of a surface form. */
  surfHash: Int32Array
  surfCount: Int32Array
  surfText: (string | undefined)[]
  /** Occurrence lists: per candidate head/tail/count into `occ` (4 ints: segment, start, end, next). */
  occHead: Int32Array
  occTail: Int32Array
  occCount: Int32Array
  occ: Int32Array
  occLen: number
  /** Acronym → expansion → count, from explicit "(ACR)" definitions. */
  definitions: Map<string, Map<string, number>>
}

export function emptyStats(capacity = 1024): CorpusStats {
  // A power of two: the hash table masks slots with (length - 1).
  let cap = 16
  while (cap < capacity) cap *= 2
  return {
    words: 0,
    documents: 0,
    vocab: [],
    vocabIndex: new Map(),
    wordCount: new Int32Array(cap),
    wordCues: new Int32Array(cap * WORD_CUE_SLOTS),
    size: 0,
    table: new Int32Array(cap * 2),
    hash: new Int32Array(cap),
    seqStart: new Int32Array(cap),
    n: new Uint8Array(cap),
    kind: new Uint8Array(cap),
    freq: new Int32Array(cap),
    docs: new Int32Array(cap),
    lastDoc: new Int32Array(cap),
    standalone: new Int32Array(cap),
    capitalised: new Int32Array(cap),
    cues: new Int32Array(cap * CUE_SLOTS),
    pool: new Int32Array(cap * 3),
    poolLen: 0,
    surfHash: new Int32Array(cap * SURFACE_SLOTS),
    surfCount: new Int32Array(cap * SURFACE_SLOTS),
    surfText: [],
    occHead: new Int32Array(cap),
    occTail: new Int32Array(cap),
    occCount: new Int32Array(cap),
    occ: new Int32Array(cap * 8),
    occLen: 0,
    definitions: new Map()
  }
}

function grow<T extends Int32Array | Uint8Array>(a: T, min: number): T {
  if (a.length >= min) return a
  const b = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2))
  b.set(a)
  return b
}

/** Interns a key word; returns its id. */
export function internWord(s: CorpusStats, w: string): number {
  let id = s.vocabIndex.get(w)
  if (id === undefined) {
    id = s.vocab.length
    s.vocab.push(w)
    s.vocabIndex.set(w, id)
    if (id >= s.wordCount.length) s.wordCount = grow(s.wordCount, id + 1)
    if ((id + 1) * WORD_CUE_SLOTS > s.wordCues.length) s.wordCues = grow(s.wordCues, (id + 1) * WORD_CUE_SLOTS)
  }
  return id
}

const P = 0x01000193

/** Hash of an id sequence, built so that prepending a word is O(1): h' = id·P^len + h. */
export function hashSeq(ids: ArrayLike<number>, from: number, to: number): number {
  let h = 0
  let pow = 1
  for (let k = to - 1; k >= from; k--) {
    h = (h + Math.imul(ids[k] + 1, pow)) | 0
    pow = Math.imul(pow, P)
  }
  return h
}

export function prependHash(h: number, id: number, pow: number): number {
  return (h + Math.imul(id + 1, pow)) | 0
}

export const HASH_MULT = P

/** Table slot of a hash (murmur3 finaliser: single-word keys hash to small consecutive ints, which would
 *  form one long probe cluster in a linear-probing table). */
function slotOf(h: number, mask: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) & mask
}

function sameSeq(s: CorpusStats, i: number, ids: ArrayLike<number>, from: number, len: number): boolean {
  if (s.n[i] !== len) return false
  const st = s.seqStart[i]
  const pool = s.pool
  for (let k = 0; k < len; k++) if (pool[st + k] !== ids[from + k]) return false
  return true
}

/** Index of the candidate with this key, or -1. */
export function findCandidate(s: CorpusStats, h: number, ids: ArrayLike<number>, from: number, len: number): number {
  const mask = s.table.length - 1
  let slot = slotOf(h, mask)
  for (;;) {
    const v = s.table[slot]
    if (v === 0) return -1
    const i = v - 1
    if (s.hash[i] === h && sameSeq(s, i, ids, from, len)) return i
    slot = (slot + 1) & mask
  }
}

function rehash(s: CorpusStats, size: number): void {
  const table = new Int32Array(size)
  const mask = size - 1
  for (let i = 0; i < s.size; i++) {
    const h = s.hash[i]
    let slot = slotOf(h, mask)
    while (table[slot] !== 0) slot = (slot + 1) & mask
    table[slot] = i + 1
  }
  s.table = table
}

/** Finds or adds the candidate with this key (ids[from .. from+len)). */
export function addCandidate(
  s: CorpusStats,
  h: number,
  ids: ArrayLike<number>,
  from: number,
  len: number,
  kind: number
): number {
  const found = findCandidate(s, h, ids, from, len)
  if (found >= 0) return found
  const i = s.size++
  if (i >= s.freq.length) {
    const m = i + 1
    s.hash = grow(s.hash, m)
    s.seqStart = grow(s.seqStart, m)
    s.n = grow(s.n, m)
    s.kind = grow(s.kind, m)
    s.freq = grow(s.freq, m)
    s.docs = grow(s.docs, m)
    s.lastDoc = grow(s.lastDoc, m)
    s.standalone = grow(s.standalone, m)
    s.capitalised = grow(s.capitalised, m)
    s.cues = grow(s.cues, m * CUE_SLOTS)
    s.occHead = grow(s.occHead, m)
    s.occTail = grow(s.occTail, m)
    s.occCount = grow(s.occCount, m)
    s.surfHash = grow(s.surfHash, m * SURFACE_SLOTS)
    s.surfCount = grow(s.surfCount, m * SURFACE_SLOTS)
  }
  if (s.poolLen + len > s.pool.length) s.pool = grow(s.pool, s.poolLen + len)
  for (let k = 0; k < len; k++) s.pool[s.poolLen + k] = ids[from + k]
  s.seqStart[i] = s.poolLen
  s.poolLen += len
  s.n[i] = len
  s.kind[i] = kind
  s.hash[i] = h
  s.lastDoc[i] = -1
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

/** Counts a surface form (sh = its content hash; text built only when a slot is first taken). */
export function addSurface(s: CorpusStats, i: number, sh: number, count: number, text: () => string): void {
  const base = i * SURFACE_SLOTS
  for (let k = 0; k < SURFACE_SLOTS; k++) {
    const c = s.surfCount[base + k]
    if (c === 0) {
      s.surfHash[base + k] = sh
      s.surfCount[base + k] = count
      s.surfText[base + k] = text()
      return
    }
    if (s.surfHash[base + k] === sh) {
      s.surfCount[base + k] = c + count
      return
    }
  }
}

export function addOccurrence(s: CorpusStats, i: number, seg: number, start: number, end: number): void {
  if (s.occLen + 4 > s.occ.length) s.occ = grow(s.occ, s.occLen + 4)
  const o = s.occLen
  s.occ[o] = seg
  s.occ[o + 1] = start
  s.occ[o + 2] = end
  s.occ[o + 3] = -1
  s.occLen += 4
  if (s.occTail[i] >= 0) s.occ[s.occTail[i] + 3] = o
  else s.occHead[i] = o
  s.occTail[i] = o
  s.occCount[i]++
}

/** Hash of a surface form's text, the same in every stats object (so surfaces merge across chunks). */
export function stringHash(str: string): number {
  let h = 0x811c9dc5
  for (let k = 0; k < str.length; k++) h = Math.imul(h ^ str.charCodeAt(k), 0x01000193)
  return h | 0
}

/** A surface form's hash from its words' string hashes (prepend order, as the extractor rolls it). */
export function surfaceHash(text: string): number {
  const words = text.split(' ')
  let h = 0
  let pow = 1
  for (let k = words.length - 1; k >= 0; k--) {
    h = (h + Math.imul(stringHash(words[k]), pow)) | 0
    pow = Math.imul(pow, P)
  }
  return h
}

export function keyOf(s: CorpusStats, i: number): string {
  const st = s.seqStart[i]
  let out = s.vocab[s.pool[st]]
  for (let k = 1; k < s.n[i]; k++) out += ' ' + s.vocab[s.pool[st + k]]
  return out
}

export function wordsOf(s: CorpusStats, i: number): string[] {
  const st = s.seqStart[i]
  const out: string[] = new Array(s.n[i])
  for (let k = 0; k < s.n[i]; k++) out[k] = s.vocab[s.pool[st + k]]
  return out
}

/** Surface forms, most frequent first. */
export function surfacesOf(s: CorpusStats, i: number): string[] {
  const list: [string, number][] = []
  for (let k = 0; k < SURFACE_SLOTS; k++) {
    const c = s.surfCount[i * SURFACE_SLOTS + k]
    const t = s.surfText[i * SURFACE_SLOTS + k]
    if (c > 0 && t !== undefined) list.push([t, c])
  }
  return list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0])
}

export function occurrencesOf(s: CorpusStats, i: number): MinedOccurrence[] {
  const out: MinedOccurrence[] = []
  for (let o = s.occHead[i]; o >= 0; o = s.occ[o + 3]) {
    out.push({ segmentId: s.occ[o], start: s.occ[o + 1], end: s.occ[o + 2] })
  }
  return out
}

/** Adds `src` into `dst` (chunks must hold disjoint documents). Returns dst. */
export function mergeStats(dst: CorpusStats, src: CorpusStats, maxOccurrences = 50): CorpusStats {
  dst.words += src.words
  dst.documents += src.documents
  const idMap = new Int32Array(src.vocab.length)
  for (let w = 0; w < src.vocab.length; w++) {
    const id = internWord(dst, src.vocab[w])
    idMap[w] = id
    dst.wordCount[id] += src.wordCount[w]
    for (let k = 0; k < WORD_CUE_SLOTS; k++) {
      dst.wordCues[id * WORD_CUE_SLOTS + k] += src.wordCues[w * WORD_CUE_SLOTS + k]
    }
  }
  const seq = new Int32Array(256)
  for (let i = 0; i < src.size; i++) {
    const len = src.n[i]
    const st = src.seqStart[i]
    for (let k = 0; k < len; k++) seq[k] = idMap[src.pool[st + k]]
    const j = addCandidate(dst, hashSeq(seq, 0, len), seq, 0, len, src.kind[i])
    dst.freq[j] += src.freq[i]
    dst.docs[j] += src.docs[i]
    dst.standalone[j] += src.standalone[i]
    dst.capitalised[j] += src.capitalised[i]
    for (let k = 0; k < CUE_SLOTS; k++) dst.cues[j * CUE_SLOTS + k] += src.cues[i * CUE_SLOTS + k]
    dst.lastDoc[j] = -1
    for (let k = 0; k < SURFACE_SLOTS; k++) {
      const c = src.surfCount[i * SURFACE_SLOTS + k]
      const t = src.surfText[i * SURFACE_SLOTS + k]
      if (c > 0 && t !== undefined) addSurface(dst, j, src.surfHash[i * SURFACE_SLOTS + k], c, () => t)
    }
    for (let o = src.occHead[i]; o >= 0 && dst.occCount[j] < maxOccurrences; o = src.occ[o + 3]) {
      addOccurrence(dst, j, src.occ[o], src.occ[o + 1], src.occ[o + 2])
    }
  }
  for (const [a, m] of src.definitions) {
    let d = dst.definitions.get(a)
    if (!d) dst.definitions.set(a, (d = new Map()))
    for (const [e, c] of m) d.set(e, (d.get(e) ?? 0) + c)
  }
  return dst
}

/**
 * A copy without the candidates seen fewer than `minFreq` times: for a worker that has mined a large share
 * of a big corpus, a phrase seen once there cannot reach the cut after merging (the cut rank grows only
 * with √words), and such hapaxes are most of the table. Word counts are kept whole.
 */
export function pruneStats(src: CorpusStats, minFreq = 2, maxOccurrences = 50): CorpusStats {
  const dst = emptyStats(Math.max(1024, src.size >> 2))
  dst.words = src.words
  dst.documents = src.documents
  dst.vocab = src.vocab.slice()
  dst.vocabIndex = new Map(src.vocabIndex)
  dst.wordCount = src.wordCount.slice(0, Math.max(16, src.vocab.length))
  dst.wordCues = src.wordCues.slice(0, Math.max(16, src.vocab.length) * WORD_CUE_SLOTS)
  dst.definitions = src.definitions
  const seq = new Int32Array(256)
  for (let i = 0; i < src.size; i++) {
    if (src.freq[i] < minFreq) continue
    const len = src.n[i]
    const st = src.seqStart[i]
    for (let k = 0; k < len; k++) seq[k] = src.pool[st + k]
    const j = addCandidate(dst, src.hash[i], seq, 0, len, src.kind[i])
    dst.freq[j] = src.freq[i]
    dst.docs[j] = src.docs[i]
    dst.standalone[j] = src.standalone[i]
    dst.capitalised[j] = src.capitalised[i]
    for (let k = 0; k < CUE_SLOTS; k++) dst.cues[j * CUE_SLOTS + k] = src.cues[i * CUE_SLOTS + k]
    dst.lastDoc[j] = src.lastDoc[i]
    for (let k = 0; k < SURFACE_SLOTS; k++) {
      const c = src.surfCount[i * SURFACE_SLOTS + k]
      const t = src.surfText[i * SURFACE_SLOTS + k]
      if (c > 0 && t !== undefined) addSurface(dst, j, src.surfHash[i * SURFACE_SLOTS + k], c, () => t)
    }
    for (let o = src.occHead[i]; o >= 0 && dst.occCount[j] < maxOccurrences; o = src.occ[o + 3]) {
      addOccurrence(dst, j, src.occ[o], src.occ[o + 1], src.occ[o + 2])
    }
  }
  return dst
}
