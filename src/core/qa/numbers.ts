/**
 * Numbers of a source and its translation, for the `number` check. The two sides are read differently on
 * purpose, so that a clean translation is not flagged:
 * - the source gives only numbers written with digits (ASCII or full-width, thousands separators, decimals),
 *   with their scale word (million, billion, trillion; 万, 亿, 万亿) and a percent sign or word. Numbers
 *   written as words (five years, 两个一百年, 十四五) are often rendered freely, and are not taken;
 * - the target offers every value it can be read as: digits with or without their scale, Chinese numerals
 *   (二十 and each of its parts; 1000多万 = 10,000,000), English number words and ordinals.
 * A source number is missing when none of its values is among the target's.
 */

export interface NumberMention {
  /** As written in the source. */
  text: string
  start: number
  end: number
  /** The value, scale applied (5.2 trillion → 5.2e12), as a comparison key (see valueKey). */
  key: string
  value: number
  /** What follows it: a percent (5%, 5 percent, 个百分点), a multiple (1.71倍, 3 times), a unit of weight or
   *  area (tons, hectares; 斤, 亩), which translations of official texts convert. */
  kind: 'percent' | 'times' | 'measure' | 'plain'
}

const EN_KIND =
  /^\s*(?:(%|percent|per cent|percentage point)|(times|fold)\b|(?:metric\s+)?(tons?|tonnes?|hectares?|kilograms?|kg|mu|jin)\b)/i
const ZH_KIND = /^(?:[多余])?\s*(?:(%|个?百分点)|(倍)|(?:[万亿千百]*(?:公斤|吨|斤|亩|公顷)))/
/** A price or yield per unit of weight or area, stated after the number (0.22 yuan per kilogram)… */
const EN_PER_MEASURE = /^[^;:]{0,40}?\bper\s+(?:kilogram|kg|ton|tonne|hectare|jin|mu)\b/i
/** …or before it (每斤提高0.11元). */
const ZH_PER_MEASURE = /每(?:公斤|斤|吨|亩|公顷)[^，。；]{0,8}$/

function kindAfter(text: string, start: number, end: number, lang: 'en' | 'zh'): NumberMention['kind'] {
  const after = text.slice(end, end + 48)
  const m = (lang === 'en' ? EN_KIND : ZH_KIND).exec(after)
  if (m) return m[1] ? 'percent' : m[2] ? 'times' : 'measure'
  const per =
    lang === 'en' ? EN_PER_MEASURE.test(after) : ZH_PER_MEASURE.test(text.slice(Math.max(0, start - 12), start))
  return per ? 'measure' : 'plain'
}

/** Same values, same key: 12.06 × 1e6 and 1206 × 1e4 both give "12060000". */
export function valueKey(value: number): string {
  return String(Number(value.toPrecision(12)))
}

/** Full-width digits and marks to ASCII, one code unit for one, so offsets stay. */
function halfWidth(text: string): string {
  return text.replace(/[０-９．，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

const EN_SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12
}
const ZH_SCALES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 }

// A digit number not glued to letters (G20, 5G, COVID-19, H1N1 are names, not quantities) nor part of a time
// (10:30); thousands groups of three; English ordinal suffixes and a decade's "s" are allowed after it.
const EN_NUMBER =
  /(?<![\p{L}\p{N}.,:]|\p{L}-)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:st|nd|rd|th|s)?(?![\p{L}\p{N}:]|[.,]\d)(?:\s+(hundred|thousand|million|billion|trillion)\b)?/giu
const ZH_NUMBER =
  /(?<![\p{Script=Latin}\p{N}.,:]|\p{Script=Latin}-)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{Script=Latin}\p{N}:]|[.,]\d)(?:[多余]?(万亿|亿|万|千|百)(?!分))?/gu

function digits(s: string): number {
  return Number(s.replace(/,/g, ''))
}

/** The numbers of a source text written with digits, each with its value. */
export function sourceNumbers(text: string, lang: 'en' | 'zh'): NumberMention[] {
  const t = halfWidth(text)
  const out: NumberMention[] = []
  const re = lang === 'en' ? EN_NUMBER : ZH_NUMBER
  re.lastIndex = 0
  for (const m of t.matchAll(re)) {
    const scaleWord = m[2]?.toLowerCase()
    const scale = scaleWord ? ((lang === 'en' ? EN_SCALES : ZH_SCALES)[scaleWord] ?? 1) : 1
    const value = digits(m[1]) * scale
    if (!Number.isFinite(value)) continue
    const end = m.index + m[0].length
    out.push({
      text: text.slice(m.index, end),
      start: m.index,
      end,
      key: valueKey(value),
      value,
      kind: kindAfter(t, m.index, end, lang)
    })
  }
  return out
}

const ZH_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
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
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const ZH_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿]+/g

/** A Chinese numeral (二十, 一百零五, 三千五百万, 二〇二四), or undefined when the characters are not one. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s) return undefined
  // Digit by digit (二〇二四, a year).
  if (s.length > 1 && [...s].every((c) => c in ZH_DIGIT)) return Number([...s].map((c) => ZH_DIGIT[c]).join(''))
  let total = 0
  let section = 0
  let digit: number | undefined
  for (const c of s) {
    if (c in ZH_DIGIT) {
      // Two digits in a row only after 零 (一百零五).
      if (digit !== undefined && digit !== 0) return undefined
      digit = ZH_DIGIT[c]
    } else if (c in ZH_UNIT) {
      section += (digit ?? 1) * ZH_UNIT[c]
      digit = undefined
    } else if (c === '万') {
      const part = section + (digit ?? 0)
      if (part === 0) return undefined
      total += part * 1e4
      section = 0
      digit = undefined
    } else if (c === '亿') {
      // 亿 scales everything before it: 三万亿 = 3 × 10^4 × 10^8.
      const all = total + section + (digit ?? 0)
      if (all === 0) return undefined
      total = all * 1e8
      section = 0
      digit = undefined
    } else return undefined
  }
  return total + section + (digit ?? 0)
}

const EN_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
  half: 0.5,
  dozen: 12,
  double: 2,
  twice: 2,
  hundred: 100,
  thousand: 1000,
  // Dates: 3月11日 is March 11.
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12
}

/** Every value the target text can be read as (keys, see valueKey). */
export function targetValues(text: string, lang: 'en' | 'zh'): Set<string> {
  const t = halfWidth(text)
  const values = new Set<string>()
  const add = (v: number) => Number.isFinite(v) && values.add(valueKey(v))
  const scaled =
    /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*[多余]?\s*(万亿|亿|万|千|百|hundred|thousand|million|billion|trillion)?/gi
  for (const m of t.matchAll(scaled)) {
    const n = digits(m[1])
    add(n)
    const scale = m[2] ? (ZH_SCALES[m[2]] ?? EN_SCALES[m[2].toLowerCase()]) : undefined
    if (scale) add(n * scale)
  }
  if (lang === 'zh' || /\p{Script=Han}/u.test(t)) {
    for (const m of t.matchAll(ZH_NUMERAL_RUN)) chineseValues(m[0], add)
    // A scale alone is a number too: 万吨级 is "10,000-ton class", 千亿斤 a hundred billion jin.
    for (const [c, v] of Object.entries(ZH_SCALES)) if (c.length === 1 && t.includes(c)) add(v)
  }
  if (lang === 'en' || /[a-z]/i.test(t)) englishValues(t, add)
  return values
}

/** Values of a run of Chinese numeral characters and of each of its parts (十四五 → 14 and 5, among others). */
function chineseValues(run: string, add: (v: number) => void): void {
  const max = Math.min(run.length, 12)
  for (let i = 0; i < run.length; i++) {
    for (let j = i + 1; j <= Math.min(run.length, i + max); j++) {
      const v = parseChineseNumeral(run.slice(i, j))
      if (v !== undefined) add(v)
    }
  }
}

/** English number words: one to ninety-nine (twenty-one), ordinals, with hundred/thousand/million/… after. */
function englishValues(text: string, add: (v: number) => void): void {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? []
  let current: number | undefined
  for (const w of words) {
    const v = EN_WORDS[w]
    const scale = EN_SCALES[w]
    if (v !== undefined && scale === undefined) {
      current = current !== undefined && current >= 20 && current % 10 === 0 && v < 10 ? current + v : v
      add(current)
    } else if (scale !== undefined && current !== undefined) {
      current *= scale
      add(current)
    } else current = undefined
  }
}
