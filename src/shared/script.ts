import type { Lang } from './vocabulary'
/**
 * Which script a text is in: the one place that decides "is this Chinese?" for core, main and renderer.
 * Code-unit tests, no regex, so hot loops can call them.
 */

/**
 * Han ideographs: CJK Unified (basic and extension A), compatibility ideographs, and the high
 * surrogates of the supplementary ideograph planes (extensions B–F sit at U+20000–U+3FFFF).
 */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd8bf) ||
    c === 0x3007
  )
}

/** Whitespace including no-break and ideographic spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  )
}

/** Basic Latin and Latin-1/Extended letters (used to weigh English against Chinese). */
export function isLatinLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
}

/** Does the text hold any Han character (CJK extensions included)? */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) return true
  return false
}

/**
 * English or Chinese, by weighing Han characters against Latin letters. An English word averages
 * about five letters while one Han character is roughly a word, so Latin letters count a quarter:
 * a Chinese article full of English names and acronyms still comes out as Chinese.
 */
export function detectLanguage(text: string): Lang {
  let han = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isHanCode(c)) han++
    else if (isLatinLetterCode(c)) latin++
  }
  return han > 0 && han * 4 >= latin ? 'zh' : 'en'
}

/**
 * Japanese kana: hiragana, katakana (with its phonetic extensions) and half-width katakana. The
 * katakana middle dot U+30FB is left out: Chinese texts use it between the parts of foreign names.
 */
export function isKanaCode(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x309f) ||
    (c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0xff66 && c <= 0xff9f)
  )
}

/** Hiragana only: Japanese grammar (particles, endings) is written in it. */
function isHiraganaCode(c: number): boolean {
  return c >= 0x3041 && c <= 0x309f
}

/**
 * From which share of Han + kana a text is Japanese. Japanese prose is 50–70 % kana, and even a kanji-heavy
 * headline ("経済発展の新段階") has a hiragana particle in ten characters; a Chinese article naming a Japanese
 * brand or game ("ポケモン") holds katakana, rarely hiragana, so katakana alone must weigh more to count.
 */
const JAPANESE_HIRAGANA_SHARE = 0.05
const JAPANESE_KANA_SHARE = 0.2

function kanaCounts(text: string): { han: number; latin: number; kana: number; hiragana: number } {
  let han = 0
  let latin = 0
  let kana = 0
  let hiragana = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isHanCode(c)) han++
    else if (isLatinLetterCode(c)) latin++
    else if (isKanaCode(c)) {
      kana++
      if (isHiraganaCode(c)) hiragana++
    }
  }
  return { han, latin, kana, hiragana }
}

function japanese(n: { han: number; kana: number; hiragana: number }): boolean {
  const cjk = n.han + n.kana
  return n.kana > 0 && (n.hiragana >= JAPANESE_HIRAGANA_SHARE * cjk || n.kana >= JAPANESE_KANA_SHARE * cjk)
}

/**
 * Is the text Chinese? Han characters outweigh Latin letters (as detectLanguage weighs them) and the
 * text is not Japanese: Japanese writes kanji too, and mined or segmented as Chinese its kanji runs
 * look like rare Chinese terms. The one answer core, main and renderer give to "is this Chinese".
 */
export function isChineseText(text: string): boolean {
  const n = kanaCounts(text)
  if (n.han === 0 || n.han * 4 < n.latin) return false
  return !japanese(n)
}

/** Is the text Japanese (kana beside the kanji, in the share Japanese writing has)? */
export function isJapaneseText(text: string): boolean {
  return japanese(kanaCounts(text))
}
