/**
 * Chinese word boundaries for the concordance, computed on the fly from a Segmenter (jieba in the app):
 * "whole words" searches keep a hit only where both its Chinese ends fall on word boundaries (发展 is not
 * found inside 发展中国家), and Chinese collocates count the words around a hit.
 *
 * Only the stretch of text around a hit is segmented. jieba cuts its input into blocks of Han characters,
 * ASCII letters and digits first and segments each block on its own, so a stretch that starts and ends at a
 * character outside every block (punctuation, a space) is segmented exactly as the whole text would be. The
 * stretch reaches out to such a character, at most REACH characters; a sentence longer than that without any
 * punctuation is cut there (its far words may then differ, never the ones at the hit).
 *
 * The segmenter reads the folded text (fold.ts: simplified characters, same length), so traditional text is
 * cut with jieba's simplified dictionary and offsets stay those of the original.
 */
import { isHanCode } from '../../shared/script'
import type { Segmenter } from '../text/segmenter'
import { foldText } from './fold'
import type { MatchSpan } from './verify-match'

/** How far past a hit the segmented stretch may reach for a place where jieba's blocks end. */
export const REACH = 64

/** Characters inside jieba's blocks (Han, ASCII letters and digits, +#&._%-): no cut is safe next to them. */
function inBlock(c: number): boolean {
  return (
    isHanCode(c) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2b ||
    c === 0x23 ||
    c === 0x26 ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x25 ||
    c === 0x2d ||
    (c >= 0xdc00 && c <= 0xdfff)
  )
}

/** Where a stretch segmented for [from, to) should start and end. */
export function stretchAround(text: string, from: number, to: number, reach = REACH): { start: number; end: number } {
  let start = from
  const minStart = Math.max(0, from - reach)
  while (start > minStart && inBlock(text.charCodeAt(start - 1))) start--
  let end = to
  const maxEnd = Math.min(text.length, to + reach)
  while (end < maxEnd && inBlock(text.charCodeAt(end))) end++
  return { start, end }
}

/** The words of text.slice(start, end) as [start, end) offsets into `text`, segmenting its folded form. */
export function wordsOf(
  segmenter: Segmenter,
  text: string,
  start: number,
  end: number,
  folded = foldText(text, { matchCase: true })
): { start: number; end: number }[] {
  const part = folded.slice(start, end)
  const out: { start: number; end: number }[] = []
  if (segmenter.words) {
    let at = start
    for (const w of segmenter.words(part)) {
      out.push({ start: at, end: at + w.length })
      at += w.length
    }
    // The fast path's contract: the words concatenate to the input. Should they not, trust offsets instead.
    if (at === end) return out
    out.length = 0
  }
  for (const w of segmenter.segment(part)) out.push({ start: start + w.start, end: start + w.end })
  return out
}

/** Sets marks[p] = 1 at every word boundary p of folded.slice(start, end). */
function markWords(segmenter: Segmenter, folded: string, start: number, end: number, marks: Uint8Array): void {
  const part = folded.slice(start, end)
  if (segmenter.words) {
    const words = segmenter.words(part)
    let at = start
    for (const w of words) {
      marks[at] = 1
      at += w.length
    }
    if (at === end) {
      marks[at] = 1
      return
    }
    // The fast path's contract is that the words concatenate to the input; should they not, use offsets.
    marks.fill(0, start, Math.min(at, end) + 1)
  }
  for (const w of segmenter.segment(part)) {
    marks[start + w.start] = 1
    marks[start + w.end] = 1
  }
}

/**
 * Word boundaries of a text around given spans: `has(pos)` is true where a word starts or ends. Positions
 * outside the segmented stretches are never asked about.
 */
export class WordBoundaries {
  private readonly marks: Uint8Array
  readonly folded: string

  constructor(
    private readonly text: string,
    spans: readonly MatchSpan[],
    segmenter: Segmenter,
    folded?: string
  ) {
    this.folded = folded ?? foldText(text, { matchCase: true })
    this.marks = new Uint8Array(text.length + 1)
    this.marks[0] = 1
    this.marks[text.length] = 1
    // One stretch per group of nearby spans.
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    let i = 0
    while (i < sorted.length) {
      const stretch = stretchAround(text, sorted[i].start, sorted[i].end)
      const start = stretch.start
      let end = stretch.end
      i++
      while (i < sorted.length && sorted[i].start <= end) {
        end = Math.max(end, stretchAround(text, sorted[i].start, sorted[i].end).end)
        i++
      }
      markWords(segmenter, this.folded, start, end, this.marks)
    }
  }

  has(pos: number): boolean {
    return this.marks[pos] === 1
  }

  /** Does the span start and end on word boundaries where it starts or ends with a Han character? */
  isWhole(span: MatchSpan): boolean {
    const t = this.text
    if (isHanCode(t.charCodeAt(span.start)) && !this.has(span.start)) return false
    let last = span.end - 1
    if (last > span.start && t.charCodeAt(last) >= 0xdc00 && t.charCodeAt(last) <= 0xdfff) last--
    return !isHanCode(t.charCodeAt(last)) || this.has(span.end)
  }
}

/**
 * The spans whose Chinese ends are word boundaries. `strings`: when the query is Chinese strings only (one
 * Han run, or the strings a pinyin query resolved to), every occurrence is tried, overlapping ones included:
 * the substring search keeps the leftmost of overlapping occurrences, and in word mode that one may be the
 * one inside a word (天天 in 天天天 is found at 0; as words 天/天天 it stands at 1).
 */
export function wholeWordSpans(
  text: string,
  spans: readonly MatchSpan[],
  segmenter: Segmenter,
  strings?: readonly string[]
): MatchSpan[] {
  if (spans.length === 0) return []
  const folded = foldText(text, { matchCase: true })
  let tried: MatchSpan[] = [...spans]
  if (strings && strings.length) {
    tried = []
    for (const s of strings) {
      if (!s) continue
      for (let at = folded.indexOf(s); at >= 0; at = folded.indexOf(s, at + 1)) {
        tried.push({ start: at, end: at + s.length })
      }
    }
    tried.sort((a, b) => a.start - b.start || b.end - a.end)
  }
  const bounds = new WordBoundaries(text, tried, segmenter, folded)
  const out: MatchSpan[] = []
  for (const span of tried) {
    if (out.length && span.start < out[out.length - 1].end) continue
    if (bounds.isWhole(span)) out.push(span)
  }
  return out
}
