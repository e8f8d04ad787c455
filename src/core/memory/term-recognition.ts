/**
 * Term recognition: which of the term base's terms occur in a sentence, with their offsets.
 * English is matched word by word on light stems (case, plural, -ing/-ed, and hyphen vs space all
 * ignored); Chinese by folded characters (substring). Terms sit in a trie keyed by word stem or
 * character, so a sentence costs one short walk per position whatever the size of the term base.
 * Where matches overlap the longest wins ("new quality productive forces" over "productive forces").
 */
import { isSpaceCode } from '../../shared/script'
import type { TermStatus } from '../../shared/vocabulary'
import { lightStem } from './light-stem'
import { foldToken, type MatchLang } from './match-tokens'
export type { TermStatus }

export interface TermEntry {
  conceptId: number
  termId: number
  /** BCP 47 as stored: en, en-GB, zh, zh-CN ... only its first subtag is used. */
  lang: string
  text: string
  status: TermStatus | string
}

export interface TermMatch {
  conceptId: number
  termId: number
  /** The term as written in the term base. */
  term: string
  status: string
  /** UTF-16 offsets of the occurrence in the sentence; surface = sentence.slice(start, end). */
  start: number
  end: number
  surface: string
}

export interface TermMatcher {
  readonly lang: MatchLang
  /** Number of terms indexed. */
  readonly size: number
  match(sentence: string): TermMatch[]
  /**
   * Every occurrence of every term, overlaps included (生产力 inside 新质生产力 as well), in order of start:
   * for callers that decide themselves which occurrences count (terminology QA).
   */
  matchAll(sentence: string): TermMatch[]
}

interface Unit {
  key: string
  start: number
  end: number
  /** Whether it continues the previous unit (only whitespace or hyphens between them). */
  joined: boolean
}

/** Children and terms are made when first needed: most nodes of a 100,000-term trie are leaves. */
interface TrieNode {
  next: Map<string, TrieNode> | null
  terms: TermEntry[] | null
}

// Words, and the marks a term may hold between them (One Belt, One Road; R&D; and/or): a term matches only
// where the text has the same mark, and a term without marks never spans one.
const EN_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[,;:/&]/gu
const JOINER = /^[\s\-‐‑‒–—]*$/

/**
 * Stems of words seen lately: running text repeats its words, and QA stems every word of every unit of a
 * file (lightStem and its regexes were the top of a 10,000-unit check's profile). Bounded: cleared when full.
 */
const stems = new Map<string, string>()
const STEM_CACHE = 50_000

function stemOf(word: string): string {
  let stem = stems.get(word)
  if (stem === undefined) {
    stem = lightStem(word)
    if (stems.size >= STEM_CACHE) stems.clear()
    stems.set(word, stem)
  }
  return stem
}

function englishUnits(text: string): Unit[] {
  const out: Unit[] = []
  let prevEnd = -1
  for (const m of text.matchAll(EN_WORD)) {
    const start = m.index
    out.push({
      key: stemOf(m[0]),
      start,
      end: start + m[0].length,
      joined: prevEnd >= 0 && (prevEnd === start || JOINER.test(text.slice(prevEnd, start)))
    })
    prevEnd = start + m[0].length
  }
  return out
}

function chineseUnits(text: string): Unit[] {
  const out: Unit[] = []
  let i = 0
  for (const ch of text) {
    const start = i
    i += ch.length
    const c = ch.charCodeAt(0)
    if (isSpaceCode(c)) continue
    // CJK unified ideographs fold to themselves (NFKC, lower case): skip foldToken's normalize() for them.
    out.push({ key: c >= 0x4e00 && c <= 0x9fff ? ch : foldToken(ch), start, end: i, joined: true })
  }
  return out
}

function unitsFor(lang: MatchLang, text: string): Unit[] {
  return lang === 'en' ? englishUnits(text) : chineseUnits(text)
}

const baseLangs = new Map<string, MatchLang | null>()

/** 'zh-CN' -> 'zh', 'en-GB' -> 'en', other languages null (memoised: called for every term of a term base). */
function baseLang(lang: string): MatchLang | null {
  let v = baseLangs.get(lang)
  if (v === undefined) {
    const base = lang.toLowerCase().split(/[-_]/)[0]
    v = base === 'zh' ? 'zh' : base === 'en' ? 'en' : null
    if (baseLangs.size > 1000) baseLangs.clear()
    baseLangs.set(lang, v)
  }
  return v
}

export function buildTermMatcher(terms: readonly TermEntry[], lang: MatchLang): TermMatcher {
  const root: TrieNode = { next: new Map(), terms: null }
  let size = 0
  for (const t of terms) {
    if (baseLang(t.lang) !== lang) continue
    const units = unitsFor(lang, t.text)
    if (units.length === 0) continue
    let node = root
    for (const u of units) {
      node.next ??= new Map()
      let child = node.next.get(u.key)
      if (!child) {
        child = { next: null, terms: null }
        node.next.set(u.key, child)
      }
      node = child
    }
    node.terms ??= []
    node.terms.push(t)
    size++
  }

  function matchAll(sentence: string): TermMatch[] {
    const units = unitsFor(lang, sentence)
    const out: TermMatch[] = []
    for (let i = 0; i < units.length; i++) {
      let node = root.next?.get(units[i].key)
      let j = i
      while (node) {
        for (const t of node.terms ?? []) {
          const from = units[i].start
          const to = units[j].end
          out.push({
            conceptId: t.conceptId,
            termId: t.termId,
            term: t.text,
            status: t.status,
            start: from,
            end: to,
            surface: sentence.slice(from, to)
          })
        }
        j++
        if (j >= units.length || !units[j].joined) break
        node = node.next?.get(units[j].key)
      }
    }
    return out
  }

  return { lang, size, match: (sentence) => longestFirst(matchAll(sentence)), matchAll }
}

/**
 * Where occurrences overlap, the longest wins, then the leftmost ("new quality productive forces" over
 * "productive forces"); every term at a kept span is kept (homographs of several concepts). In order of start.
 */
export function longestFirst(matches: readonly TermMatch[]): TermMatch[] {
  const spans = new Map<string, { start: number; end: number; matches: TermMatch[] }>()
  for (const m of matches) {
    const key = `${m.start}:${m.end}`
    const span = spans.get(key)
    if (span) span.matches.push(m)
    else spans.set(key, { start: m.start, end: m.end, matches: [m] })
  }
  const ranked = [...spans.values()].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: typeof ranked = []
  for (const h of ranked) {
    if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h)
  }
  kept.sort((a, b) => a.start - b.start)
  return kept.flatMap((k) => k.matches)
}

const cache = new WeakMap<readonly TermEntry[], Partial<Record<MatchLang, TermMatcher>>>()

/**
 * Terms of `lang` found in the sentence. Pass a matcher from buildTermMatcher when calling many times;
 * a plain array is also accepted and its matcher cached for as long as the array lives.
 */
export function recogniseTerms(
  sentence: string,
  lang: MatchLang,
  terms: readonly TermEntry[] | TermMatcher
): TermMatch[] {
  if (!Array.isArray(terms)) return (terms as TermMatcher).match(sentence)
  const list = terms as readonly TermEntry[]
  let byLang = cache.get(list)
  if (!byLang) {
    byLang = {}
    cache.set(list, byLang)
  }
  const matcher = (byLang[lang] ??= buildTermMatcher(list, lang))
  return matcher.match(sentence)
}
