import { normalizeTerm } from '../../core/termbase/normalize-term'
import type { Concept, DuplicateTerm, ExampleRecord, TermRecord } from '../../shared/models'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

interface ConceptRowDb {
  id: number
  definition: string
  domain: string
  note: string
  source: string
  created_at: string
  modified_at: string
}

interface TermRowDb {
  id: number
  lang: string
  text: string
  status: TermRecord['status']
  pos: string
  usage_note: string
}

interface ExampleRowDb {
  id: number
  concept_id: number
  term_id: number | null
  segment_id: number | null
  document_id: number | null
  title: string | null
  date: string | null
  start: number | null
  end: number | null
  text: string
  zh_text: string
  tu_id: number | null
  source: string
  created_at: string
}

/**
 * Fields a glossary file carried that Shuyu has no column for (custom TBX data categories, a second
 * definition, the file's value of a field that differed: "imported definition"), as stored in
 * concepts.extra. Read-only in the editor, written back on export: nothing imported is lost.
 */
function readExtra(json: string | null): Record<string, string[]> {
  try {
    const value: unknown = JSON.parse(json || '{}')
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
    const out: Record<string, string[]> = {}
    for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
      const texts = (Array.isArray(list) ? list : [list]).filter((v): v is string => typeof v === 'string' && v !== '')
      if (texts.length) out[key] = texts
    }
    return out
  } catch {
    return {}
  }
}

export function getConcept(db: Db, id: number): Concept | null {
  const row = stmt(
    db,
    'SELECT id, definition, domain, note, source, extra, created_at, modified_at FROM concepts WHERE id = ? AND deleted_at IS NULL'
  ).get(id) as (ConceptRowDb & { extra: string }) | undefined
  if (!row) return null
  const terms = stmt(
    db,
    'SELECT id, lang, text, status, pos, usage_note FROM terms WHERE concept_id = ? ORDER BY ordinal, id'
  ).all(id) as TermRowDb[]
  const examples = stmt(
    db,
    // doc_title / doc_date: an example that came from the team without its document (migration 011).
    `SELECT e.id, e.concept_id, e.term_id, e.segment_id, e.document_id,
            CASE WHEN e.doc_title <> '' THEN e.doc_title ELSE d.title END AS title,
            CASE WHEN e.doc_date <> '' THEN e.doc_date ELSE d.date END AS date, e.start, e.end, e.text,
            e.zh_text, e.tu_id, e.source, e.created_at
     FROM examples e LEFT JOIN documents d ON d.id = e.document_id
     WHERE e.concept_id = ? ORDER BY e.id`
  ).all(id) as ExampleRowDb[]
  return {
    id: row.id,
    definition: row.definition,
    domain: row.domain,
    note: row.note,
    source: row.source,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    extra: readExtra(row.extra),
    terms: terms.map((t) => ({
      id: t.id,
      lang: t.lang,
      text: t.text,
      status: t.status,
      pos: t.pos,
      usageNote: t.usage_note
    })),
    examples: examples.map(toExample),
    minedForms: minedForms(
      db,
      id,
      terms.map((t) => t.text)
    )
  }
}

/**
 * The forms mining found for a concept that are not its terms: the terms and spellings of the candidates
 * accepted or merged into it, and of the candidates merged into those. Shown on the concept, never
 * exported; the reviewer promotes one by adding it as a term. Derived from the candidates the concept
 * is linked to, so deleting the concept (which unlinks them) or undoing the review takes them away too.
 */
export function minedForms(db: Db, conceptId: number, termTexts: readonly string[]): string[] {
  const rows = stmt(
    db,
    `WITH RECURSIVE grp(id) AS (
       SELECT id FROM candidates WHERE concept_id = ?
       UNION SELECT c.id FROM candidates c JOIN grp g ON c.merged_into = g.id WHERE c.status = 'merged'
     )
     SELECT term, variants FROM candidates WHERE id IN (SELECT id FROM grp) ORDER BY id`
  ).all(conceptId) as { term: string; variants: string }[]
  const seen = new Set(termTexts.map((t) => t.toLowerCase()))
  const out: string[] = []
  for (const r of rows) {
    let variants: unknown
    try {
      variants = JSON.parse(r.variants)
    } catch {
      variants = []
    }
    for (const form of [r.term, ...(Array.isArray(variants) ? variants : [])]) {
      if (typeof form !== 'string' || seen.has(form.toLowerCase())) continue
      seen.add(form.toLowerCase())
      out.push(form)
    }
  }
  return out
}

export function toExample(e: ExampleRowDb): ExampleRecord {
  return {
    id: e.id,
    conceptId: e.concept_id,
    termId: e.term_id,
    segmentId: e.segment_id,
    documentId: e.document_id,
    documentTitle: e.title,
    date: e.date,
    start: e.start,
    end: e.end,
    text: e.text,
    zh: e.zh_text,
    tuId: e.tu_id,
    source: e.source,
    createdAt: e.created_at
  }
}

export interface ConceptFields {
  definition: string
  domain: string
  note: string
  source: string
}

export function insertConcept(db: Db, fields: ConceptFields, now: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO concepts (definition, domain, note, source, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?)`
    ).run(fields.definition, fields.domain, fields.note, fields.source, now, now).lastInsertRowid
  )
}

export function updateConcept(db: Db, id: number, fields: ConceptFields, now: string): void {
  stmt(db, 'UPDATE concepts SET definition = ?, domain = ?, note = ?, source = ?, modified_at = ? WHERE id = ?').run(
    fields.definition,
    fields.domain,
    fields.note,
    fields.source,
    now,
    id
  )
}

/**
 * Replaces a concept's terms with `terms`, keeping the ids of terms that stay (examples point at
 * them) and deleting the rest.
 */
export function replaceTerms(db: Db, conceptId: number, terms: TermRecord[], now: string): void {
  const keep = new Set(terms.filter((t) => t.id).map((t) => t.id as number))
  const existing = stmt(db, 'SELECT id FROM terms WHERE concept_id = ?').all(conceptId) as { id: number }[]
  for (const { id } of existing) if (!keep.has(id)) stmt(db, 'DELETE FROM terms WHERE id = ?').run(id)
  terms.forEach((t, ordinal) => {
    const values = [t.lang, t.text.trim(), normalizeTerm(t.text), t.status, t.pos, t.usageNote, ordinal, now]
    if (t.id && existing.some((e) => e.id === t.id)) {
      stmt(
        db,
        `UPDATE terms SET lang = ?, text = ?, norm = ?, status = ?, pos = ?, usage_note = ?, ordinal = ?,
           modified_at = ? WHERE id = ?`
      ).run(...values, t.id)
    } else {
      stmt(
        db,
        `INSERT INTO terms (concept_id, lang, text, norm, status, pos, usage_note, ordinal, created_at, modified_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(conceptId, ...values, now)
    }
  })
}

/** Terms of other live concepts with the same language family and normalised text. */
export function findDuplicates(db: Db, terms: TermRecord[], exceptConcept?: number): DuplicateTerm[] {
  const out: DuplicateTerm[] = []
  const query = stmt(
    db,
    `SELECT t.concept_id, t.lang, t.text FROM terms t JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL
     WHERE t.norm = ? AND substr(t.lang, 1, 2) = substr(?, 1, 2) AND t.concept_id <> ?`
  )
  for (const t of terms) {
    for (const row of query.all(normalizeTerm(t.text), t.lang, exceptConcept ?? -1) as {
      concept_id: number
      lang: string
      text: string
    }[]) {
      if (!out.some((d) => d.conceptId === row.concept_id && d.text === row.text)) {
        out.push({ conceptId: row.concept_id, lang: row.lang, text: row.text })
      }
    }
  }
  return out
}
