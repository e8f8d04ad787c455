/**
 * How a Chinese string can stand in a text as whole words. A segmenter without its HMM guess (jieba in the
 * app) cuts text into dictionary words and single characters only, so where a query stands as whole words,
 * the words covering it are a cut of the query into pieces that are dictionary words or single characters.
 * Listing every such cut lets an index of the text's words (seg_zhw) find the rows where the query may
 * stand as words, each checked afterwards with the segmenter: an OR of phrases, one per cut.
 */

/**
 * Every cut of `text` into consecutive pieces, each a single character or one of `words` (the dictionary
 * words found inside the text), in order; null when there are more than `cap` (a long string of common
 * words: the caller then checks every character match instead).
 */
export function compositions(text: string, words: ReadonlySet<string>, cap = 64): string[][] | null {
  const chars = [...text]
  const out: string[][] = []
  const pieces: string[] = []
  // Offsets of code points, so a piece is a slice and single characters keep their surrogate pairs.
  const at: number[] = []
  let pos = 0
  for (const c of chars) {
    at.push(pos)
    pos += c.length
  }
  at.push(pos)
  const walk = (i: number): boolean => {
    if (i === chars.length) {
      if (out.length >= cap) return false
      out.push([...pieces])
      return true
    }
    for (let j = i + 1; j <= chars.length; j++) {
      const piece = text.slice(at[i], at[j])
      if (j > i + 1 && !words.has(piece)) continue
      pieces.push(piece)
      const ok = walk(j)
      pieces.pop()
      if (!ok) return false
    }
    return true
  }
  return walk(0) ? out : null
}

/** An FTS5 query matching any of the cuts as a phrase of word tokens ('"新质 生产力" OR "新 质 生产力"'). */
export function phrasesQuery(cuts: readonly (readonly string[])[]): string {
  return cuts.map((pieces) => `"${pieces.join(' ').replace(/"/g, '""')}"`).join(' OR ')
}
