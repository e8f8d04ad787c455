import type { SegmentedWord, Segmenter } from '../../src/core/text/segmenter'

/**
 * A deterministic segmenter for core tests: forward maximum matching over a small word list; characters
 * the list does not know come out one by one (as jieba's with its HMM off), runs of ASCII letters and
 * digits as one word. Core tests take it instead of jieba, which lives in main.
 */
export function maxMatchSegmenter(words: Iterable<string>): Segmenter {
  const dict = new Set(words)
  let longest = 1
  for (const w of dict) longest = Math.max(longest, w.length)
  const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  const cut = (text: string): string[] => {
    const out: string[] = []
    let i = 0
    while (i < text.length) {
      if (isAlnum(text.charCodeAt(i))) {
        let j = i + 1
        while (j < text.length && isAlnum(text.charCodeAt(j))) j++
        out.push(text.slice(i, j))
        i = j
        continue
      }
      let len = Math.min(longest, text.length - i)
      while (len > 1 && !dict.has(text.slice(i, i + len))) len--
      // Keep a surrogate pair together.
      const c = text.charCodeAt(i)
      if (len === 1 && c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) len = 2
      out.push(text.slice(i, i + len))
      i += len
    }
    return out
  }
  return {
    words: cut,
    segment(text: string): SegmentedWord[] {
      let pos = 0
      return cut(text).map((w) => {
        const word = { text: w, start: pos, end: pos + w.length, tag: '' }
        pos += w.length
        return word
      })
    }
  }
}
