/**
 * Anchors for sentence alignment: things a translation carries over, so they show which sentences
 * belong together whatever their lengths.
 *
 * Hard anchors, which a translation almost always keeps: numbers written in digits (the Chinese
 * scales 万 and 亿 and the English million/billion/trillion reconciled: "12.5 million" = 1250万,
 * "1.71倍" = 171%), Latin names kept in Chinese text (CPI, APEC, 5G) and known term pairs.
 * Soft anchors, which it often keeps but may rephrase: numbers in words on either side (五年 /
 * "five years", 十六大 / "Sixteenth Congress", 二〇二五年), months ("March 5" / 3月5日), enumerations
 * (一是 / "First,", （二） / "II."), and question marks. A soft anchor without a partner costs little.
 */

export interface AnchorPair {
  en: string
  zh: string
}

/** One anchor found on one side: the forms under which it can be recognised on the other. */
export type AnchorItem = string[]

export interface AnchorMark {
  forms: AnchorItem
  /** Hard anchors (digits, names, term pairs) almost never go missing in a translation. */
  hard: boolean
}

export interface SentenceAnchors {
  /** Numbers, term pairs, enumerations, punctuation: matched by sharing a form with the other side. */
  marks: AnchorMark[]
  /** Latin words (lower-cased): in Chinese text the names kept in Latin; in English every word. */
  latin: Set<string>
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

const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
const EN_TEENS = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const EN_ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth'
]
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 }

/** English number words and their values: cardinals from two (one is mostly a pronoun), ordinals. */
const EN_WORD_VALUES: Map<string, number> = (() => {
  const out = new Map<string, number>()
  EN_UNITS.forEach((w, v) => v >= 2 && out.set(w, v))
  EN_TEENS.forEach((w, k) => out.set(w, 11 + k))
  EN_ORDINALS.forEach((w, v) => v >= 1 && out.set(w, v))
  EN_TENS.forEach((w, t) => {
    if (t < 2) return
    out.set(w, t * 10)
    for (let u = 1; u <= 9; u++) {
      out.set(`${w}-${EN_UNITS[u]}`, t * 10 + u)
      out.set(`${w}-${EN_ORDINALS[u]}`, t * 10 + u)
    }
  })
  return out
})()

/** Canonical text of a number, so 1.30 and 1.3 or 1.33e9 and 1330000000 compare equal. */
function canon(x: number): string {
  return String(Number(x.toPrecision(6)))
}

function item(raw: number, scale = 1): AnchorItem {
  return scale === 1 ? [canon(raw)] : [canon(raw), canon(raw * scale)]
}

const EN_NUMBER =
  /(\d+(?:,\d{3})*(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s+(thousand|million|billion|trillion))?|\b([A-Za-z]+(?:-[A-Za-z]+)?)\b(?:\s+(thousand|million|billion|trillion))?/g

/** Numbers of an English text, each marked hard (digits) or soft (words, months, Roman headings). */
export function englishNumberMarks(text: string): AnchorMark[] {
  const out: AnchorMark[] = []
  for (const m of text.matchAll(EN_NUMBER)) {
    if (m[1] !== undefined) {
      const raw = Number(m[1].replace(/,/g, ''))
      out.push({ forms: item(raw, m[2] ? EN_SCALE[m[2].toLowerCase()] : 1), hard: true })
      continue
    }
    const word = m[3]
    const lower = word.toLowerCase()
    const scale = m[4] ? EN_SCALE[m[4].toLowerCase()] : 1
    const value = lower === 'one' || lower === 'a' ? (scale > 1 ? 1 : null) : (EN_WORD_VALUES.get(lower) ?? null)
    if (value !== null) {
      // "ten million" is as good as digits: the scale makes it a quantity, not a figure of speech.
      out.push({ forms: item(value, scale), hard: scale > 1 })
      continue
    }
    const month = EN_MONTHS.indexOf(lower)
    // "May" is a month only before a day or a year ("May 1", "May 2008").
    if (month >= 0 && /^[A-Z]/.test(word) && (lower !== 'may' || /^\s+\d/.test(text.slice(m.index + word.length)))) {
      out.push({ forms: [canon(month + 1)], hard: false })
    }
  }
  // A heading numbered in Roman numerals ("II. Work for 2014").
  const roman = /^\s*([IVX]{1,4})\.\s/.exec(text)
  if (roman && ROMAN[roman[1]]) out.push({ forms: [canon(ROMAN[roman[1]])], hard: false })
  return out
}

export function englishNumbers(text: string): AnchorItem[] {
  return englishNumberMarks(text).map((m) => m.forms)
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

// After a lone numeral, characters that make it a quantity or an ordinal (五年, 三项, 十六大, 第二), not
// part of a word (一带一路, 三农, 统一).
const MEASURE = '年个项倍次条届类种家名位批份件'

/** Numbers of a Chinese text, each marked hard (digits) or soft (Chinese numerals, enumerations). */
export function chineseNumberMarks(text: string): AnchorMark[] {
  const out: AnchorMark[] = []
  // A bare scale is a round number: 近亿人次 is "close to 100 million".
  for (const m of text.matchAll(
    /(?<![\d〇零一二两三四五六七八九十百千万])(上|近|逾|数)?(亿|万)(?=人|元|吨|户|个|名|千瓦|平方|公里|亩)/g
  )) {
    out.push({ forms: [canon(ZH_SCALE[m[2]])], hard: false })
  }
  for (const m of text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万亿|万|亿|倍)?/g)) {
    const raw = Number(m[1].replace(/,/g, ''))
    // "增长1.71倍" is "up 171%".
    if (m[2] === '倍') out.push({ forms: [canon(raw), canon(raw * 100)], hard: true })
    else out.push({ forms: item(raw, m[2] ? ZH_SCALE[m[2]] : 1), hard: true })
  }
  // Chinese numerals: a lone 一 or 三 is usually part of a word, so take runs of two or more, or one
  // that a scale, a measure word, 第 or an enumeration mark makes a number.
  const re = new RegExp(`(第)?([〇零一二两三四五六七八九十百千]+)(万亿|万|亿|[${MEASURE}]|是|、|）|%)?`, 'g')
  for (const m of text.matchAll(re)) {
    const [, ordinal, run, after] = m
    const enumeration =
      (after === '是' || after === '、' || after === '）') &&
      (m.index === 0 || !/\p{Script=Han}/u.test(text[m.index - 1]))
    // A lone 一 is an article more often than a number ("一个", "一批"): only 第一 and 一是 / 一、 count.
    if (run.length < 2 && !ordinal && !enumeration && (run === '一' || !after || after === '是' || after === '、')) {
      continue
    }
    const v = chineseNumeralValue(run)
    if (v === null) {
      // "十五五" (the 15th Five-Year Plan): read its head as an ordinal.
      const head = chineseNumeralValue(run.slice(0, 2))
      if (head !== null && run.length === 3) out.push({ forms: item(head), hard: false })
      continue
    }
    const scale = after && after in ZH_SCALE ? ZH_SCALE[after] : 1
    out.push({ forms: item(v, scale), hard: false })
  }
  return out
}

export function chineseNumbers(text: string): AnchorItem[] {
  return chineseNumberMarks(text).map((m) => m.forms)
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
  const usable = pairs.filter((p) => p.en.trim() && p.zh.trim())
  return {
    // Word-bounded, case-insensitive, hyphen or space, with an optional plural ending.
    en: usable.map((p) => {
      const words = p.en
        .trim()
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join('[\\s-]+')
      return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu')
    }),
    zh: usable.map((p) => p.zh.trim())
  }
}

export function sentenceAnchors(text: string, lang: 'en' | 'zh', pairs: PairMatchers): SentenceAnchors {
  const marks = lang === 'en' ? englishNumberMarks(text) : chineseNumberMarks(text)
  if (lang === 'en') pairs.en.forEach((re, k) => re.test(text) && marks.push({ forms: [`p${k}`], hard: true }))
  else pairs.zh.forEach((zh, k) => text.includes(zh) && marks.push({ forms: [`p${k}`], hard: true }))
  if (lang === 'en' ? text.includes('?') : text.includes('？') || text.includes('?')) {
    marks.push({ forms: ['?'], hard: false })
  }
  return { marks, latin: latinWords(text, lang === 'zh') }
}

/** Anchor costs: per matched anchor (each side counted) a bonus, per anchor without partner a penalty. */
export interface AnchorWeights {
  hardBonus: number
  hardPenalty: number
  softBonus: number
  softPenalty: number
}

/** Sentences' (or paragraphs') anchors as sides of a pair: unions of them, and every anchor as ids. */
export function mergeAnchors(parts: readonly SentenceAnchors[]): SentenceAnchors {
  const latin = new Set<string>()
  for (const p of parts) for (const w of p.latin) latin.add(w)
  return { marks: parts.flatMap((p) => p.marks), latin }
}

interface CompiledUnit {
  /** Each mark's first and second form id (-1 when it has one form) and hardness. */
  formA: Int32Array
  formB: Int32Array
  hard: Uint8Array
  /** Every form id of the unit's marks. */
  forms: Int32Array
  /** Chinese side: the Latin names it holds, to be found among the English words. */
  names: Int32Array
  /** English side: its words that some Chinese unit holds as a name. */
  words: Int32Array
}

function has(ids: Int32Array, id: number): boolean {
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return true
  return false
}

/**
 * The anchors of both documents with every form and Latin word turned into a number, so the cost of a
 * link (called for every cell of the alignment lattice) is loops over small integer arrays.
 */
export class AnchorIndex {
  private readonly en: CompiledUnit[]
  private readonly zh: CompiledUnit[]
  /** The unit holds something to match. */
  readonly enAnchored: Uint8Array
  readonly zhAnchored: Uint8Array

  constructor(en: readonly SentenceAnchors[], zh: readonly SentenceAnchors[]) {
    const ids = new Map<string, number>()
    const id = (key: string): number => {
      let v = ids.get(key)
      if (v === undefined) ids.set(key, (v = ids.size))
      return v
    }
    // Only Latin words some Chinese unit holds matter on the English side.
    const names = new Set<string>()
    for (const a of zh) for (const w of a.latin) names.add(w)
    const compile = (a: SentenceAnchors, chinese: boolean): CompiledUnit => {
      const forms: number[] = []
      const unit: CompiledUnit = {
        formA: Int32Array.from(a.marks, (m) => id(m.forms[0])),
        formB: Int32Array.from(a.marks, (m) => (m.forms.length > 1 ? id(m.forms[1]) : -1)),
        hard: Uint8Array.from(a.marks, (m) => (m.hard ? 1 : 0)),
        forms: new Int32Array(0),
        names: chinese ? Int32Array.from(a.latin, (w) => id(`latin:${w}`)) : new Int32Array(0),
        words: chinese
          ? new Int32Array(0)
          : Int32Array.from(
              [...a.latin].filter((w) => names.has(w)),
              (w) => id(`latin:${w}`)
            )
      }
      for (const m of a.marks) for (const f of m.forms) forms.push(id(f))
      unit.forms = Int32Array.from(forms)
      return unit
    }
    this.en = en.map((a) => compile(a, false))
    this.zh = zh.map((a) => compile(a, true))
    this.enAnchored = Uint8Array.from(this.en, (u) => (u.formA.length > 0 ? 1 : 0))
    this.zhAnchored = Uint8Array.from(this.zh, (u) => (u.formA.length > 0 || u.names.length > 0 ? 1 : 0))
  }

  private readonly counts = new Float64Array(4)

  /** Anchor cost of linking English units [e0, e1) with Chinese units [z0, z1). */
  cost(e0: number, e1: number, z0: number, z1: number, w: AnchorWeights): number {
    const t = this.count(e0, e1, z0, z1)
    return -w.hardBonus * t[0] + w.hardPenalty * t[1] - w.softBonus * t[2] + w.softPenalty * t[3]
  }

  /** How many anchors of the link find their counterpart (each side counted). */
  tally(e0: number, e1: number, z0: number, z1: number): AnchorTally {
    const t = this.count(e0, e1, z0, z1)
    return { matched: t[0], unmatched: t[1], softMatched: t[2], softUnmatched: t[3] }
  }

  /** Hard matched, hard unmatched, soft matched, soft unmatched, in a scratch array (no allocation). */
  private count(e0: number, e1: number, z0: number, z1: number): Float64Array {
    const t = this.counts.fill(0)
    sideTally(this.en, this.zh, e0, e1, z0, z1, t)
    sideTally(this.zh, this.en, z0, z1, e0, e1, t)
    return t
  }
}

export interface AnchorTally {
  /** Hard anchors (digits, names, term pairs) with and without a counterpart. */
  matched: number
  unmatched: number
  /** Soft anchors (numbers in words, enumerations, question marks) with and without one. */
  softMatched: number
  softUnmatched: number
}

/** Counts the anchors of units [a0, a1) of one side against units [b0, b1) of the other into t. */
function sideTally(
  mine: CompiledUnit[],
  other: CompiledUnit[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  t: Float64Array
): void {
  for (let x = a0; x < a1; x++) {
    const u = mine[x]
    for (let k = 0; k < u.formA.length; k++) {
      let found = false
      for (let y = b0; y < b1 && !found; y++) {
        found = has(other[y].forms, u.formA[k]) || (u.formB[k] >= 0 && has(other[y].forms, u.formB[k]))
      }
      t[(u.hard[k] ? 0 : 2) + (found ? 0 : 1)]++
    }
    // Latin names kept in the Chinese text, looked for among the English words.
    for (let k = 0; k < u.names.length; k++) {
      let found = false
      for (let y = b0; y < b1 && !found; y++) found = has(other[y].words, u.names[k])
      t[found ? 0 : 1]++
    }
  }
}
