/**
 * A concept as a person reads it in a glossary (issue #15 §4): the head term, its Chinese, the status,
 * the other terms, definition and one example. Shared by the printable HTML glossary (glossary-html.ts)
 * and the XLSX "readable" layout (one row per concept), so both say the same thing.
 */
import { pinyin } from 'pinyin-pro'

import { canonicalLang, sameLanguage } from './lang-tags'
import type { ExchangeConcept, ExchangeTerm, TermStatus } from './model'

export interface GlossaryEntry {
  /** The English head term (the first preferred, else the first admitted, else the first term). */
  head: string
  /** Its status, or the Chinese term's when the concept has no English term. */
  status: TermStatus
  /** The Chinese head term (simplified). */
  chinese: string
  /** Other English and Chinese terms that may be used (preferred or admitted), in order. */
  otherEnglish: string[]
  otherChinese: string[]
  /** Terms to avoid (deprecated or forbidden), any language, with their status. */
  avoid: Array<{ text: string; status: TermStatus }>
  domain: string
  definition: string
  note: string
  /** The first example, and its Chinese rendering (or the first Chinese example). */
  example: string
  exampleZh: string
}

const USABLE: ReadonlySet<TermStatus> = new Set(['preferred', 'admitted'])

function headOf(terms: ExchangeTerm[]): ExchangeTerm | undefined {
  return (
    terms.find((t) => t.status === 'preferred') ?? terms.find((t) => t.status === 'admitted') ?? terms[0] ?? undefined
  )
}

export function glossaryEntry(c: ExchangeConcept, src = 'en', tgt = 'zh-CN'): GlossaryEntry {
  const inLang = (lang: string): ExchangeTerm[] => {
    const exact = c.terms.filter((t) => canonicalLang(t.lang) === canonicalLang(lang))
    return exact.length > 0 ? exact : c.terms.filter((t) => sameLanguage(t.lang, lang))
  }
  const en = inLang(src)
  const zh = inLang(tgt)
  const head = headOf(en)
  const chinese = headOf(zh)
  const others = (list: ExchangeTerm[], skip: ExchangeTerm | undefined): string[] =>
    list.filter((t) => t !== skip && USABLE.has(t.status)).map((t) => t.text)
  const examples = c.examples ?? []
  const enExample = examples.find((e) => sameLanguage(e.lang, src))
  const zhExample = examples.find((e) => sameLanguage(e.lang, tgt))
  return {
    head: head?.text ?? chinese?.text ?? c.terms[0]?.text ?? '',
    status: head?.status ?? chinese?.status ?? c.terms[0]?.status ?? 'admitted',
    chinese: head ? (chinese?.text ?? '') : '',
    otherEnglish: others(en, head),
    otherChinese: others(zh, chinese),
    avoid: c.terms.filter((t) => !USABLE.has(t.status)).map((t) => ({ text: t.text, status: t.status })),
    domain: c.domain ?? '',
    definition: c.definition ?? '',
    note: c.note ?? '',
    example: enExample?.text ?? zhExample?.text ?? '',
    exampleZh: enExample ? (enExample.zh ?? zhExample?.text ?? '') : ''
  }
}

export type GlossaryOrder = 'alphabetical' | 'pinyin'

/**
 * The sort key of an entry: its head term, case and accents folded (alphabetical), or the pinyin of its
 * Chinese term (toneless, syllables spaced, so 改革 < 高质量 < 公共), falling back to the head term.
 */
export function glossaryKey(e: GlossaryEntry, order: GlossaryOrder): string {
  if (order === 'pinyin' && e.chinese) {
    return pinyin(e.chinese, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').toLowerCase()
  }
  return e.head.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

export function sortGlossary(entries: GlossaryEntry[], order: GlossaryOrder): GlossaryEntry[] {
  const keyed = entries.map((e) => ({ e, k: glossaryKey(e, order) }))
  keyed.sort((a, b) => collator.compare(a.k, b.k) || collator.compare(a.e.head, b.e.head))
  return keyed.map((x) => x.e)
}

/** The readable spreadsheet layout: its header and widths (characters), one row per concept. */
export const READABLE_COLUMNS = [
  ['English', 30],
  ['Chinese', 18],
  ['Status', 11],
  ['Other English terms', 26],
  ['Other Chinese terms', 18],
  ['Avoid', 24],
  ['Domain', 16],
  ['Definition', 50],
  ['Example', 50],
  ['Example (Chinese)', 36],
  ['Note', 30]
] as const

export function readableRow(e: GlossaryEntry): string[] {
  return [
    e.head,
    e.chinese,
    e.status,
    e.otherEnglish.join('; '),
    e.otherChinese.join('；'),
    e.avoid.map((a) => `${a.text} (${a.status})`).join('; '),
    e.domain,
    e.definition,
    e.example,
    e.exampleZh,
    e.note
  ]
}
