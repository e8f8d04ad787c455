import type { MiningDocument } from './types'

/**
 * Segment texts found word for word at least REPEATED_SEGMENT times in one document: page headers and
 * footers, template text ("This template shall not be altered." on each of 41 pages). Counted every
 * time, their words would look like the document's most frequent terms; they are mined once (their words
 * still count as text). A passage quoted twice (a caption under two pictures) is content, mined twice.
 */
const REPEATED_SEGMENT = 3

export function repeatedTexts(segments: MiningDocument['segments']): Set<string> {
  const counts = new Map<string, number>()
  const out = new Set<string>()
  for (const seg of segments) {
    if (typeof seg.text !== 'string') continue
    const n = (counts.get(seg.text) ?? 0) + 1
    counts.set(seg.text, n)
    if (n >= REPEATED_SEGMENT) out.add(seg.text)
  }
  return out
}
