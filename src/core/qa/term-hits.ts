/**
 * Which term-base terms a unit's source and target hold, as QA counts them.
 * - Source: every occurrence that stands as a word (Chinese: chinese-words.ts; English acronyms in their own
 *   case: "US" is not "us"), overlaps resolved longest first. A unit is only ever checked for these.
 * - Target: every occurrence of every term, overlaps included. Whether the expected rendering is there is
 *   answered leniently (any occurrence, even inside a longer word: a false "missing" is worse than a miss);
 *   whether a forbidden or deprecated one is there is answered strictly (as a word, and not inside a longer
 *   usable term of the same concept: 一带一路 inside 一带一路倡议 is not a use of 一带一路).
 */
import { longestFirst, type TermMatch } from '../memory/term-recognition'
import type { Segmenter } from '../text/segmenter'
import { chineseWords } from './chinese-words'
import type { QaLang, QaTermIndex } from './qa-terms'

const ACRONYM = /\b\p{Lu}{2,}\b/gu

/** An all-capitals word of the term (GDP, US, CPC) must be written so in the text too. */
export function caseFits(m: TermMatch): boolean {
  if (!/\p{Lu}{2}/u.test(m.term)) return true
  for (const [word] of m.term.matchAll(ACRONYM)) if (!m.surface.includes(word)) return false
  return true
}

export function sourceHits(text: string, lang: QaLang, index: QaTermIndex, segmenter?: Segmenter): TermMatch[] {
  const hits = index.matchers[lang].matchAll(text)
  if (hits.length === 0) return hits
  if (lang === 'zh') {
    // Occurrences on word boundaries first (养老保险 in 基本/养老保险 over 基本养老 across it), then the other
    // accepted ones where they overlap none of those.
    const words = chineseWords(text, segmenter)
    const aligned = longestFirst(hits.filter((h) => words.aligned(h.start, h.end)))
    const others = longestFirst(hits.filter((h) => !words.aligned(h.start, h.end) && words.accepts(h.start, h.end)))
    const free = others.filter((o) => aligned.every((a) => o.end <= a.start || o.start >= a.end))
    return free.length === 0 ? aligned : [...aligned, ...free].sort((a, b) => a.start - b.start)
  }
  return longestFirst(hits.filter(caseFits))
}

/** All occurrences of the target's terms, grouped by concept. */
export function targetHits(text: string, lang: QaLang, index: QaTermIndex): Map<number, TermMatch[]> {
  const byConcept = new Map<number, TermMatch[]>()
  for (const h of index.matchers[lang].matchAll(text)) {
    if (lang === 'en' && !caseFits(h)) continue
    const list = byConcept.get(h.conceptId)
    if (list) list.push(h)
    else byConcept.set(h.conceptId, [h])
  }
  return byConcept
}

/** Decides lazily (segmenting once) whether target occurrences stand as words. */
export function targetWords(text: string, lang: QaLang, segmenter?: Segmenter): (m: TermMatch) => boolean {
  if (lang === 'en') return () => true
  let words: ReturnType<typeof chineseWords> | undefined
  return (m) => (words ??= chineseWords(text, segmenter)).accepts(m.start, m.end)
}

/** The source's hits grouped by span: homographs of several concepts at one place are one group. */
export function groupBySpan(hits: readonly TermMatch[]): TermMatch[][] {
  const groups: TermMatch[][] = []
  for (const h of hits) {
    const last = groups[groups.length - 1]
    if (last && last[0].start === h.start && last[0].end === h.end) last.push(h)
    else groups.push([h])
  }
  return groups
}
