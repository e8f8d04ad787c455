/**
 * Word tokeniser with character offsets. Hyphenated compounds ("high-quality", "innovation-driven",
 * "sci-tech"), ampersand acronyms ("R&D"), dotted abbreviations ("U.S.") and possessives ("People's")
 * stay one token: splitting compounds is a well-known precision loss in term extraction.
 */

export interface Token {
  text: string
  start: number
  end: number
  /** Punctuation (anything but spaces) sits between this token and the previous one. */
  breakBefore: boolean
  /** First token of a sentence (or of the segment): its capital letter says nothing about names. */
  sentenceStart: boolean
}

// One regex pass; `y`-less global regex with lastIndex is the fastest tokeniser V8 offers here. Web
// addresses and e-mail addresses come first and stay one token (the tagger keeps them out of terms), so
// their pieces ("http", "www", "org") are not counted as words.
const WORD =
  /(?:https?:\/\/|www\.)[^\s<>"'()]*[^\s<>"'().,;:!?]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?:[A-Za-z]\.){2,}(?![A-Za-z])|[A-Za-z0-9\u00C0-\u024F]+(?:(?:[-\u2010\u2011&]|['\u2019](?=[A-Za-z]))[A-Za-z0-9\u00C0-\u024F]+|[.,]\d+)*/g

/** Whether the gap text between two tokens holds punctuation (a phrase boundary) or a sentence end. */
function gapKind(text: string, from: number, to: number): 0 | 1 | 2 {
  let kind: 0 | 1 | 2 = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9 || c === 160) continue
    // . ! ? newline end a sentence; anything else (comma, quote, bracket, dash) is a phrase boundary.
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 59) return 2
    kind = 1
  }
  return kind
}

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  WORD.lastIndex = 0
  let prevEnd = 0
  let m: RegExpExecArray | null
  while ((m = WORD.exec(text)) !== null) {
    const start = m.index
    let word = m[0]
    // A dotted abbreviation at the very end of a sentence keeps its dot; a trailing "." is not part of a word.
    const end = start + word.length
    const gap = out.length === 0 ? 2 : gapKind(text, prevEnd, start)
    out.push({ text: word, start, end, breakBefore: gap > 0, sentenceStart: gap === 2 })
    prevEnd = end
    word = ''
  }
  return out
}
