import type { Lang } from '../../shared/vocabulary'
/**
 * The tokens fuzzy matching and the n-gram index both work on. They must agree exactly: the index's
 * safe filtering bound (ngram-keys.ts) reasons about the same token sequence matchScore compares.
 *
 * English: words (letters/digits, with inner apostrophes) and single punctuation marks; hyphens are
 * their own tokens, so "high-quality" and "high quality" differ by one light edit, not a whole word.
 * Chinese: one token per Han character or punctuation mark, a run of Latin letters/digits is one token
 * ("5G", "2025"), as CAT tools count Chinese matches by character.
 */

export type MatchLang = Lang

export interface MatchToken {
  /** The token as written. */
  text: string
  /** Case- and width-folded form: tokens with the same fold differ only lightly. */
  fold: string
  start: number
  end: number
  /** True for punctuation and symbols. */
  punct: boolean
}

const EN_TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu
// Han characters one by one; Latin/digit runs (not Han) as one token; any other mark alone.
const LATIN_RUN = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])+`
const ZH_TOKEN = new RegExp(String.raw`\p{Script=Han}|${LATIN_RUN}(?:[.'’]${LATIN_RUN})*|[^\s\p{L}\p{N}]`, 'gu')

const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/** Folding used for "light" differences: letter case and full-/half-width forms (，vs ,). */
export function foldToken(token: string): string {
  // ASCII needs no width folding; skipping normalize() keeps index builds fast.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(token) ? token.toLowerCase() : token.normalize('NFKC').toLowerCase()
}

export function tokenizeWithOffsets(text: string, lang: MatchLang): MatchToken[] {
  const re = lang === 'zh' ? ZH_TOKEN : EN_TOKEN
  const out: MatchToken[] = []
  re.lastIndex = 0
  for (const m of text.matchAll(re)) {
    const t = m[0]
    out.push({
      text: t,
      fold: foldToken(t),
      start: m.index,
      end: m.index + t.length,
      punct: !/[\p{L}\p{N}]/u.test(t)
    })
  }
  return out
}

/** Guess the language of a sentence: Chinese when a fair share of its letters are Han characters. */
export function detectMatchLang(text: string): MatchLang {
  let cjk = 0
  let latin = 0
  for (const ch of text) {
    if (CJK_CHAR.test(ch)) cjk++
    else if (/[A-Za-z]/.test(ch)) latin++
  }
  return cjk > 0 && cjk * 3 >= latin ? 'zh' : 'en'
}
