/**
 * The spreadsheet layout shared by CSV and XLSX: one row per concept, concept fields first, then for
 * each language a block of columns. Several terms of a language share one cell (see cell-lists.ts);
 * the Status/POS/Usage note cells of that language are aligned item by item with the terms.
 * Examples are listed under their language, aligned with their term/source/date/translation cells.
 * `Extras` cells hold unknown data categories as JSON (concept level: an object; per language: an array
 * aligned with the terms). Terms and examples in languages not listed in `languages` are not written.
 */
import { joinCellList } from './cell-lists'
import { canonicalLang } from './lang-tags'
import type { ExchangeConcept, ExchangeExample, ExchangeTerm } from './model'

export const CONCEPT_COLUMNS = ['ID', 'Domain', 'Definition', 'Note', 'Concept source', 'Created', 'Modified']
export const LANGUAGE_COLUMNS = [
  '',
  ' Status',
  ' POS',
  ' Usage note',
  ' Examples',
  ' Example terms',
  ' Example sources',
  ' Example dates',
  ' Example translations',
  ' Extras'
]

export function tableHeader(languages: readonly string[]): string[] {
  const langs = languages.map(canonicalLang)
  return [...CONCEPT_COLUMNS, ...langs.flatMap((l) => LANGUAGE_COLUMNS.map((suffix) => l + suffix)), 'Extras']
}

export function conceptToRow(c: ExchangeConcept, languages: readonly string[]): string[] {
  const row = [
    c.id ?? '',
    c.domain ?? '',
    c.definition ?? '',
    c.note ?? '',
    c.source ?? '',
    c.createdAt ?? '',
    c.modifiedAt ?? ''
  ]
  for (const lang of languages.map(canonicalLang)) {
    const terms: ExchangeTerm[] = c.terms.filter((t) => canonicalLang(t.lang) === lang)
    const ex: ExchangeExample[] = (c.examples ?? []).filter((e) => canonicalLang(e.lang) === lang)
    const termExtras = terms.map((t) => t.extra ?? {})
    row.push(
      joinCellList(terms.map((t) => t.text)),
      joinCellList(terms.map((t) => t.status)),
      aligned(terms.map((t) => t.pos)),
      aligned(terms.map((t) => t.usageNote)),
      joinCellList(ex.map((e) => e.text)),
      aligned(ex.map((e) => e.termText)),
      aligned(ex.map((e) => e.source)),
      aligned(ex.map((e) => e.date)),
      aligned(ex.map((e) => e.zh)),
      termExtras.some((e) => Object.keys(e).length > 0) ? JSON.stringify(termExtras) : ''
    )
  }
  row.push(c.extra && Object.keys(c.extra).length > 0 ? JSON.stringify(c.extra) : '')
  return row
}

/** Header row first, then one row per concept; a generator so large term bases stream. */
export function* conceptsToTable(
  concepts: Iterable<ExchangeConcept>,
  languages: readonly string[]
): Generator<string[]> {
  yield tableHeader(languages)
  for (const c of concepts) yield conceptToRow(c, languages)
}

/** An aligned list cell: empty when no item has a value (so sparse columns stay blank). */
function aligned(values: Array<string | undefined>): string {
  return values.some((v) => v) ? joinCellList(values.map((v) => v ?? '')) : ''
}
