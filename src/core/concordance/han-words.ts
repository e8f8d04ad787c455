/**
 * Chinese words for collocates. The index finds Chinese by character bigrams, but a translator reads
 * collocates as words (加快 / 发展 around 新质生产力), so the contexts of Chinese hits are cut into
 * words with Intl.Segmenter; only words holding a Han character count (no punctuation, no Latin).
 */
const HAN = /\p{Script=Han}/u

let segmenter: Intl.Segmenter | null = null
function zhSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  return segmenter
}

/** The Chinese words of a text, in order. */
export function hanWords(text: string): string[] {
  const out: string[] = []
  for (const s of zhSegmenter().segment(text)) if (s.isWordLike && HAN.test(s.segment)) out.push(s.segment)
  return out
}

/** Adds the `window` Chinese words before `start` and after `end` in `text` to `counts`. */
export function addHanWindow(
  text: string,
  start: number,
  end: number,
  window: number,
  counts: Map<string, number>
): void {
  const left = hanWords(text.slice(Math.max(0, start - window * 8), start)).slice(-window)
  const right = hanWords(text.slice(end, end + window * 8)).slice(0, window)
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1)
  for (const w of right) counts.set(w, (counts.get(w) ?? 0) + 1)
}
