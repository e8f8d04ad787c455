/**
 * Occurrences of any of several Chinese strings in a text (the strings a pinyin query resolved
 * to), on the simplified fold of the text — fold.ts keeps lengths, so offsets are the original's.
 */
import { foldText } from './fold'
import type { MatchSpan } from './verify-match'

/** Non-overlapping matches, left to right; at one position the longest string wins. */
export function hanSpans(text: string, strings: readonly string[]): MatchSpan[] {
  const folded = foldText(text, { matchCase: true })
  const found: MatchSpan[] = []
  for (const s of strings) {
    if (!s) continue
    for (let at = folded.indexOf(s); at >= 0; at = folded.indexOf(s, at + 1)) {
      found.push({ start: at, end: at + s.length })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: MatchSpan[] = []
  for (const span of found) if (!out.length || span.start >= out[out.length - 1].end) out.push(span)
  return out
}
