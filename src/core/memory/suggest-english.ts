/**
 * English equivalents for a Chinese term, proposed from the translation memory: the reverse of
 * suggest-equivalents.ts, with the same machinery. The term units are those whose Chinese side holds
 * the term on word boundaries (内需 in 扩大内需, not in 国内需求); Model 1 gives each English content word
 * to the Chinese character most likely to have produced it, and the words given to the term's
 * characters make the unit's proposal: a whole phrase that starts and ends on a content word (never on
 * "the", "of", "and"), function words inside kept ("reform and opening up", "rule of law").
 */
import type { Segmenter } from '../text/segmenter'
import { ChineseContexts, onWordEdges, textEdges } from './chinese-edges'
import { lightStem } from './light-stem'
import { FUNCTION_WORDS } from './model1'
import type { SuggestUnit } from './suggest-equivalents'
import { contextUnits, trainOwnership } from './suggest-ownership'
import { evenSample, type Evidence, rankProposals } from './suggest-ranking'

export interface EnglishSuggestOptions {
  /** Longest proposal in words; default 6. */
  maxWords?: number
  /** Most proposals returned, known equivalents not counted; default 10. */
  limit?: number
  /** Least number of term units a proposal must be aligned in (as for suggestEquivalents). */
  minFreq?: number
  /** English equivalents the term base already has: always returned, marked known. */
  known?: string[]
  background?: EnglishBackground
  /** Term units examined at most (an even sample of them); default 2000. */
  maxUnits?: number
  /** Evidence unit ids kept per proposal; default 20. */
  maxEvidence?: number
  /** Chinese word segmentation, to tell the term from a longer word holding it. */
  segmenter?: Segmenter
}

export interface EnglishBackground {
  /** Units in the whole memory. */
  totalUnits: number
  /** Units in the whole memory containing the term (default: estimated from the units passed). */
  termUnits?: number
  /** The units passed are an even sample of this many candidate units. */
  sampledFrom?: number
  /**
   * An even sample of the memory's units (both sides), the same array while the memory is unchanged:
   * how common each English phrase is, and what the rest of each sentence is learned from.
   */
  sample: readonly SuggestUnit[]
}

export interface EnglishSuggestion {
  en: string
  /** Dice over aligned units, 0..1. */
  score: number
  /** Term units (examined) in which the term's characters align to this phrase. */
  freq: number
  unitIds: number[]
  llr: number
  known?: boolean
}

interface Word {
  start: number
  end: number
  /** Light stem of a content word; the lower-cased word itself for a function word. */
  key: string
  content: boolean
}

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g

function words(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase()
    const content = !FUNCTION_WORDS.has(lower)
    out.push({ start: m.index, end: m.index + m[0].length, key: content ? lightStem(lower) : lower, content })
  }
  return out
}

/** Key of a phrase: its words' keys, so "State-owned enterprises" and "state owned enterprise" meet. */
function phraseKey(ws: Word[]): string {
  return ws.map((w) => w.key).join(' ')
}

const keyCache = new WeakMap<readonly SuggestUnit[], string[]>()

/** The English side of every unit of a pool as keys joined by spaces (padded), computed once per pool. */
function poolKeys(pool: readonly SuggestUnit[]): string[] {
  let keys = keyCache.get(pool)
  if (!keys) keyCache.set(pool, (keys = pool.map((u) => ` ${phraseKey(words(u.en))} `)))
  return keys
}

/** Offsets of the term in a Chinese text where it stands on word boundaries. */
function termOccurrences(
  zh: string,
  term: string,
  segmenter: Segmenter | undefined,
  corpus: ChineseContexts
): number[] {
  const out: number[] = []
  let edges: ReturnType<typeof textEdges> | null = null
  for (let at = zh.indexOf(term); at >= 0; at = zh.indexOf(term, at + 1)) {
    edges ??= textEdges(zh, segmenter)
    if (onWordEdges(zh, edges, at, at + term.length, corpus)) out.push(at)
  }
  return out
}

export function suggestEnglishEquivalents(
  term: string,
  units: SuggestUnit[],
  options: EnglishSuggestOptions = {}
): EnglishSuggestion[] {
  const zhTerm = term.trim()
  const maxWords = options.maxWords ?? 6
  const limit = options.limit ?? 10
  const maxEvidence = options.maxEvidence ?? 20
  const maxUnits = options.maxUnits ?? 2000
  const known = (options.known ?? []).map((k) => k.trim()).filter(Boolean)
  if (!zhTerm) return []
  const bg = options.background
  const pool = bg && units.length > maxUnits ? evenSample(units, maxUnits) : units
  const holders = pool.filter((u) => u.zh.includes(zhTerm))
  const corpus = new ChineseContexts([...pool, ...(bg?.sample ?? [])].map((u) => u.zh))
  const occurrences = new Map<number, number[]>()
  const allPositives: SuggestUnit[] = []
  for (const u of holders) {
    const at = termOccurrences(u.zh, zhTerm, options.segmenter, corpus)
    if (at.length === 0) continue
    occurrences.set(u.id, at)
    allPositives.push(u)
  }
  const positives = evenSample(allPositives, maxUnits)
  const n1 = positives.length
  const negatives = pool.filter((u) => !occurrences.has(u.id))
  const termUnitsPassed = Math.round(
    (allPositives.length * (bg?.sampledFrom ?? units.length)) / Math.max(1, pool.length)
  )

  const context = contextUnits(positives, bg ? bg.sample : negatives, new Set())
  const ownership = trainOwnership(positives, context)
  const evidence = new Map<string, Evidence>()
  const surfaces = new Map<string, Map<string, number>>()
  positives.forEach((u, k) => {
    const owned = ownership.units[k]
    const owners = ownership.enOwners(k)
    // The term's characters (by token, since Model 1 cannot tell two 外 of one sentence apart).
    const termTokens = new Set<number>()
    for (const at of occurrences.get(u.id)!) {
      owned.zhOffsets.forEach((offset, c) => {
        if (offset >= at && offset < at + zhTerm.length) termTokens.add(owned.zhIds[c])
      })
    }
    // Content words given to a character of the term: 1; to another character: -1. And, as word
    // aligners symmetrise, a word the term's characters are given to is the term's as well.
    const label = new Map<number, number>()
    owned.enOffsets.forEach((offset, b) => {
      const c = owners[b]
      if (c >= 0) label.set(offset, termTokens.has(owned.zhIds[c]) ? 1 : -1)
    })
    const back = ownership.zhOwners(k)
    back.forEach((b, c) => {
      if (b >= 0 && termTokens.has(owned.zhIds[c])) label.set(owned.enOffsets[b], 1)
    })
    const ws = words(u.en)
    const found = new Set<string>()
    let i = 0
    while (i < ws.length) {
      if (label.get(ws[i].start) !== 1) {
        i++
        continue
      }
      // Extend over function words and unowned content words to the last word given to the term.
      let last = i
      for (let j = i + 1; j < ws.length && j - i < maxWords + 3; j++) {
        const l = label.get(ws[j].start)
        if (l === 1) last = j
        else if (l === -1) break
        else if (ws[j].content && j > last + 1) break
      }
      const phrase = ws.slice(i, last + 1)
      i = last + 1
      if (phrase.filter((w) => w.content).length > maxWords) continue
      const key = phraseKey(phrase)
      if (found.has(key)) continue
      found.add(key)
      let ev = evidence.get(key)
      if (!ev) evidence.set(key, (ev = { aligned: 0, units: 0, unitIds: [] }))
      ev.aligned++
      ev.units++
      if (ev.unitIds.length < maxEvidence) ev.unitIds.push(u.id)
      // The phrase as written, lower-cased at the start of a sentence ("Rural areas" -> "rural areas").
      let surface = u.en.slice(phrase[0].start, phrase[phrase.length - 1].end)
      if (phrase[0].start === 0 && /^[A-Z][a-z]/.test(surface)) surface = surface[0].toLowerCase() + surface.slice(1)
      let forms = surfaces.get(key)
      if (!forms) surfaces.set(key, (forms = new Map()))
      forms.set(surface, (forms.get(surface) ?? 0) + 1)
    }
  })
  const minFreq = options.minFreq ?? (n1 < 2 ? 1 : Math.max(2, Math.ceil(n1 * 0.01)))
  for (const [key, ev] of evidence) if (ev.aligned < minFreq) evidence.delete(key)
  const knownKeys = known.map((k) => phraseKey(words(k)))
  known.forEach((k, x) => {
    const key = knownKeys[x]
    const holding = positives.filter((u) => ` ${phraseKey(words(u.en))} `.includes(` ${key} `))
    evidence.set(key, {
      aligned: holding.length,
      units: holding.length,
      unitIds: holding.slice(0, maxEvidence).map((u) => u.id)
    })
    surfaces.set(key, new Map([[k, Infinity]]))
  })

  // Units holding each phrase: counted in the memory's sample (scaled up), or in the units passed.
  const holding = new Map<string, number>()
  let scale = n1 > 0 ? allPositives.length / n1 : 1
  let otherUnits: number
  const keys = [...evidence.keys()]
  if (bg) {
    const sampleKeys = poolKeys(bg.sample)
    const up = bg.sample.length > 0 ? bg.totalUnits / bg.sample.length : 0
    for (const key of keys) {
      let count = 0
      for (const s of sampleKeys) if (s.includes(` ${key} `)) count++
      holding.set(key, Math.round(count * up))
    }
    const termUnits = bg.termUnits ?? termUnitsPassed
    scale = n1 > 0 ? termUnits / n1 : 1
    otherUnits = Math.max(1, bg.totalUnits - termUnits)
  } else {
    const passed = poolKeys(pool)
    for (const key of keys) {
      let count = 0
      for (const s of passed) if (s.includes(` ${key} `)) count++
      holding.set(key, count)
    }
    otherUnits = negatives.length
  }
  return rankProposals({
    evidence,
    termUnits: n1,
    scale,
    otherUnits,
    holding,
    known: knownKeys,
    limit,
    contains: (a, b) => ` ${a} `.includes(` ${b} `),
    size: (key) => key.split(' ').length
  })
    .map(({ text, ...rest }) => {
      const forms = [...(surfaces.get(text) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1])
      return { en: forms[0]?.[0] ?? text, ...rest }
    })
    .reduce(fullFormsFirst, [] as EnglishSuggestion[])
}

/** "SOEs" -> "soe", "CPI" -> "cpi": the letters of an acronym, or null for an ordinary word. */
function acronymLetters(text: string): string | null {
  const m = /^([A-Z]{2,6})s?$/.exec(text.trim())
  return m ? m[1].toLowerCase() : null
}

/** "state-owned enterprises" -> "soe": the initials of a phrase's words (hyphenated parts count). */
function initials(text: string): string {
  return (text.toLowerCase().match(/[a-z]+/g) ?? [])
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map((w) => w[0])
    .join('')
}

/**
 * A glossary wants the full form of a term, its acronym as a variant: an acronym ("SOEs", "VAT") is
 * moved behind a proposal lower in the list that spells it out ("state-owned enterprises").
 */
function fullFormsFirst(
  out: EnglishSuggestion[],
  s: EnglishSuggestion,
  _k: number,
  all: EnglishSuggestion[]
): EnglishSuggestion[] {
  if (out.includes(s)) return out
  const letters = acronymLetters(s.en)
  const full = letters ? all.find((f) => f !== s && !out.includes(f) && initials(f.en) === letters) : undefined
  if (full) out.push(full)
  out.push(s)
  return out
}
