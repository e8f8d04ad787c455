/**
 * Key word in context: a segment and a match span → left | match | right, cut to a width, plus
 * the sort keys 1L..3L (words before the match, nearest first) and 1R..3R (words after it).
 */
import { SortKeyTable } from './sort-key-table'
import { scanTokens, type TextToken } from './tokens'

export interface KwicLine {
  left: string
  match: string
  right: string
}

/** `width` = characters of context on each side; cut at a word boundary when one is near. */
export function kwicLine(text: string, start: number, end: number, width = 60): KwicLine {
  let leftStart = Math.max(0, start - width)
  if (leftStart > 0) {
    const space = text.indexOf(' ', leftStart)
    if (space >= 0 && space < start && space - leftStart < 15) leftStart = space + 1
  }
  let rightEnd = Math.min(text.length, end + width)
  if (rightEnd < text.length) {
    const space = text.lastIndexOf(' ', rightEnd)
    if (space > end && rightEnd - space < 15) rightEnd = space
  }
  // Never cut a surrogate pair in half.
  if (leftStart > 0 && isLowSurrogate(text.charCodeAt(leftStart))) leftStart--
  if (rightEnd < text.length && isLowSurrogate(text.charCodeAt(rightEnd))) rightEnd++
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ')
  return {
    left: (leftStart > 0 ? '…' : '') + oneLine(text.slice(leftStart, start)),
    match: oneLine(text.slice(start, end)),
    right: oneLine(text.slice(end, rightEnd)) + (rightEnd < text.length ? '…' : '')
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

import { SORT_LEVELS, type SortLevel } from '../../shared/vocabulary'
export type { SortLevel }

export interface SortKeys {
  /** Folded tokens left of the match, nearest first (index 0 = 1L). */
  left: string[]
  /** Folded tokens right of the match, nearest first (index 0 = 1R). */
  right: string[]
}

export function sortKeys(text: string, start: number, end: number, tokens?: TextToken[]): SortKeys {
  const toks = tokens ?? scanTokens(text)
  const left: string[] = []
  const right: string[] = []
  for (let i = toks.length - 1; i >= 0 && left.length < 3; i--) {
    if (toks[i].end <= start) left.push(toks[i].norm)
  }
  for (let i = 0; i < toks.length && right.length < 3; i++) if (toks[i].start >= end) right.push(toks[i].norm)
  return { left, right }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Multi-level comparison, e.g. ['1R', '2R'] or ['2L', '1L']; a missing word sorts first. */
export function compareByLevels(a: SortKeys, b: SortKeys, levels: SortLevel[]): number {
  for (const level of levels) {
    const n = Number(level[0]) - 1
    const side = level[1] === 'L' ? 'left' : 'right'
    const x = a[side][n] ?? ''
    const y = b[side][n] ?? ''
    if (x !== y) {
      const c = collator.compare(x, y)
      if (c !== 0) return c
      return x < y ? -1 : 1
    }
  }
  return 0
}

/** Sorts items by levels, stably, with the same order as compareByLevels (see sort-key-table.ts). */
export function sortByLevels<T>(items: T[], keysOf: (item: T) => SortKeys, levels: SortLevel[]): T[] {
  const table = new SortKeyTable()
  for (const item of items) table.add(keysOf(item))
  return Array.from(table.order(levels), (i) => items[i])
}

export function isSortLevel(s: string): s is SortLevel {
  return (SORT_LEVELS as readonly string[]).includes(s)
}
