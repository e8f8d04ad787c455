/**
 * Workspace rows → exchange model, in batches: concept ids are paged with `id > last` (an index walk,
 * not OFFSET), and each batch's terms and examples are fetched with one query each, so exporting
 * 100,000 concepts keeps only one batch in memory. Generators, so the serialisers pull as they write.
 */
import {
  type ExchangeConcept,
  type ExchangeExample,
  type ExchangeTerm,
  type ExchangeUnit,
  type TermStatus
} from '../../core/exchange'
import type { ExportFilter } from '../../shared/models'
import { hasHan } from '../../shared/script'
import type { Db } from '../db/open-database'
import { canonicalTag as canonicalLang, primaryTag as primaryLang } from './lang-cache'

const BATCH = 500

/** Row layouts of the three raw queries below (column positions). */
const C = { id: 0, definition: 1, domain: 2, note: 3, source: 4, extra: 5, createdAt: 6, modifiedAt: 7 } as const
type ConceptRow = [number, string, string, string, string, string, string, string]
const T = {
  id: 0,
  conceptId: 1,
  lang: 2,
  text: 3,
  status: 4,
  pos: 5,
  usageNote: 6,
  extra: 7,
  ordinal: 8,
  createdAt: 9,
  modifiedAt: 10
} as const
type TermRow = [number, number, string, string, TermStatus, string, string, string, number, string, string]
const E = { id: 0, conceptId: 1, termId: 2, text: 3, zh: 4, source: 5, title: 6, date: 7 } as const
type ExampleRow = [number, number, number | null, string, string, string, string | null, string | null]

/** SQL condition + parameters selecting the live concepts an export includes. */
function filterSql(filter: ExportFilter = {}): { where: string; params: unknown[] } {
  const where = ['c.deleted_at IS NULL']
  const params: unknown[] = []
  if (filter.status) {
    where.push('EXISTS (SELECT 1 FROM terms t WHERE t.concept_id = c.id AND t.status = ?)')
    params.push(filter.status)
  }
  if (filter.domain !== undefined && filter.domain !== '') {
    where.push('c.domain = ?')
    params.push(filter.domain)
  }
  if (filter.lang) {
    // Same primary subtag: "zh" selects zh-CN and zh-TW terms, "zh-CN" too (tags are stored free-form).
    where.push(
      "EXISTS (SELECT 1 FROM terms t WHERE t.concept_id = c.id AND (lower(t.lang) = ? OR lower(t.lang) LIKE ? || '-%'))"
    )
    const p = primaryLang(filter.lang)
    params.push(p, p)
  }
  if (filter.since) {
    where.push('c.modified_at >= ?')
    params.push(filter.since)
  }
  if (filter.conceptIds) {
    where.push(`c.id IN (SELECT value FROM json_each(?))`)
    params.push(JSON.stringify(filter.conceptIds))
  }
  return { where: where.join(' AND '), params }
}

export function countConcepts(db: Db, filter?: ExportFilter): number {
  const { where, params } = filterSql(filter)
  return (db.prepare(`SELECT count(*) AS n FROM concepts c WHERE ${where}`).get(...params) as { n: number }).n
}

/**
 * Languages of the selected concepts' terms, canonical, for the CSV/XLSX columns: English and
 * simplified Chinese first (the pair the tool is about), then the rest alphabetically.
 */
export function conceptLanguages(db: Db, filter?: ExportFilter): string[] {
  const { where, params } = filterSql(filter)
  const rows = db
    .prepare(`SELECT DISTINCT t.lang FROM terms t JOIN concepts c ON c.id = t.concept_id WHERE ${where}`)
    .all(...params) as { lang: string }[]
  const set = new Set(rows.map((r) => canonicalLang(r.lang)).filter(Boolean))
  const first = ['en', 'zh-CN'].filter((l) => set.has(l))
  return [...first, ...[...set].filter((l) => !first.includes(l)).sort()]
}

/** The selected concepts, in id order, as exchange concepts. */
export function* readConcepts(db: Db, filter?: ExportFilter): Generator<ExchangeConcept> {
  const { where, params } = filterSql(filter)
  // Rows as arrays (`raw`): better-sqlite3 builds an object per row otherwise, and for the 300,000 terms
  // of a 100,000-concept export that was half the read time. Column positions are the C/T/E constants.
  const page = db
    .prepare(
      `SELECT c.id, c.definition, c.domain, c.note, c.source, c.extra, c.created_at, c.modified_at
    FROM concepts c WHERE ${where} AND c.id > ? ORDER BY c.id LIMIT ${BATCH}`
    )
    .raw(true)
  // A batch's children are read by concept-id RANGE (one index walk, rows already in concept order;
  // the profile showed IN (json_each) + sorting at a third of an export); rows of concepts outside the
  // selection inside the range are simply not used. Ranges never overlap, so the total stays linear.
  const termsOf = db
    .prepare(
      `SELECT id, concept_id, lang, text, status, pos, usage_note, extra, ordinal, created_at, modified_at FROM terms
    WHERE concept_id BETWEEN ? AND ?`
    )
    .raw(true)
  const examplesOf = db
    .prepare(
      `SELECT e.id, e.concept_id, e.term_id, e.text, e.zh_text, e.source, d.title, d.date
    FROM examples e LEFT JOIN documents d ON d.id = e.document_id WHERE e.concept_id BETWEEN ? AND ?`
    )
    .raw(true)
  let last = 0
  for (;;) {
    const rows = page.all(...params, last) as ConceptRow[]
    if (rows.length === 0) return
    const first = rows[0][C.id]
    last = rows[rows.length - 1][C.id]
    const terms = groupBy(termsOf.all(first, last) as TermRow[], T.conceptId)
    for (const list of terms.values()) if (list.length > 1) list.sort(byOrdinal)
    const examples = groupBy(examplesOf.all(first, last) as ExampleRow[], E.conceptId)
    for (const list of examples.values()) if (list.length > 1) list.sort((x, y) => x[E.id] - y[E.id])
    for (const r of rows) yield toConcept(r, terms.get(r[C.id]) ?? [], examples.get(r[C.id]) ?? [])
  }
}

function byOrdinal(x: TermRow, y: TermRow): number {
  return x[T.ordinal] - y[T.ordinal] || x[T.id] - y[T.id]
}

function groupBy<R extends unknown[]>(rows: R[], column: number): Map<number, R[]> {
  const out = new Map<number, R[]>()
  for (const r of rows) {
    const key = r[column] as number
    const list = out.get(key)
    if (list) list.push(r)
    else out.set(key, [r])
  }
  return out
}

function toConcept(r: ConceptRow, termRows: TermRow[], exampleRows: ExampleRow[]): ExchangeConcept {
  const c: ExchangeConcept = { id: String(r[C.id]), terms: [] }
  if (r[C.domain]) c.domain = r[C.domain]
  if (r[C.definition]) c.definition = r[C.definition]
  if (r[C.note]) c.note = r[C.note]
  if (r[C.source]) c.source = r[C.source]
  c.createdAt = r[C.createdAt]
  c.modifiedAt = r[C.modifiedAt]
  const extra = parseExtra(r[C.extra])
  if (extra) c.extra = extra
  const byId = new Map<number, TermRow>()
  for (const t of termRows) {
    byId.set(t[T.id], t)
    const term: ExchangeTerm = { lang: canonicalLang(t[T.lang]), text: t[T.text], status: t[T.status] }
    if (t[T.pos]) term.pos = t[T.pos]
    if (t[T.usageNote]) term.usageNote = t[T.usageNote]
    // A term's own dates travel only when they differ from its concept's (most terms share them).
    if (t[T.createdAt] && t[T.createdAt] !== c.createdAt) term.createdAt = t[T.createdAt]
    if (t[T.modifiedAt] && t[T.modifiedAt] !== c.modifiedAt) term.modifiedAt = t[T.modifiedAt]
    const te = parseExtra(t[T.extra])
    if (te) term.extra = te
    c.terms.push(term)
  }
  if (exampleRows.length) c.examples = exampleRows.map((e) => toExample(e, byId))
  return c
}

function toExample(e: ExampleRow, terms: Map<number, TermRow>): ExchangeExample {
  const termId = e[E.termId]
  const term = termId !== null ? terms.get(termId) : undefined
  const text = e[E.text]
  const ex: ExchangeExample = { lang: term ? canonicalLang(term[T.lang]) : scriptLang(text), text }
  if (term) ex.termText = term[T.text]
  if (e[E.zh]) ex.zh = e[E.zh]
  // A corpus example names its document; an imported one carries "source, date" in `source`.
  const title = e[E.title]
  const { source, date } = title !== null ? { source: title, date: e[E.date] ?? undefined } : splitSource(e[E.source])
  if (source) ex.source = source
  if (date) ex.date = date
  return ex
}

/** `source` column of imported examples: "Title, 2024-03-05", "Title" or "2024-03-05". */
export function splitSource(s: string): { source?: string; date?: string } {
  const m = /^(?:([\s\S]*), )?(\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?)$/.exec(s)
  if (m) return { source: m[1] || undefined, date: m[2] }
  return { source: s || undefined }
}

export function joinSource(source: string | undefined, date: string | undefined): string {
  return [source, date].filter((x) => x).join(', ')
}

/** An example without a term link: Chinese when it contains Han characters, else English. */
function scriptLang(text: string): string {
  return hasHan(text) ? 'zh-CN' : 'en'
}

function parseExtra(json: string): Record<string, string[]> | undefined {
  if (!json || json === '{}') return undefined
  try {
    const v: unknown = JSON.parse(json)
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
    const out: Record<string, string[]> = {}
    for (const [k, val] of Object.entries(v)) out[k] = Array.isArray(val) ? val.map(String) : [String(val)]
    return Object.keys(out).length ? out : undefined
  } catch {
    return undefined
  }
}

interface UnitRow {
  id: number
  source_lang: string
  target_lang: string
  source_text: string
  target_text: string
  origin: string
  origin_detail: string
  note: string
  extra: string
  created_at: string
  changed_at: string
}

export function countUnits(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM translation_units WHERE deleted_at IS NULL').get() as { n: number }).n
}

/**
 * Every live translation unit. The origin written is the one the unit arrived with (`x-origin` kept in
 * extra by a TMX import), else Shuyu's own origin and detail ("example: concept 12").
 */
export function* readUnits(db: Db): Generator<ExchangeUnit> {
  const page = db.prepare(`SELECT id, source_lang, target_lang, source_text, target_text, origin, origin_detail, note,
    extra, created_at, changed_at FROM translation_units WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT 2000`)
  let last = 0
  for (;;) {
    const rows = page.all(last) as UnitRow[]
    if (rows.length === 0) return
    last = rows[rows.length - 1].id
    for (const r of rows) {
      const extra = parseUnitExtra(r.extra)
      const kept = extra['x-origin']
      delete extra['x-origin']
      const u: ExchangeUnit = {
        srcLang: r.source_lang,
        tgtLang: r.target_lang,
        source: r.source_text,
        target: r.target_text,
        createdAt: r.created_at,
        changedAt: r.changed_at,
        origin: kept ?? (r.origin_detail ? `${r.origin}: ${r.origin_detail}` : r.origin)
      }
      if (r.note) u.note = r.note
      if (Object.keys(extra).length) u.extra = extra
      yield u
    }
  }
}

function parseUnitExtra(json: string): Record<string, string> {
  if (!json || json === '{}') return {}
  try {
    const v: unknown = JSON.parse(json)
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {}
    return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, String(val)]))
  } catch {
    return {}
  }
}
