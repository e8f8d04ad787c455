/**
 * Candidate extraction from one Chinese segment. No segmenter keeps policy compounds whole (新质/生产力,
 * 供给/侧/结构性/改革, 碳/达/峰/碳/中/和), so every run of 1..maxPieces consecutive pieces inside a clause is
 * counted, as long as it starts and ends on a piece that may open / close a term (zh-function-words.ts); the
 * ranking (ranking.ts) decides from cohesion, boundary freedom, nestedness, recurrence and specificity which
 * runs are units. A piece is a segmenter word or, for a dictionary word of four characters or more, each of
 * the dictionary words it is made of (扩大内需 → 扩大|内需, 养老保险 → 养老|保险), so a term inside a longer
 * word (内需, 基本养老) is counted too. With jieba's HMM off, an unknown word comes as single characters, so
 * runs of pieces are also the character n-grams where the dictionary knows nothing (放/管/服).
 *
 * Clauses end at punctuation, spaces, numbers and anything that is neither Han nor a Latin word; a clause
 * that is a whole quotation or title (“…”, 《…》) marks the candidate filling it as quoted.
 */
import { isHanCode } from '../../../shared/script'
import type { Segmenter } from '../../text/segmenter'
import { ZH_MEASURES, ZH_NO_END, ZH_NO_START } from '../../text/zh-function-words'
import { type ChineseReference, referenceTag } from './reference'
import {
  addKey,
  addNeighbours,
  addOccurrence,
  addVariant,
  type ChineseStats,
  EDGE,
  extendHash,
  neighbourCode,
  R_AS_WORD,
  R_BOUNDS,
  R_DOCS,
  R_FREQ,
  R_LAST_DOC,
  R_OCC_COUNT,
  R_QUOTED,
  R_WHOLE,
  R_YEARS,
  REC
} from './stats'

export interface ExtractLimits {
  /** Longest candidate in characters (runs of pieces), and in pieces. */
  maxChars: number
  maxPieces: number
  /** Longest quotation or title taken whole, in characters (≤ 31). */
  maxQuoted: number
  maxOccurrences: number
}

export interface ExtractContext {
  stats: ChineseStats
  segmenter: Segmenter
  ref: ChineseReference | null | undefined
  limits: ExtractLimits
  docId: number
  /** Bit of the document's year (year mod 32), 0 when undated. */
  yearBit: number
  /** Piece text → its flags and internal split (per worker, grows with the vocabulary). */
  pieceCache: PieceCache
}

/** Flags of the pieces seen so far: one-character pieces (most of them) in a table by code unit, the rest by
 *  text. Reusable across calls with the same reference table. */
export interface PieceCache {
  words: Map<string, number>
  /** Code unit → flags + 1 (0: not computed yet). */
  chars: Int32Array
}

export function newPieceCache(): PieceCache {
  return { words: new Map(), chars: new Int32Array(0x10000) }
}

// Piece flags (the low byte); bits 8..31 of a cached entry: internal boundaries of a long dictionary word.
const CAN_START = 1
const CAN_END = 2
const HAN = 4
const NUMERAL = 8
const LATIN = 16
const WORD_START = 32
const WORD_END = 64

const NUMERAL_CHARS = new Set('〇零一二三四五六七八九十百千万亿两'.split('').map((c) => c.charCodeAt(0)))
const GE = '个'.charCodeAt(0)

/** Quotation and title marks whose span, taken whole, is one candidate. */
const OPENERS = new Set('“‘《「『〈"'.split('').map((c) => c.charCodeAt(0)))
const CLOSERS = new Set('”’》」』〉"'.split('').map((c) => c.charCodeAt(0)))

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
}

/** Han (a low surrogate after a Han high surrogate counts with it: CJK extensions B–F). */
function isHanWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k)
    if (!isHanCode(c) && !(c >= 0xdc00 && c <= 0xdfff && k > 0)) return false
  }
  return w.length > 0
}

function isLatinWord(w: string): boolean {
  let letter = false
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k)
    if (isAsciiLetter(c)) letter = true
    else if (!isDigit(c)) return false
  }
  return letter
}

/** All numeral characters, optionally closed by 个 (两个, 四个): the head of a numeral formula. */
function isNumeralWord(w: string): boolean {
  let k = 0
  for (; k < w.length; k++) if (!NUMERAL_CHARS.has(w.charCodeAt(k))) break
  return k > 0 && (k === w.length || (k === w.length - 1 && w.charCodeAt(k) === GE))
}

/** Internal boundaries of a dictionary word of 4+ characters: after k characters when both sides are words
 *  of two or more characters in the reference. Bit k set for a boundary after k characters. */
function internalSplits(w: string, ref: ChineseReference | null | undefined): number {
  if (!ref || w.length < 4 || w.length > 24) return 0
  let mask = 0
  for (let k = 2; k <= w.length - 2; k++) {
    if (ref.index.has(w.slice(0, k)) && ref.index.has(w.slice(k))) mask |= 1 << k
  }
  return mask
}

/** Flags of a piece's text, without the context-dependent WORD_* bits. */
function pieceFlags(w: string, ref: ChineseReference | null | undefined): number {
  if (isLatinWord(w)) return LATIN | CAN_START | CAN_END
  if (!isHanWord(w)) return 0
  let f = HAN
  if (isNumeralWord(w)) return f | NUMERAL | CAN_END
  if (!ZH_NO_START.has(w) && !ZH_MEASURES.has(w)) {
    // Quantities (一批, 一系列, 一些) open no term; the numeral formulae (两个一百年) start with NUMERAL pieces.
    const tag = referenceTag(ref, w)
    if (tag !== 'm' && tag !== 'mq' && tag !== 'q') f |= CAN_START
  }
  if (!ZH_NO_END.has(w)) f |= CAN_END
  return f
}

/** Per-segment piece buffers, reused (a 200,000-character line grows them once). */
let cap = 0
let pStart = new Int32Array(0)
let pEnd = new Int32Array(0)
let pFlags = new Int32Array(0)
let pWord = new Int32Array(0)
/** Span of the segmenter word a piece belongs to. */
let pWordStart = new Int32Array(0)
let pWordEnd = new Int32Array(0)
/** Neighbour codes: the word before / after the piece (EDGE at the clause's ends). */
let pLeft = new Int32Array(0)
let pRight = new Int32Array(0)

function ensure(n: number): void {
  if (n <= cap) return
  cap = Math.max(n, cap * 2, 256)
  pStart = new Int32Array(cap)
  pEnd = new Int32Array(cap)
  pFlags = new Int32Array(cap)
  pWord = new Int32Array(cap)
  pWordStart = new Int32Array(cap)
  pWordEnd = new Int32Array(cap)
  pLeft = new Int32Array(cap)
  pRight = new Int32Array(cap)
}

function hashSpan(s: string, from: number, to: number): number {
  let h = 0
  for (let k = from; k < to; k++) h = extendHash(h, s.charCodeAt(k))
  return neighbourCode(h)
}

/**
 * Neighbours are words, not characters: the characters next to a term often repeat while the words differ
 * (城镇居民 / 农村居民 人均可支配收入 share 民). A candidate starting where a segmenter word starts has that
 * word's predecessor as neighbour; one starting inside a long word (内需 in 扩大内需), the part before it.
 */
function setNeighbours(folded: string, first: number, last: number): void {
  for (let p = first; p <= last; p++) {
    if (p === first) pLeft[p] = EDGE
    else if (pFlags[p] & WORD_START) pLeft[p] = hashSpan(folded, pWordStart[p - 1], pStart[p])
    else pLeft[p] = hashSpan(folded, pStart[p - 1], pStart[p])
    if (p === last) pRight[p] = EDGE
    else if (pFlags[p] & WORD_END) pRight[p] = hashSpan(folded, pEnd[p], pWordEnd[p + 1])
    else pRight[p] = hashSpan(folded, pEnd[p], pEnd[p + 1])
  }
}

function cachedInfo(ctx: ExtractContext, w: string): number {
  if (w.length === 1) {
    const c = w.charCodeAt(0)
    const known = ctx.pieceCache.chars[c]
    if (known) return known - 1
    const flags = pieceFlags(w, ctx.ref)
    ctx.pieceCache.chars[c] = flags + 1
    return flags
  }
  let info = ctx.pieceCache.words.get(w)
  if (info === undefined) {
    info = pieceFlags(w, ctx.ref)
    if (info & HAN && !(info & NUMERAL)) info |= internalSplits(w, ctx.ref) << 8
    ctx.pieceCache.words.set(w, info)
  }
  return info
}

/** The segmenter's words of a text, covering it exactly (the fast path when the segmenter has one). */
function wordTexts(text: string, segmenter: Segmenter): string[] {
  if (segmenter.words) {
    const words = segmenter.words(text)
    let len = 0
    for (const w of words) len += w.length
    if (len === text.length) return words
  }
  // Words from segment(); any text they do not cover becomes a word of its own, so the cover is exact.
  const out: string[] = []
  let pos = 0
  for (const w of segmenter.segment(text)) {
    if (w.start < pos || w.end > text.length || w.end <= w.start) continue
    if (w.start > pos) out.push(text.slice(pos, w.start))
    out.push(text.slice(w.start, w.end))
    pos = w.end
  }
  if (pos < text.length) out.push(text.slice(pos))
  return out
}

/**
 * Mines one segment: `folded` is its folded text (fold.ts, same length as `original`). Returns the number of
 * Han characters seen.
 */
export function extractSegment(segId: number, original: string, folded: string, ctx: ExtractContext): number {
  const texts = wordTexts(folded, ctx.segmenter)
  ensure(folded.length + 1)
  let n = 0
  let han = 0
  let pos = 0
  for (let wi = 0; wi < texts.length; wi++) {
    const text = texts[wi]
    const start = pos
    const end = (pos += text.length)
    const info = cachedInfo(ctx, text)
    const flags = info & 0xff
    const splits = info >>> 8
    if (flags & HAN) han += text.length
    if (splits === 0) {
      // A break piece has flags 0: kept as a piece, so that clauses are the runs between breaks.
      pStart[n] = start
      pEnd[n] = end
      pFlags[n] = flags & (HAN | LATIN) ? flags | WORD_START | WORD_END : 0
      pWord[n] = wi
      pWordStart[n] = start
      pWordEnd[n] = end
      n++
      continue
    }
    // A long dictionary word made of dictionary words: its parts are pieces (the whole stays a run of them).
    let from = 0
    for (let k = 1; k <= text.length; k++) {
      if (k < text.length && !(splits & (1 << k))) continue
      pStart[n] = start + from
      pEnd[n] = start + k
      pFlags[n] =
        (cachedInfo(ctx, text.slice(from, k)) & 0xff) |
        (from === 0 ? WORD_START : 0) |
        (k === text.length ? WORD_END : 0)
      pWord[n] = wi
      pWordStart[n] = start
      pWordEnd[n] = end
      n++
      from = k
    }
  }
  rescueEdges(folded, n, ctx.ref)
  let first = 0
  while (first < n) {
    if (pFlags[first] === 0) {
      first++
      continue
    }
    let last = first
    while (last + 1 < n && pFlags[last + 1] !== 0) last++
    countClause(segId, original, folded, first, last, ctx)
    first = last + 1
  }
  return han
}

/**
 * A one-character function word that forms a dictionary word with the single character before it was cut
 * off by the segmenter's choice, not by grammar: 碳/中/和 (中和 "neutrality"), so 碳中和 may end on 和. Only
 * after a one-character piece (an unknown word jieba left in characters): after a whole word (改革/和) the
 * function word is grammar. Never at the start: 和/服务 would make "和服" of it.
 */
function rescueEdges(folded: string, n: number, ref: ChineseReference | null | undefined): void {
  if (!ref) return
  for (let p = 1; p < n; p++) {
    const f = pFlags[p]
    if (!(f & HAN) || f & (NUMERAL | CAN_END) || pEnd[p] - pStart[p] !== 1) continue
    if (!(pFlags[p - 1] & HAN) || pEnd[p - 1] - pStart[p - 1] !== 1) continue
    if (ref.index.has(folded.slice(pStart[p - 1], pEnd[p]))) pFlags[p] |= CAN_END
  }
}

/** Counts every admissible run of pieces first..last (one clause). */
function countClause(
  segId: number,
  original: string,
  folded: string,
  first: number,
  last: number,
  ctx: ExtractContext
): void {
  const { limits } = ctx
  setNeighbours(folded, first, last)
  const sameText = original === folded
  const clauseStart = pStart[first]
  const clauseEnd = pEnd[last]
  const before = clauseStart > 0 ? folded.charCodeAt(clauseStart - 1) : 0
  const after = clauseEnd < folded.length ? folded.charCodeAt(clauseEnd) : 0
  const quotedClause = OPENERS.has(before) && CLOSERS.has(after)
  // After a number, a measure word or unit belongs to the quantity (2.17万亿美元): no run starts on it.
  const afterNumber = isDigit(before) || before === 0x2e || before === 0x25 || before === 0xff05 || before === 0xff0e
  let wholeCounted = false
  for (let i = first; i <= last; i++) {
    const fi = pFlags[i]
    if (!(fi & (CAN_START | NUMERAL))) continue
    if (i === first && afterNumber && !(fi & LATIN) && startsWithMeasure(folded, pStart[i], pEnd[i])) continue
    const start = pStart[i]
    let h = 0
    let pos = start
    let hasHan = false
    let allNumeral = true
    let mask = 0
    for (let j = i; j <= last && j - i < limits.maxPieces; j++) {
      const end = pEnd[j]
      if (end - start > limits.maxChars) break
      for (; pos < end; pos++) h = extendHash(h, folded.charCodeAt(pos))
      const fj = pFlags[j]
      if (fj & HAN) hasHan = true
      if (!(fj & NUMERAL)) allNumeral = false
      if (j > i) mask |= 1 << (pStart[j] - start)
      if (!(fj & CAN_END) || !hasHan || end - start < 2) continue
      // A numeral formula: numerals then content (两个一百年, 六稳, 三去一降一补), never numerals then a unit
      // (三年, 两个方面 is left to the ranking); numerals alone only from three characters on (十四五).
      if (fi & NUMERAL) {
        if (allNumeral ? end - start < 3 || hasZero(folded, start, end) : !numeralHeadOk(folded, i, j)) continue
      }
      const whole = i === first && j === last
      if (whole) wholeCounted = true
      count(segId, original, folded, sameText, start, end, mask, i, j, whole, whole && quotedClause, h, ctx)
    }
  }
  // A quotation or title longer than a run may be is still taken whole (《中华人民共和国劳动合同法》).
  const len = clauseEnd - clauseStart
  if (quotedClause && !wholeCounted && len >= 2 && len <= limits.maxQuoted) {
    if (pFlags[first] & CAN_START && pFlags[last] & CAN_END && !(pFlags[first] & NUMERAL)) {
      let h = 0
      let mask = 0
      for (let pos = clauseStart; pos < clauseEnd; pos++) h = extendHash(h, folded.charCodeAt(pos))
      for (let p = first + 1; p <= last; p++) mask |= 1 << (pStart[p] - clauseStart)
      count(segId, original, folded, sameText, clauseStart, clauseEnd, mask, first, last, true, true, h, ctx)
    }
  }
}

function hasZero(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k)
    if (c === 0x3007 || c === 0x96f6) return true
  }
  return false
}

/** Does the run i..j continue its numeral head with content rather than a measure word or unit? */
function numeralHeadOk(folded: string, i: number, j: number): boolean {
  let k = i
  while (k <= j && pFlags[k] & NUMERAL) k++
  if (k > j) return true
  return !startsWithMeasure(folded, pStart[k], pEnd[k])
}

/** Is the piece a measure word or unit, or does it begin with one (万亿元, 亿美元)? */
function startsWithMeasure(folded: string, from: number, to: number): boolean {
  const w = folded.slice(from, to)
  if (ZH_MEASURES.has(w)) return true
  return to - from > 1 && (ZH_MEASURES.has(w[0]) || ZH_MEASURES.has(w.slice(0, 2)))
}

function count(
  segId: number,
  original: string,
  folded: string,
  sameText: boolean,
  start: number,
  end: number,
  mask: number,
  i: number,
  j: number,
  whole: boolean,
  quoted: boolean,
  h: number,
  ctx: ExtractContext
): void {
  const { stats } = ctx
  const c = addKey(stats, h, folded, start, end - start)
  const rec = stats.rec
  const r = c * REC
  rec[r + R_FREQ]++
  if (rec[r + R_LAST_DOC] !== ctx.docId) {
    rec[r + R_LAST_DOC] = ctx.docId
    rec[r + R_DOCS]++
  }
  rec[r + R_YEARS] |= ctx.yearBit
  rec[r + R_BOUNDS] |= mask
  if (pWord[i] === pWord[j] && pFlags[i] & WORD_START && pFlags[j] & WORD_END) rec[r + R_AS_WORD]++
  if (whole) rec[r + R_WHOLE]++
  if (quoted) rec[r + R_QUOTED]++
  addNeighbours(stats, c, pLeft[i], pRight[j])
  if (!sameText) {
    let k = start
    while (k < end && original.charCodeAt(k) === folded.charCodeAt(k)) k++
    if (k < end) addVariant(stats, c, original.slice(start, end), 1)
  }
  if (stats.rec[r + R_OCC_COUNT] < ctx.limits.maxOccurrences) addOccurrence(stats, c, segId, start)
}
