/**
 * Anchors for sentence alignment: things a translation carries over unchanged, so they show which
 * sentences belong together whatever their lengths. Numbers (with the Chinese scales 万 and 亿 and
 * the English million/billion/trillion reconciled: "12.5 million" = 1250万), Chinese-numeral years and
 * ordinals (二〇二五年, 十五), Latin names kept in Chinese text (5G, APEC), and known term pairs.
 */

export interface AnchorPair {
  en: string
  zh: string
}

/** One anchor found on one side: the set of forms under which it can be recognised on the other. */
export type AnchorItem = string[]

export interface SentenceAnchors {
  numbers: AnchorItem[]
  /** Latin words (lower-cased): in Chinese text the names kept in Latin; in English every word. */
  latin: Set<string>
  /** Indexes into the anchor pair list whose side occurs in the sentence. */
  pairs: number[]
}

const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }
const ZH_SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千: 1e3, 百: 1e2 }
const ZH_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

/** Canonical text of a number, so 1.30 and 1.3 or 1.33e9 and 1330000000 compare equal. */
function canon(x: number): string {
  return String(Number(x.toPrecision(6)))
}

function item(raw: number, scale = 1): AnchorItem {
  return scale === 1 ? [canon(raw)] : [canon(raw), canon(raw * scale)]
}

export function englishNumbers(text: string): AnchorItem[] {
  const out: AnchorItem[] = []
  const re = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s+(thousand|million|billion|trillion))?/gi
  for (const m of text.matchAll(re)) {
    const raw = Number(m[1].replace(/,/g, ''))
    out.push(item(raw, m[2] ? EN_SCALE[m[2].toLowerCase()] : 1))
  }
  return out
}

/** Value of a run of Chinese numerals: 十五 -> 15, 三百二十 -> 320, 二〇二五 -> 2025; null if not a number. */
export function chineseNumeralValue(run: string): number | null {
  if (/^[〇零一二三四五六七八九]+$/.test(run) && run.length >= 2 && /[〇零]/.test(run.slice(1))) {
    return Number([...run].map((c) => ZH_DIGIT[c]).join(''))
  }
  let total = 0
  let digit = -1
  let lastUnit = Infinity
  for (const c of run) {
    if (c in ZH_DIGIT) {
      if (digit >= 0 && ZH_DIGIT[c] !== 0) return null // two digits in a row: 十五五 is not a number
      digit = ZH_DIGIT[c]
    } else {
      const unit = c === '十' ? 10 : c === '百' ? 100 : 1000
      if (unit >= lastUnit) return null
      total += (digit < 0 ? 1 : digit) * unit
      lastUnit = unit
      digit = -1
    }
  }
  return total + (digit > 0 ? digit : 0)
}

export function chineseNumbers(text: string): AnchorItem[] {
  const out: AnchorItem[] = []
  for (const m of text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万亿|万|亿)?/g)) {
    const raw = Number(m[1].replace(/,/g, ''))
    out.push(item(raw, m[2] ? ZH_SCALE[m[2]] : 1))
  }
  // Chinese numerals: a lone 一 or 三 is usually part of a word (一带一路, 三农), so take runs of two or
  // more, or one followed by a scale or a unit that makes it a quantity.
  for (const m of text.matchAll(/([〇零一二两三四五六七八九十百千]+)(万亿|万|亿|年|%|个|项|倍)?/g)) {
    if (m[1].length < 2 && !m[2]) continue
    const v = chineseNumeralValue(m[1])
    if (v === null) {
      // "十五五" (the 15th Five-Year Plan): read its head as an ordinal.
      const head = chineseNumeralValue(m[1].slice(0, 2))
      if (head !== null && m[1].length === 3) out.push(item(head))
      continue
    }
    out.push(item(v, m[2] && m[2] in ZH_SCALE ? ZH_SCALE[m[2]] : 1))
  }
  return out
}

function latinWords(text: string, chinese: boolean): Set<string> {
  const out = new Set<string>()
  const re = chinese ? /[A-Za-z][A-Za-z0-9]*|\d+[A-Za-z]+[A-Za-z0-9]*/g : /[A-Za-z0-9]+/g
  for (const m of text.matchAll(re)) out.add(m[0].toLowerCase())
  return out
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface PairMatchers {
  en: RegExp[]
  zh: string[]
}

export function pairMatchers(pairs: readonly AnchorPair[]): PairMatchers {
  return {
    // Word-bounded, case-insensitive, hyphen or space, with an optional plural ending.
    en: pairs.map((p) => {
      const words = p.en
        .trim()
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join('[\\s-]+')
      return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu')
    }),
    zh: pairs.map((p) => p.zh.trim())
  }
}

export function sentenceAnchors(text: string, lang: 'en' | 'zh', pairs: PairMatchers): SentenceAnchors {
  const found: number[] = []
  if (lang === 'en') pairs.en.forEach((re, k) => re.test(text) && found.push(k))
  else pairs.zh.forEach((zh, k) => zh && text.includes(zh) && found.push(k))
  return {
    numbers: lang === 'en' ? englishNumbers(text) : chineseNumbers(text),
    latin: latinWords(text, lang === 'zh'),
    pairs: found
  }
}

export interface AnchorTally {
  matched: number
  /** Numbers without a counterpart: strong evidence against the link, translations keep numbers. */
  unmatchedNumbers: number
  /** Names and term pairs without a counterpart: weaker, they may be paraphrased. */
  unmatched: number
}

function numberIn(item: AnchorItem, side: SentenceAnchors[]): boolean {
  for (const a of side) for (const other of a.numbers) for (const f of item) if (other.includes(f)) return true
  return false
}

function pairIn(k: number, side: SentenceAnchors[]): boolean {
  for (const a of side) if (a.pairs.includes(k)) return true
  return false
}

/**
 * How many anchors of the English and Chinese sides of a link find their counterpart. Called for
 * every cell of the alignment table, so plain loops over the (tiny) lists rather than Sets.
 */
export function tallyAnchors(en: SentenceAnchors[], zh: SentenceAnchors[]): AnchorTally {
  let matched = 0
  let unmatched = 0
  let unmatchedNumbers = 0
  for (const a of en) {
    for (const it of a.numbers) {
      if (numberIn(it, zh)) matched++
      else unmatchedNumbers++
    }
    for (const k of a.pairs) {
      if (pairIn(k, zh)) matched++
      else unmatched++
    }
  }
  for (const a of zh) {
    for (const it of a.numbers) if (!numberIn(it, en)) unmatchedNumbers++
    for (const k of a.pairs) if (!pairIn(k, en)) unmatched++
    for (const w of a.latin) {
      if (en.some((e) => e.latin.has(w))) matched++
      else unmatched++
    }
  }
  return { matched, unmatched, unmatchedNumbers }
}
