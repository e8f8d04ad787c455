/**
 * Streaming CSV writer (Excel- and CAT-friendly): UTF-8 BOM (so Excel detects UTF-8; the main side
 * encodes the string as UTF-8), RFC 4180 quoting, CRLF, one row per concept in the table-layout.ts
 * columns, every cell guarded against formula injection (cell-lists.ts). Also the plain two-column
 * TSV that OmegaT reads as a glossary.
 */
import { neutralizeCell } from './cell-lists'
import { canonicalLang, sameLanguage } from './lang-tags'
import type { ExchangeConcept, ExchangeTerm } from './model'
import { conceptsToTable } from './table-layout'

export interface CsvOptions {
  /** Languages to write, in column order, e.g. ['en', 'zh-CN']. */
  languages: readonly string[]
  /** Default ','. */
  separator?: ',' | ';' | '\t'
}

export function csvCell(value: string, separator = ','): string {
  const v = neutralizeCell(value)
  return v.includes('"') || v.includes(separator) || v.includes('\n') || v.includes('\r') || /^\s|\s$/.test(v)
    ? `"${v.replace(/"/g, '""')}"`
    : v
}

export function* serializeCsv(concepts: Iterable<ExchangeConcept>, options: CsvOptions): Generator<string> {
  const sep = options.separator ?? ','
  let first = true
  for (const row of conceptsToTable(concepts, options.languages)) {
    const line = row.map((c) => csvCell(c, sep)).join(sep) + '\r\n'
    yield first ? '\uFEFF' + line : line
    first = false
  }
}

export interface OmegatTsvOptions {
  /** Default 'en'. */
  srcLang?: string
  /** Default 'zh-CN'. */
  tgtLang?: string
}

/**
 * OmegaT glossary TSV: `source TAB target` per concept, preferred terms (the first preferred, else the
 * first admitted term; deprecated/forbidden never). No header (OmegaT would import it as a term), no BOM
 * (OmegaT reads it into the first cell), CRLF. TABs and line breaks inside terms become spaces. A term
 * that a spreadsheet would run as a formula (= + - @ first) gets the CSV export's apostrophe guard (the
 * importer removes it); a `|` is written as it is (a table without a header is read one term per cell).
 * Concepts lacking either language are skipped.
 */
export function* serializeOmegatTsv(
  concepts: Iterable<ExchangeConcept>,
  options: OmegatTsvOptions = {}
): Generator<string> {
  const src = canonicalLang(options.srcLang ?? 'en')
  const tgt = canonicalLang(options.tgtLang ?? 'zh-CN')
  for (const c of concepts) {
    const s = bestTerm(c.terms, src)
    const t = bestTerm(c.terms, tgt)
    if (s && t) yield `${neutralizeCell(flat(s.text))}\t${neutralizeCell(flat(t.text))}\r\n`
  }
}

function bestTerm(terms: ExchangeTerm[], lang: string): ExchangeTerm | undefined {
  const inLang = terms.filter((t) => canonicalLang(t.lang) === lang)
  const pool = inLang.length > 0 ? inLang : terms.filter((t) => sameLanguage(t.lang, lang))
  return pool.find((t) => t.status === 'preferred') ?? pool.find((t) => t.status === 'admitted')
}

function flat(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').trim()
}
