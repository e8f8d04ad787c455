import {
  alignParallel,
  buildTermMatcher,
  detectMatchLang,
  diffTokens,
  suggestEnglishEquivalents,
  suggestEquivalents,
  type TermEntry,
  type TermMatcher
} from '../../core/memory'
import type { Segmenter } from '../../core/text/segmenter'
import type {
  AlignmentView,
  EquivalentProposal,
  FuzzyMatch,
  RecognisedTerm,
  SuggestDirection,
  TermStatus
} from '../../shared/models'
import { hasHan } from '../../shared/script'
import type { Lang } from '../../shared/vocabulary'
import { isTermStatus, statusRank } from '../../shared/vocabulary'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { jiebaSegmenter } from '../text/jieba-segmenter'
import { memoryBackground } from './background-sample'
import { unitsWithTerm } from './term-units'
import type { UnitIndex } from './unit-index'
import { getUnits } from './units-repo'

/** Fuzzy matches for a sentence in either language, exact and 100% first, with diffs for highlighting. */
export function matchSentence(db: Db, index: UnitIndex, text: string, min: number, limit: number): FuzzyMatch[] {
  const query = text.trim()
  if (!query) return []
  const lang = detectMatchLang(query)
  const ranked = index.lookup(query, lang, min, limit)
  const units = getUnits(
    db,
    ranked.map((r) => r.id)
  )
  const seen = new Set<number>()
  const out: FuzzyMatch[] = []
  // Best first: a unit holding the sentence on both sides (an EN–EN memory) is listed once, by its best side.
  for (const r of ranked) {
    const unit = units.get(r.id)
    if (!unit || seen.has(r.id)) continue
    seen.add(r.id)
    out.push({ unit, side: r.side, score: r.score, exact: r.exact, diff: diffTokens(query, r.source, lang) })
  }
  return out
}

interface MatcherCache {
  key: string
  en: TermMatcher
  zh: TermMatcher
  byConcept: Map<number, TermEntry[]>
}

const matcherCaches = new WeakMap<Db, MatcherCache>()

/**
 * The term matchers of a workspace, rebuilt only when the term base may have changed. SQLite's
 * data_version moves when another connection commits; total_changes() counts this connection's own
 * writes. Both are read without touching a table, unlike counting the term rows on every sentence.
 * Any write (not only to terms) rebuilds: a rebuild is cheap next to a miss.
 */
function termMatchers(db: Db): MatcherCache {
  const version = db.pragma('data_version', { simple: true }) as number
  const changes = stmt(db, 'SELECT total_changes()').pluck().get() as number
  const key = `${version}:${changes}`
  const cached = matcherCaches.get(db)
  if (cached?.key === key) return cached
  const entries = stmt(
    db,
    `SELECT t.concept_id AS conceptId, t.id AS termId, t.lang, t.text, t.status FROM terms t
     JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL`
  ).all() as TermEntry[]
  const byConcept = new Map<number, TermEntry[]>()
  for (const e of entries) byConcept.set(e.conceptId, [...(byConcept.get(e.conceptId) ?? []), e])
  const fresh = { key, en: buildTermMatcher(entries, 'en'), zh: buildTermMatcher(entries, 'zh'), byConcept }
  matcherCaches.set(db, fresh)
  return fresh
}

function asStatus(status: string): TermStatus {
  return isTermStatus(status) ? status : 'admitted'
}

/** Term-base terms in a sentence, each with the concept's renderings in the other language. */
export function recogniseInSentence(db: Db, text: string): RecognisedTerm[] {
  const lang = detectMatchLang(text)
  const matchers = termMatchers(db)
  const other = (l: string) => (lang === 'en' ? l.toLowerCase().startsWith('zh') : l.toLowerCase().startsWith('en'))
  return matchers[lang].match(text).map((m) => {
    const renderings = (matchers.byConcept.get(m.conceptId) ?? []).filter((t) => other(t.lang))
    return {
      conceptId: m.conceptId,
      term: m.term,
      start: m.start,
      end: m.end,
      status: m.status,
      renderings: renderings
        .map((t) => ({ text: t.text, status: asStatus(t.status) }))
        .sort((a, b) => statusRank(a.status) - statusRank(b.status))
    }
  })
}

/** A document's sentences, and the paragraph of each: a line break between two sentences starts one. */
function documentSentences(db: Db, id: number, lang: Lang): { sentences: string[]; paragraphs: number[] } {
  const doc = stmt(db, 'SELECT language, text FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) as
    { language: string; text: string } | undefined
  if (!doc) throw new ApiError('not-found', `No document ${id}`)
  if (doc.language !== lang) {
    throw new ApiError('invalid-argument', `Document ${id} is ${doc.language}, expected ${lang}`)
  }
  const rows = stmt(db, 'SELECT start, end, text FROM segments WHERE document_id = ? ORDER BY ordinal').all(id) as {
    start: number
    end: number
    text: string
  }[]
  const paragraphs: number[] = []
  let paragraph = 0
  rows.forEach((r, k) => {
    if (k > 0 && doc.text.slice(rows[k - 1].end, r.start).includes('\n')) paragraph++
    paragraphs.push(paragraph)
  })
  return { sentences: rows.map((r) => r.text), paragraphs }
}

/** Sentence alignment of two documents, anchored by the term base's English–Chinese pairs. */
export function alignDocuments(db: Db, enId: number, zhId: number): AlignmentView {
  const en = documentSentences(db, enId, 'en')
  const zh = documentSentences(db, zhId, 'zh')
  const anchors = db
    .prepare(
      `SELECT e.text AS en, z.text AS zh FROM terms e JOIN terms z ON z.concept_id = e.concept_id
       JOIN concepts c ON c.id = e.concept_id AND c.deleted_at IS NULL
       WHERE e.lang LIKE 'en%' AND z.lang LIKE 'zh%' AND z.status IN ('preferred', 'admitted')`
    )
    .all() as { en: string; zh: string }[]
  const result = alignParallel(en.sentences, zh.sentences, {
    anchors,
    paragraphs: { en: en.paragraphs, zh: zh.paragraphs }
  })
  return {
    confidence: result.confidence,
    reviewBelow: result.reviewBelow,
    problems: result.problems,
    links: result.links.map((l) => ({
      ...l,
      english: l.en.map((i) => en.sentences[i]).join(' '),
      chinese: l.zh.map((i) => zh.sentences[i]).join('')
    }))
  }
}

/**
 * Term units the n-gram statistics are computed over: 600 even samples rank the seeded terms as 1,000
 * and 2,000 did (same top three, top score 0.87-1.00 against at most 0.40 for the runner-up, at
 * 1,000,000 units), and the first suggestion after opening a workspace stays under 500 ms
 * (bench/memory/memory-bench.ts).
 */
const SUGGEST_MAX_UNITS = 600

export interface ProposeOptions {
  /** Default: from the term's script (Chinese for an English term, English for a Chinese one). */
  direction?: SuggestDirection
  /** A concept whose renderings in the target language are marked known. */
  conceptId?: number
  limit: number
}

/** The concept's terms in one language: the renderings it already has. */
function conceptTerms(db: Db, conceptId: number | undefined, lang: Lang): string[] {
  if (!conceptId) return []
  return (
    stmt(db, 'SELECT text FROM terms WHERE concept_id = ? AND lang LIKE ?').all(conceptId, `${lang}%`) as {
      text: string
    }[]
  ).map((t) => t.text)
}

/**
 * Equivalents of a term, as whole words, scored by association across the units that contain it
 * (core/memory/suggest-equivalents.ts, suggest-english.ts).
 */
export function proposeEquivalents(db: Db, term: string, options: ProposeOptions): EquivalentProposal[] {
  const needle = term.trim().toLowerCase()
  if (!needle) throw new ApiError('invalid-argument', 'Name a term')
  const direction = options.direction ?? (hasHan(term) ? 'zh-en' : 'en-zh')
  if ((direction === 'zh-en') !== hasHan(term)) {
    const expected = direction === 'zh-en' ? 'Chinese' : 'English'
    throw new ApiError('invalid-argument', `${direction} suggests for an ${expected} term: "${term.trim()}" is not`)
  }
  // An even sample of the units holding the term's words, and the memory-wide frequency of each
  // n-gram from a cached sample of the memory: the cost no longer grows with the term's frequency.
  const { units, candidates } = unitsWithTerm(db, needle)
  const background = { ...memoryBackground(db), sampledFrom: candidates }
  const common = { limit: options.limit, background, maxUnits: SUGGEST_MAX_UNITS, segmenter: suggestSegmenter() }
  const byId = new Map(units.map((u) => [u.id, u]))
  const evidence = (ids: number[], side: 'en' | 'zh') =>
    ids.slice(0, 5).map((id) => {
      const u = byId.get(id)
      const other = side === 'en' ? 'zh' : 'en'
      return { id, source: u?.[side] ?? '', target: u?.[other] ?? '' }
    })
  if (direction === 'zh-en') {
    const known = conceptTerms(db, options.conceptId, 'en')
    return suggestEnglishEquivalents(term.trim(), units, { ...common, known }).map((s) => ({
      text: s.en,
      lang: 'en',
      score: s.score,
      freq: s.freq,
      known: Boolean(s.known),
      evidence: evidence(s.unitIds, 'zh')
    }))
  }
  const known = conceptTerms(db, options.conceptId, 'zh')
  return suggestEquivalents(term, units, { ...common, known }).map((s) => ({
    text: s.zh,
    lang: 'zh',
    score: s.score,
    freq: s.freq,
    known: Boolean(s.known),
    evidence: evidence(s.unitIds, 'en')
  }))
}

let segmenter: Segmenter | undefined
/**
 * jieba for word boundaries, with its guess at unknown words (HMM) as measured (bench/memory/suggest-eval.ts
 * --jieba); created on the first suggestion, so a workspace that never asks never loads the dictionary.
 */
function suggestSegmenter(): Segmenter {
  segmenter ??= jiebaSegmenter({ tags: false, hmm: true })
  return segmenter
}

/** A sentence as compared for "the memory holds it already": spaces collapsed, full-width folded (NFKC). */
function sameSentence(text: string): string {
  return text.trim().replace(/\s+/g, ' ').normalize('NFKC')
}

/**
 * Does the memory hold this pair already, whichever side holds which sentence (a ZH→EN TMX of the same
 * report), whatever the language variant (en, en-US) and spacing? The fuzzy index finds the units holding
 * the English on either side (at 95 %: a doubled space already costs a point); both sides must then be the
 * same sentences.
 */
export function holdsPair(index: UnitIndex, english: string, chinese: string): boolean {
  const en = sameSentence(english)
  const zh = sameSentence(chinese)
  return index.lookup(english, 'en', 95, 20).some((m) => sameSentence(m.source) === en && sameSentence(m.target) === zh)
}
