/**
 * The term base as QA needs it, built once per run: a matcher per language (term-recognition.ts: English on
 * light stems, so inflections, case and hyphen/space variants meet; Chinese by characters) and each
 * concept's terms by language, usable ones (preferred, admitted) first.
 */
import { statusRank, USABLE_STATUSES } from '../../shared/vocabulary'
import { buildTermMatcher, type TermEntry, type TermMatcher } from '../memory/term-recognition'

export type QaLang = 'en' | 'zh'

export interface QaTermIndex {
  matchers: Record<QaLang, TermMatcher>
  /** A concept's terms in one language, preferred first (then admitted, deprecated, forbidden). */
  termsOf(conceptId: number, lang: QaLang): TermEntry[]
  /** The term as the term base writes it (a matcher may hold it without its leading article). */
  termText(termId: number): string | undefined
  /** Number of terms per language: a language the term base has no terms in cannot be checked. */
  size: Record<QaLang, number>
}

const ARTICLE = /^(?:the|a|an)\s+(?=\S)/i

/**
 * English terms are also matched without a leading article: "the Belt and Road Initiative" is the term in
 * "a Belt and Road Initiative project" and in "under Belt and Road Initiative".
 */
function withoutArticles(entries: readonly TermEntry[]): TermEntry[] {
  const out: TermEntry[] = [...entries]
  for (const e of entries) {
    if (qaLang(e.lang) !== 'en' || !ARTICLE.test(e.text)) continue
    out.push({ ...e, text: e.text.replace(ARTICLE, '') })
  }
  return out
}

const langs = new Map<string, QaLang | null>()

/** 'zh-CN' → 'zh', 'en-GB' → 'en', anything else → null (Shuyu's term bases are English–Chinese). */
export function qaLang(tag: string): QaLang | null {
  let lang = langs.get(tag)
  if (lang === undefined) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    lang = base === 'en' || base === 'zh' ? base : null
    // Bounded: a term base has a handful of tags, a hostile file may bring many.
    if (langs.size > 1000) langs.clear()
    langs.set(tag, lang)
  }
  return lang
}

export function isUsable(status: string): boolean {
  return (USABLE_STATUSES as readonly string[]).includes(status)
}

export function buildQaTermIndex(entries: readonly TermEntry[]): QaTermIndex {
  const byConcept = new Map<number, Record<QaLang, TermEntry[]>>()
  for (const e of entries) {
    const lang = qaLang(e.lang)
    if (!lang) continue
    let langs = byConcept.get(e.conceptId)
    if (!langs) {
      langs = { en: [], zh: [] }
      byConcept.set(e.conceptId, langs)
    }
    langs[lang].push(e)
  }
  for (const langs of byConcept.values()) {
    for (const list of [langs.en, langs.zh])
      if (list.length > 1) list.sort((a, b) => statusRank(a.status) - statusRank(b.status))
  }
  const texts = new Map(entries.map((e) => [e.termId, e.text]))
  const matchers = { en: buildTermMatcher(withoutArticles(entries), 'en'), zh: buildTermMatcher(entries, 'zh') }
  return {
    matchers,
    termsOf: (conceptId, lang) => byConcept.get(conceptId)?.[lang] ?? [],
    termText: (termId) => texts.get(termId),
    size: { en: matchers.en.size, zh: matchers.zh.size }
  }
}
