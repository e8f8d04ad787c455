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
