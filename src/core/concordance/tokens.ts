/**
 * The token model shared by verification, KWIC sort keys and collocates. It mirrors what the
 * FTS side indexes: a "word" is a run of letters, digits and marks (SQLite unicode61 splits on
 * everything else, so "high-quality" is two words), and every Han character is its own token
 * (the index holds Han text as character bigrams, so any substring is findable).
 */
import { type FoldOptions, foldText } from './fold'

export interface TextToken {
  kind: 'word' | 'han'
  /** UTF-16 offsets into the original text. */
  start: number
  end: number
  /** Folded form (see fold.ts) used for comparisons. */
  norm: string
}

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+/gu
const ASCII_WORD_RE = /[A-Za-z0-9]+/g
const ASCII = /^\p{ASCII}*$/u
const HAN_RUN = /\p{Script=Han}/u
const HAN_OR_WORD_RE = /(\p{Script=Han})|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu

/** Splits text into word and Han tokens with offsets; folds unless matchCase. */
export function scanTokens(text: string, opts: FoldOptions = {}): TextToken[] {
  const folded = foldText(text, opts)
  const tokens: TextToken[] = []
  // Hot path (verification tokenizes every candidate): without Han, every run is one word.
  if (!HAN_RUN.test(folded)) {
    const re = ASCII.test(folded) ? ASCII_WORD_RE : TOKEN_RE
    re.lastIndex = 0
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      tokens.push({ kind: 'word', start: m.index, end: m.index + m[0].length, norm: m[0] })
    }
    return tokens
  }
  // One regex step per token (a Han character, or a run of other word characters): the regex
  // engine does what a per-character isHan() loop did, several times faster on Chinese text.
  HAN_OR_WORD_RE.lastIndex = 0
  for (let m = HAN_OR_WORD_RE.exec(folded); m; m = HAN_OR_WORD_RE.exec(folded)) {
    const end = m.index + m[0].length
    tokens.push({ kind: m[1] ? 'han' : 'word', start: m.index, end, norm: m[0] })
  }
  return tokens
}

/**
 * Folded word terms of a text (Han characters excluded) with their number of occurrences, added
 * to `into` times `weight` (-1 subtracts a text, 0 only lists its terms). What the index counts for
 * wildcard expansion and collocate frequencies; cheaper than scanTokens (no offsets, no objects).
 */
export function countWordTerms(text: string, into: Map<string, number>, weight = 1): Map<string, number> {
  const folded = foldText(text)
  const re = ASCII.test(folded) ? ASCII_WORD_RE : TOKEN_RE
  re.lastIndex = 0
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const run = m[0]
    if (!HAN_RUN.test(run)) into.set(run, (into.get(run) ?? 0) + weight)
    else for (const part of run.split(HAN_SPLIT)) if (part) into.set(part, (into.get(part) ?? 0) + weight)
  }
  return into
}

const HAN_SPLIT = /\p{Script=Han}+/u
