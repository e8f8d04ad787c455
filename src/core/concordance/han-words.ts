/**
 * Chinese words for collocates. The index finds Chinese by character bigrams, but a translator reads
 * collocates as words (加快 / 发展 around 新质生产力), so the stretch around each Chinese hit is cut into words by
 * the Segmenter (jieba, with the term base's accepted Chinese terms in its dictionary). The node is the words
 * the hit lies in (a hit of 发展 inside 发展中国家 has that whole word as its node, so 中国/家 are not its
 * neighbours); the window counts the words holding a Han character on either side (punctuation and Latin
 * are no positions), function words included — the filter comes after, as for English.
 */
import { hasHan } from '../../shared/script'
import type { Segmenter } from '../text/segmenter'
import type { CollocateCounts } from './collocates'
import { foldText } from './fold'
import { stretchAround, wordsOf } from './word-boundaries'

/** Characters of context segmented per window position: Chinese words average under two characters. */
const CHARS_PER_WORD = 4

/** The Chinese words of a text (folded to simplified), in order: for word frequencies. */
export function hanWords(text: string, segmenter: Segmenter): string[] {
  const folded = foldText(text, { matchCase: true })
  const out: string[] = []
  const words = segmenter.words ? segmenter.words(folded) : segmenter.segment(folded).map((w) => w.text)
  for (const w of words) if (hasHan(w)) out.push(w)
  return out
}

/** Adds the `window` Chinese words before and after the hit [start, end) of `text` to `counts`. */
export function addHanWindow(
  text: string,
  start: number,
  end: number,
  window: number,
  counts: CollocateCounts,
  segmenter: Segmenter
): void {
  const reach = window * CHARS_PER_WORD
  const from = stretchAround(text, Math.max(0, start - reach), start).start
  const to = stretchAround(text, end, Math.min(text.length, end + reach)).end
  const folded = foldText(text, { matchCase: true })
  const words = wordsOf(segmenter, text, from, to, folded).filter((w) => hasHan(folded.slice(w.start, w.end)))
  let first = words.findIndex((w) => w.end > start)
  if (first < 0) first = words.length
  let last = first
  while (last < words.length && words[last].start < end) last++
  // words[first, last) hold the hit; a hit of Latin text inside Chinese holds no Han word.
  for (const w of words.slice(Math.max(0, first - window), first))
    counts.add(folded.slice(w.start, w.end), text.slice(w.start, w.end))
  for (const w of words.slice(last, last + window)) counts.add(folded.slice(w.start, w.end), text.slice(w.start, w.end))
}
