/**
 * Whether an occurrence of a Chinese term in a text stands as a word, not as a piece of other words
 * (人民 inside 人民币, 国家 across 中国/家电). Chinese has no spaces, so the term matcher finds every
 * substring; QA must not flag a unit for a "term" that is only a run of characters in it.
 *
 * With a segmenter (jieba, supplied by main), an occurrence counts when:
 * - it starts and ends on word boundaries (one word or several whole words: 高质量/发展);
 * - or it ends a longer word that has at least two characters before it: the head of a compound
 *   (创新 in 科技创新, which jieba keeps whole), not its first part (人民 in 人民币) or its middle;
 * - or it crosses word boundaries and is four characters or longer (a long term the dictionary splits
 *   differently; four-character accidents are rare).
 * A one-character term counts only as a whole word.
 *
 * Without a segmenter, the fallback is substring matching with the obvious boundaries: a term of two or more
 * characters counts anywhere, a one-character term only between characters that are not Han.
 */
import { isHanCode } from '../../shared/script'
import type { Segmenter } from '../text/segmenter'

export interface ChineseWords {
  /** Does text[start, end) stand as a word? */
  accepts(start: number, end: number): boolean
  /** Does it start and end on word boundaries (preferred where occurrences overlap: 基本/养老保险)? */
  aligned(start: number, end: number): boolean
}

export function chineseWords(text: string, segmenter?: Segmenter): ChineseWords {
  if (!segmenter) return fallbackWords(text)
  // wordStart[i]: the start of the word that holds text[i]; wordEnd[i]: its end.
  const wordStart = new Int32Array(text.length + 1)
  const wordEnd = new Int32Array(text.length + 1)
  const boundary = new Uint8Array(text.length + 1)
  boundary[0] = 1
  boundary[text.length] = 1
  for (const w of segmenter.segment(text)) {
    boundary[w.start] = 1
    boundary[w.end] = 1
    for (let i = w.start; i < w.end; i++) {
      wordStart[i] = w.start
      wordEnd[i] = w.end
    }
  }
  return {
    aligned: (start, end) => boundary[start] === 1 && boundary[end] === 1,
    accepts(start, end) {
      if (boundary[start] && boundary[end]) return true
      const length = end - start
      if (length <= 1) return false
      const inOneWord = wordStart[start] === wordStart[end - 1]
      if (inOneWord) return boundary[end] === 1 && start - wordStart[start] >= 2 && wordEnd[end - 1] === end
      return length >= 4
    }
  }
}

function fallbackWords(text: string): ChineseWords {
  return {
    aligned: () => true,
    accepts(start, end) {
      if (end - start >= 2) return true
      const before = start > 0 ? text.charCodeAt(start - 1) : 0
      const after = end < text.length ? text.charCodeAt(end) : 0
      return !isHanCode(before) && !isHanCode(after)
    }
  }
}
