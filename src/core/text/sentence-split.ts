/**
 * Sentence segmentation for English and Chinese corpus text.
 *
 * One left-to-right pass over the text (linear time, bounded look-around), so a 50,000-character
 * line without punctuation cannot hang the importer. Every line break ends a segment: corpus
 * text is normalised so that a newline is a paragraph or title boundary, never a soft wrap.
 */
import { isHanCode, isSpaceCode } from '../../shared/script'
import type { Lang } from '../../shared/vocabulary'
import {
  ALWAYS_ABBREVIATIONS,
  DIGIT_ABBREVIATIONS,
  ENDING_ABBREVIATIONS,
  SENTENCE_STARTERS,
  SPEECH_VERBS
} from './sentence-abbreviations'

export interface TextSpan {
  start: number
  end: number
  text: string
}

/** Longest segment we emit; longer runs are cut at a comma or space near this length. */
export const MAX_SEGMENT_CHARS = 2000

export function splitSentences(text: string, lang: Lang): TextSpan[] {
  const out: TextSpan[] = []
  let lineStart = 0
  const n = text.length
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      if (i > lineStart) splitLine(text, lineStart, i, lang, out)
      lineStart = i + 1
    }
  }
  return out
}

/** Characters that can end a sentence (ASCII and CJK). */
function isTerminator(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x2026 || // . ! ? …
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff1b ||
    c === 0xff61
  ) // 。！？；｡
}

function isChineseTerminator(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff61
}

/** Closing quotes and brackets that belong to the sentence they follow. */
function isCloser(c: number): boolean {
  switch (c) {
    case 0x22:
    case 0x27:
    case 0x29:
    case 0x5d:
    case 0x7d: // " ' ) ] }
    case 0x201d:
    case 0x2019:
    case 0xbb:
    case 0x203a: // ” ’ » ›
    case 0xff09:
    case 0x300d:
    case 0x300f:
    case 0x300b:
    case 0x3011:
    case 0x3015:
    case 0x3009:
    case 0xff3d:
      return true
    default:
      return false
  }
}

function isQuoteCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x300d || c === 0x300f
}

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
}

function isLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7)
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

function splitLine(text: string, lineStart: number, lineEnd: number, lang: Lang, out: TextSpan[]): void {
  let segStart = lineStart
  let i = lineStart
  while (i < lineEnd) {
    const c = text.charCodeAt(i)
    const semicolonInZh = lang === 'zh' && c === 0x3b && i > lineStart && isHanCode(text.charCodeAt(i - 1))
    if (!isTerminator(c) && !semicolonInZh) {
      i++
      continue
    }
    // Gather the whole terminator cluster ("?!", "...", "。”", ".)") before deciding.
    let k = i
    let dots = 0
    let hasChinese = semicolonInZh
    let hasQuestion = false
    let hasEllipsis = false
    while (k < lineEnd && (isTerminator(text.charCodeAt(k)) || (semicolonInZh && k === i))) {
      const t = text.charCodeAt(k)
      if (t === 0x2e) dots++
      else if (t === 0x21 || t === 0x3f) hasQuestion = true
      else if (t === 0x2026) hasEllipsis = true
      else if (isChineseTerminator(t)) hasChinese = true
      k++
    }
    const termEnd = k
    let hasQuoteCloser = false
    while (k < lineEnd && isCloser(text.charCodeAt(k))) {
      if (isQuoteCloser(text.charCodeAt(k))) hasQuoteCloser = true
      k++
    }
    if (dots >= 2) hasEllipsis = true
    if (
      shouldBreak(text, lineStart, i, termEnd, k, lineEnd, lang, {
        dots,
        hasChinese,
        hasQuestion,
        hasEllipsis,
        hasQuoteCloser
      })
    ) {
      pushSegment(text, segStart, k, out)
      segStart = k
    }
    i = k > i ? k : i + 1
  }
  pushSegment(text, segStart, lineEnd, out)
}

interface Cluster {
  dots: number
  hasChinese: boolean
  hasQuestion: boolean
  hasEllipsis: boolean
  hasQuoteCloser: boolean
}

function shouldBreak(
  text: string,
  lineStart: number,
  termStart: number,
  termEnd: number,
  clusterEnd: number,
  lineEnd: number,
  lang: Lang,
  cl: Cluster
): boolean {
  if (clusterEnd >= lineEnd) return true // the line ends anyway
  if (cl.hasChinese) return true
  const prev = termStart > lineStart ? text.charCodeAt(termStart - 1) : 0
  const after = text.charCodeAt(clusterEnd)
  if (!isSpaceCode(after)) {
    // No space after the cluster: "3.5", "chinadaily.com.cn", "U.S.-China" stay whole. Chinese text
    // follows its own punctuation without a space, so a Han character after it is a boundary.
    // A bare ASCII full stop before Han text ends a sentence only when it follows Han text itself
    // ("发展.然后"); after Latin letters it is an abbreviation ("Co., Ltd.）发布").
    if (!isHanCode(after)) return false
    return cl.hasEllipsis || cl.hasQuestion || isHanCode(prev)
  }
  if (lang === 'zh' && isHanCode(prev) && (cl.hasQuestion || cl.hasEllipsis)) return true
  let m = clusterEnd
  while (m < lineEnd && isSpaceCode(text.charCodeAt(m))) m++
  if (m >= lineEnd) return true
  const next = text.charCodeAt(m)
  if (cl.hasQuestion || cl.hasEllipsis) {
    if (isLower(next)) return false
    if (cl.hasQuestion && cl.hasQuoteCloser && isSpeechAttribution(text, m, lineEnd)) return false
    if (cl.hasEllipsis && !cl.hasQuestion) return startsSentence(text, m, lineEnd, next)
    return true
  }
  // A single full stop: decide from the token before it and the word after it.
  if (isLower(next) || next === 0x2c || next === 0x3b || next === 0x3a) return false
  const token = tokenBefore(text, lineStart, termStart)
  if (token === '') return true
  const lower = token.toLowerCase()
  if (ALWAYS_ABBREVIATIONS.has(lower)) return false
  if (isDigit(next) && DIGIT_ABBREVIATIONS.has(lower)) return false
  const dotted = lower.includes('.')
  const initial = token.length === 1 && isUpper(token.charCodeAt(0))
  if (lower === 'etc') return isUpper(next) || startsWithOpener(next)
  if (dotted || initial || ENDING_ABBREVIATIONS.has(lower) || DIGIT_ABBREVIATIONS.has(lower)) {
    // "U.S. President", "Co. Ltd", "Xi J. Ping" continue; "in the U.S. The ..." ends.
    return isStarterWord(text, m, lineEnd)
  }
  return true
}

/** The letters-and-dots word that ends just before position `end` (bounded look-back). */
function tokenBefore(text: string, lineStart: number, end: number): string {
  let s = end
  const limit = Math.max(lineStart, end - 24)
  while (s > limit) {
    const c = text.charCodeAt(s - 1)
    if (isAsciiLetter(c) || c === 0x2e) s--
    else break
  }
  if (s === limit && s > lineStart && isAsciiLetter(text.charCodeAt(s - 1))) return ''
  // A token glued to digits or other letters ("5m", "café") is not an abbreviation.
  if (s > lineStart) {
    const b = text.charCodeAt(s - 1)
    if (isDigit(b) || (b > 0x7f && !isSpaceCode(b) && !isOpener(b))) return ''
  }
  return text.slice(s, end).replace(/^\.+/, '')
}

function isOpener(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x28 ||
    c === 0x5b ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 0xab ||
    c === 0x300c ||
    c === 0x300e ||
    c === 0xff08 ||
    c === 0x2014 ||
    c === 0x2013
  )
}

function startsWithOpener(c: number): boolean {
  return isOpener(c) && c !== 0x2014 && c !== 0x2013
}

function startsSentence(text: string, m: number, lineEnd: number, next: number): boolean {
  if (isUpper(next) || isDigit(next) || isHanCode(next)) return true
  if (startsWithOpener(next) && m + 1 < lineEnd) {
    const n2 = text.charCodeAt(m + 1)
    return isUpper(n2) || isDigit(n2) || isHanCode(n2)
  }
  return false
}

/** Next word is a capitalised function word that typically opens a sentence ("The", "He", "In"). */
function isStarterWord(text: string, m: number, lineEnd: number): boolean {
  if (m < lineEnd && startsWithOpener(text.charCodeAt(m))) return true
  if (m >= lineEnd || !isUpper(text.charCodeAt(m))) return false
  let e = m
  while (e < lineEnd && e - m < 16 && isAsciiLetter(text.charCodeAt(e))) e++
  if (e < lineEnd && text.charCodeAt(e) === 0x2e) return false // another abbreviation ("Co. Ltd.")
  return SENTENCE_STARTERS.has(text.slice(m, e).toLowerCase())
}

/** `?”  Xi asked.` — a quoted question followed by its speaker stays one sentence. */
function isSpeechAttribution(text: string, m: number, lineEnd: number): boolean {
  const ahead = text.slice(m, Math.min(lineEnd, m + 80))
  const match = /^((?:[A-Z][\p{L}'’.-]*\s+){1,4}|(?:he|she|they|we|I|it)\s+)([a-z]+)\b/u.exec(ahead)
  return match !== null && SPEECH_VERBS.has(match[2])
}

function pushSegment(text: string, start: number, end: number, out: TextSpan[]): void {
  let s = start
  let e = end
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
  while (e - s > MAX_SEGMENT_CHARS) {
    const cut = findCut(text, s, s + MAX_SEGMENT_CHARS)
    pushTrimmed(text, s, cut, out)
    s = cut
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++
  }
  pushTrimmed(text, s, e, out)
}

function pushTrimmed(text: string, start: number, end: number, out: TextSpan[]): void {
  let s = start
  let e = end
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) })
}

/**
 * Where to cut an over-long run: after the last comma-like mark in the second half of the window,
 * else at the last space, else hard at the limit (never inside a surrogate pair). Scans at most
 * half a window per cut, so cutting stays linear overall.
 */
function findCut(text: string, start: number, limit: number): number {
  const floor = start + (MAX_SEGMENT_CHARS >> 1)
  for (let j = limit; j > floor; j--) {
    const c = text.charCodeAt(j - 1)
    if (c === 0xff0c || c === 0x3001 || c === 0xff1a || c === 0x2c || c === 0x3b || c === 0x3a) return j
  }
  for (let j = limit; j > floor; j--) {
    if (isSpaceCode(text.charCodeAt(j - 1))) return j
  }
  const hi = text.charCodeAt(limit - 1)
  return hi >= 0xd800 && hi <= 0xdbff ? limit - 1 : limit
}
