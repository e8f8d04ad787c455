/**
 * The token model shared by verification, KWIC sort keys and collocates. It mirrors what the
 * FTS side indexes: a "word" is a run of letters, digits and marks (SQLite unicode61 splits on
 * everything else, so "high-quality" is two words), and every Han character is its own token
 * (the index holds Han text as character bigrams, so any substring is findable).
 */
import { foldText, isHan, type FoldOptions } from './fold'

export interface TextToken {
  kind: 'word' | 'han'
  /** UTF-16 offsets into the original text. */
  start: number
  end: number
  /** Folded form (see fold.ts) used for comparisons. */
  norm: string
}

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+/gu

/** Splits text into word and Han tokens with offsets; folds unless matchCase. */
export function scanTokens(text: string, opts: FoldOptions = {}): TextToken[] {
  const folded = foldText(text, opts)
  const tokens: TextToken[] = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(folded); m; m = TOKEN_RE.exec(folded)) {
    const run = m[0]
    let wordStart = -1
    let i = 0
    for (const ch of run) {
      const at = m.index + i
      if (isHan(ch)) {
        if (wordStart >= 0) tokens.push(word(folded, wordStart, at))
        wordStart = -1
        tokens.push({ kind: 'han', start: at, end: at + ch.length, norm: ch })
      } else if (wordStart < 0) {
        wordStart = at
      }
      i += ch.length
    }
    if (wordStart >= 0) tokens.push(word(folded, wordStart, m.index + run.length))
  }
  return tokens
}

function word(folded: string, start: number, end: number): TextToken {
  return { kind: 'word', start, end, norm: folded.slice(start, end) }
}
