/**
 * The text SQLite FTS5 (unicode61 tokenizer) indexes for a segment. Latin words pass through
 * (unicode61 splits and case-folds them); each run of Han characters becomes its overlapping
 * bigrams followed by its last character alone: 新质生产力 → "新质 质生 生产 产力 力".
 * Why: word segmentation loses substrings (新质生产力 → 新|质|生产|力), the trigram tokenizer
 * misses 2-character queries; with bigrams any substring of ≥2 characters is an exact phrase of
 * bigrams, and every character starts exactly one token, so a 1-character query could be the
 * prefix query "质"* — but that merges every 质X doclist up front (36 ms for 一 at 2M characters),
 * so a query of one character alone reads the character tables of migration 006 (hanChars).
 * Han text is folded to simplified first (fold.ts): 質 and 质 index alike.
 */
import { foldText, isHan } from './fold'

export interface IndexToken {
  token: string
  /** UTF-16 offsets of the token's characters in the original text. */
  start: number
  end: number
}

/** Tokens of the index copy with their offsets in the original text. */
export function bigramTokens(text: string): IndexToken[] {
  const folded = foldText(text, { matchCase: true })
  const out: IndexToken[] = []
  let run: { ch: string; at: number }[] = []
  const flush = (): void => {
    for (let i = 0; i < run.length; i++) {
      const a = run[i]
      const b = run[i + 1]
      if (b) out.push({ token: a.ch + b.ch, start: a.at, end: b.at + b.ch.length })
      else out.push({ token: a.ch, start: a.at, end: a.at + a.ch.length })
    }
    run = []
  }
  let at = 0
  let wordStart = -1
  for (const ch of folded) {
    if (isHan(ch)) {
      if (wordStart >= 0) out.push({ token: folded.slice(wordStart, at), start: wordStart, end: at })
      wordStart = -1
      run.push({ ch, at })
    } else {
      if (run.length) flush()
      if (/[\p{L}\p{N}\p{M}]/u.test(ch)) {
        if (wordStart < 0) wordStart = at
      } else if (wordStart >= 0) {
        out.push({ token: folded.slice(wordStart, at), start: wordStart, end: at })
        wordStart = -1
      }
    }
    at += ch.length
  }
  if (run.length) flush()
  if (wordStart >= 0) out.push({ token: folded.slice(wordStart, at), start: wordStart, end: at })
  return out
}

/** The string stored in the FTS table for `text` (tokens joined by spaces). */
export function indexCopy(text: string): string {
  // Fast path: no Han at all → the text itself (unicode61 tokenizes it exactly like scanTokens).
  if (!/\p{Script=Han}/u.test(text)) return text
  return bigramTokens(text)
    .map((t) => t.token)
    .join(' ')
}

const HAN_CHAR = /\p{Script=Han}/gu

/**
 * The distinct Han characters of `text`, folded to simplified, space-separated ('' when none):
 * what the single-character tables (migration 006) hold, so "质" is a lookup, not a prefix query.
 */
export function hanChars(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return ''
  const chars = foldText(text, { matchCase: true }).match(HAN_CHAR)
  return chars ? [...new Set(chars)].join(' ') : ''
}

/** The Han character when the query is that one character alone (served by the tables of 006). */
export function singleHanChar(terms: readonly { kind: string; norm?: string }[]): string | null {
  if (terms.length !== 1 || terms[0].kind !== 'han') return null
  const chars = [...(terms[0].norm ?? '')]
  return chars.length === 1 ? chars[0] : null
}

/** FTS tokens for a Han query run; `closed` = the run is followed by another term in the query. */
export function hanQueryTokens(run: string, closed: boolean): { tokens: string[]; lastIsPrefix: boolean } {
  const chars = [...run]
  if (chars.length === 1) return { tokens: chars, lastIsPrefix: !closed }
  const tokens: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1])
  if (closed) tokens.push(chars[chars.length - 1])
  return { tokens, lastIsPrefix: false }
}
