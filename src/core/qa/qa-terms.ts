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
  /** Number of terms per language: a language the term base has no terms in cannot be checked. */
  size: Record<QaLang, number>
}

/** 'zh-CN' → 'zh', 'en-GB' → 'en', anything else → null (Shuyu's term bases are English–Chinese). */
export function qaLang(tag: string): QaLang | null {
  const base = tag.toLowerCase().split(/[-_]/)[0]
  return base === 'en' || base === 'zh' ? base : null
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
  const matchers = { en: buildTermMatcher(entries, 'en'), zh: buildTermMatcher(entries, 'zh') }
  return {
    matchers,
    termsOf: (conceptId, lang) => byConcept.get(conceptId)?.[lang] ?? [],
    size: { en: matchers.en.size, zh: matchers.zh.size }
  }
}
