/**
 * Length-preserving folding for search. Every fold here maps a string to another string of the
 * SAME UTF-16 length, so an offset found in the folded text is an offset in the original text:
 * KWIC lines and "add as usage example" need offsets into the stored segment, never into a copy.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters'

import { hasHan, isHanCode } from '../../shared/script'

/** One character (one or two UTF-16 units): is it Han? */
export const isHan = hasHan

let tradToSimp: Map<string, string> | null = null

/** Traditional → simplified, one character at a time (OpenCC's character table, 29 KB). */
function tradMap(): Map<string, string> {
  if (tradToSimp) return tradToSimp
  const map = new Map<string, string>()
  for (const pair of tsCharacters.split('|')) {
    const [from, to] = pair.split(' ')
    // Skip the few pairs where one side is astral and the other is not: they would shift offsets.
    if (from && to && from.length === to.length) map.set(from, to)
  }
  tradToSimp = map
  return map
}

const charCache = new Map<string, string>()

/** Lower case + diacritics removed, only when that keeps the length (İ → i̇ would not). */
function foldLatin(ch: string): string {
  let out = charCache.get(ch)
  if (out !== undefined) return out
  out = ch
  const lower = ch.toLowerCase()
  if (lower.length === ch.length) out = lower
  const bare = out.normalize('NFD').replace(/\p{M}+/gu, '')
  if (bare.length === ch.length) out = bare
  if (charCache.size < 50_000) charCache.set(ch, out)
  return out
}

export interface FoldOptions {
  /** Keep letter case (and diacritics) as typed. */
  matchCase?: boolean
}

const ASCII_ONLY = /^\p{ASCII}*$/u

/** Folds Han characters to simplified, and Latin letters to lower case without diacritics. */
export function foldText(text: string, opts: FoldOptions = {}): string {
  // Hot path (verification folds every candidate segment): plain ASCII needs only toLowerCase.
  if (ASCII_ONLY.test(text)) return opts.matchCase ? text : text.toLowerCase()
  const trad = tradMap()
  const parts: string[] = []
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    // CJK punctuation and fullwidth forms fold to themselves; skip them without a regex test.
    if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff0f)) continue
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length
    const ch = wide ? text.slice(i, i + 2) : text[i]
    // By code unit, not regex: a regex test per character dominated folding Chinese.
    const han = isHanCode(code)
    const folded = han ? (trad.get(ch) ?? ch) : opts.matchCase ? ch : foldLatin(ch)
    if (folded !== ch) {
      parts.push(text.slice(runStart, i), folded)
      runStart = i + ch.length
    }
    if (wide) i++
  }
  parts.push(text.slice(runStart))
  const out = parts.join('')
  return opts.matchCase ? out : out.replace(/[A-Z]+/g, (m) => m.toLowerCase())
}
