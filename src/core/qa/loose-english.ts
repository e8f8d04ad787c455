/**
 * Whether an English target says the expected term in other words of the same stems: "conserve energy" or
 * "conservation of energy" for "energy conservation", "enterprises owned by the state" for "state-owned
 * enterprises". Official translations vary word order and word class this way, and "missing" must not flag
 * them; a wrong rendering ("energy saving", "state-run enterprises") lacks a stem and is still flagged.
 * Used only to decide that an expected English rendering is present, never to find a term in a source.
 */
import { lightStem } from '../memory/light-stem'

const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'in',
  'on',
  'for',
  'to',
  'with',
  'by',
  'at',
  'from',
  'as',
  'or'
])
// Longest first: derivational endings stripped after lightStem (which took plurals and -ing/-ed off).
const SUFFIXES = [
  'ization',
  'isation',
  'ational',
  'ation',
  'ative',
  'ition',
  'ities',
  'ments',
  'ment',
  'ness',
  'tion',
  'sion',
  'ity',
  'ive',
  'ous',
  'ally',
  'al',
  'ly',
  'iz',
  'is'
]

/** A stem that also meets a word's derivations (conservation, conserve, conserving → conserv). */
export function looseStem(word: string): string {
  let w = lightStem(word)
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length)
      break
    }
  }
  return w.replace(/e$/, '')
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

/**
 * The term's content words, by stem, as consecutive content words of the target in any order (function words
 * between them allowed): "conservation of energy" says "energy conservation"; "new productive forces of high
 * quality" does not say "new quality productive forces" (high stands among them).
 */
export function looselyPresent(term: string, target: string): boolean {
  const content = (text: string) =>
    (text.match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).map(looseStem)
  const wanted = [...new Set(content(term))]
  if (wanted.length === 0) return false
  const words = content(target)
  for (let i = 0; i + wanted.length <= words.length; i++) {
    const window = new Set(words.slice(i, i + wanted.length))
    if (wanted.every((w) => window.has(w))) return true
  }
  return false
}

/**
 * The initials of the term's content words as an acronym of the target (SOEs for state-owned enterprises, CPI
 * for consumer price index, SMEs for small and medium-sized enterprises): hyphenated words counted as one word
 * or as several, a plural s allowed.
 */
export function acronymPresent(term: string, target: string): boolean {
  const acronyms = new Set<string>()
  for (const split of [true, false]) {
    const words = (split ? term.split(/[\s-]+/) : term.split(/\s+/)).filter(
      (w) => w && !FUNCTION_WORDS.has(w.toLowerCase())
    )
    if (words.length >= 2) acronyms.add(words.map((w) => w[0].toUpperCase()).join(''))
  }
  if (acronyms.size === 0) return false
  // An acronym in brackets stands after the spelled-out term ("consumer price index (CPI)"): the term itself must
  // be there, so only a free-standing acronym counts.
  for (const m of target.matchAll(/(?<![([（])\b\p{Lu}{2,}s?\b/gu)) {
    if (acronyms.has(m[0].replace(/s$/, ''))) return true
  }
  return false
}
