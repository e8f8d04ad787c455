/**
 * A workspace concept as the team sees it: the flat field map of core/team/fields.ts, read from the concept's
 * rows and written back to them. Reading after writing gives the same map, which is what lets the workspace
 * tell its own edits (the concept differs from its shadow) from the team's.
 */
import {
  collocationField,
  exampleField,
  type FieldMap,
  parseField,
  SCALAR_FIELDS,
  termField
} from '../../core/team/fields'
import { normalizeTerm } from '../../core/termbase/normalize-term'
import type { CollocationValue, ExampleValue, TermValue } from '../../shared/team-protocol'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** A concept's rows as the snapshots of the history hold them (SELECT * of each table). */
export interface ConceptRows {
  row: { definition: string; domain: string; note: string; source: string; deleted_at: string | null }
  terms: { lang: string; text: string; status: string; pos: string; usage_note: string; ordinal: number; id?: number }[]
  examples: {
    text: string
    zh_text: string
    source: string
    start: number | null
    end: number | null
    doc_title?: string
    doc_date?: string
    document_id?: number | null
    id?: number
  }[]
  collocations?: { node: string; word: string; freq: number; log_dice: number; mi: number; window: number }[]
}

/**
 * The field map of a concept's rows. An example shows the title and date it came with from the team, else its
 * document's (`documentOf` looks the document up).
 */
export function fieldsFromRows(
  rows: ConceptRows,
  documentOf: (id: number) => { title: string; date: string | null } | undefined
): FieldMap {
  const fields: FieldMap = {
    definition: rows.row.definition,
    domain: rows.row.domain,
    note: rows.row.note,
    source: rows.row.source,
    deleted: rows.row.deleted_at !== null
  }
  const terms = [...rows.terms].sort((a, b) => a.ordinal - b.ordinal || (a.id ?? 0) - (b.id ?? 0))
  for (const t of terms) {
    const key = termField(t.lang, t.text)
    if (key in fields) continue
    fields[key] = { status: t.status, pos: t.pos, usageNote: t.usage_note, ordinal: t.ordinal } satisfies TermValue
  }
  const examples = [...rows.examples].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
  for (const e of examples) {
    const key = exampleField(e.text)
    if (key in fields) continue
    const doc = e.document_id ? documentOf(e.document_id) : undefined
    fields[key] = {
      zh: e.zh_text,
      title: e.doc_title || doc?.title || '',
      date: e.doc_date || doc?.date || '',
      source: e.source,
      start: e.start,
      end: e.end
    } satisfies ExampleValue
  }
  for (const c of rows.collocations ?? []) {
    fields[collocationField(c.node, c.word)] = {
      freq: c.freq,
      logDice: c.log_dice,
      mi: c.mi,
      window: c.window
    } satisfies CollocationValue
  }
  return fields
}

export function documentLookup(db: Db): (id: number) => { title: string; date: string | null } | undefined {
  return (id) => stmt(db, 'SELECT title, date FROM documents WHERE id = ?').get(id) as never
}

/** The concept's fields, or null when it has no row (never created, or removed by an undo). */
export function readConceptFields(db: Db, conceptId: number): FieldMap | null {
  const row = stmt(db, 'SELECT definition, domain, note, source, deleted_at FROM concepts WHERE id = ?').get(
    conceptId
  ) as ConceptRows['row'] | undefined
  if (!row) return null
  return fieldsFromRows(
    {
      row,
      terms: stmt(db, 'SELECT id, lang, text, status, pos, usage_note, ordinal FROM terms WHERE concept_id = ?').all(
        conceptId
      ) as ConceptRows['terms'],
      examples: stmt(
        db,
        'SELECT id, text, zh_text, source, start, end, doc_title, doc_date, document_id FROM examples WHERE concept_id = ?'
      ).all(conceptId) as ConceptRows['examples'],
      collocations: stmt(
        db,
        'SELECT node, word, freq, log_dice, mi, window FROM collocations WHERE concept_id = ?'
      ).all(conceptId) as ConceptRows['collocations']
    },
    documentLookup(db)
  )
}

/**
 * Makes the concept's rows say `fields` (creating the concept when `conceptId` is null), touching only rows
 * that differ. No history is recorded: this is how the team's changes arrive, and they must not come back
 * as local changes (the outbox learns of local changes from the history).
 */
export function writeConceptFields(
  db: Db,
  conceptId: number | null,
  uid: string,
  fields: FieldMap,
  stamp: string
): number {
  const scalars = SCALAR_FIELDS.map((f) => (typeof fields[f] === 'string' ? (fields[f] as string) : ''))
  const deleted = fields.deleted === true
  let id = conceptId
  if (id === null) {
    id = Number(
      stmt(
        db,
        `INSERT INTO concepts (definition, domain, note, source, created_at, modified_at, deleted_at, uid)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(...scalars, stamp, stamp, deleted ? stamp : null, uid).lastInsertRowid
    )
  } else {
    const before = stmt(db, 'SELECT deleted_at FROM concepts WHERE id = ?').get(id) as
      { deleted_at: string | null } | undefined
    if (!before) {
      stmt(
        db,
        `INSERT INTO concepts (id, definition, domain, note, source, created_at, modified_at, deleted_at, uid)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(id, ...scalars, stamp, stamp, deleted ? stamp : null, uid)
    } else {
      stmt(
        db,
        `UPDATE concepts SET definition = ?, domain = ?, note = ?, source = ?, modified_at = ?, uid = ?,
           deleted_at = CASE WHEN ? THEN coalesce(deleted_at, ?) ELSE NULL END
         WHERE id = ?`
      ).run(...scalars, stamp, uid, deleted ? 1 : 0, stamp, id)
      // As deleting in the editor does: candidates accepted into a deleted concept go back to the queue.
      if (deleted && before.deleted_at === null) {
        stmt(db, "UPDATE candidates SET status = 'new', concept_id = NULL WHERE concept_id = ?").run(id)
      }
    }
  }
  if (conceptId === null) {
    // A concept new here has no rows to compare with: insert only (the first sync of a large term base).
    insertChildren(db, id, fields, stamp)
    return id
  }
  writeTerms(db, id, fields, stamp)
  writeExamples(db, id, fields, stamp)
  writeCollocations(db, id, fields, stamp)
  return id
}

function insertChildren(db: Db, id: number, fields: FieldMap, stamp: string): void {
  for (const [key, value] of Object.entries(fields)) {
    const parsed = parseField(key)
    if (parsed?.kind === 'term') insertTerm(db, id, parsed.lang, parsed.text, value as TermValue, stamp)
    else if (parsed?.kind === 'example') insertExample(db, id, parsed.text, value as ExampleValue, stamp)
    else if (parsed?.kind === 'collocation')
      upsertCollocation(db, id, parsed.node, parsed.word, value as CollocationValue, stamp)
  }
}

function insertTerm(db: Db, id: number, lang: string, text: string, t: TermValue, stamp: string): void {
  stmt(
    db,
    `INSERT INTO terms (concept_id, lang, text, norm, status, pos, usage_note, ordinal, created_at, modified_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(id, lang, text, normalizeTerm(text), t.status, t.pos, t.usageNote, t.ordinal, stamp, stamp)
}

function insertExample(db: Db, id: number, text: string, e: ExampleValue, stamp: string): void {
  stmt(
    db,
    `INSERT INTO examples (concept_id, text, zh_text, source, start, end, doc_title, doc_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(id, text, e.zh, e.source, e.start, e.end, e.title, e.date, stamp)
}

function upsertCollocation(db: Db, id: number, node: string, word: string, c: CollocationValue, stamp: string): void {
  stmt(
    db,
    `INSERT INTO collocations (concept_id, node, word, freq, log_dice, mi, window, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (concept_id, node, word) DO UPDATE SET freq = excluded.freq, log_dice = excluded.log_dice,
       mi = excluded.mi, window = excluded.window`
  ).run(id, node, word, c.freq, c.logDice, c.mi, c.window, stamp)
}

function writeTerms(db: Db, id: number, fields: FieldMap, stamp: string): void {
  const rows = stmt(db, 'SELECT id, lang, text, status, pos, usage_note, ordinal FROM terms WHERE concept_id = ?').all(
    id
  ) as { id: number; lang: string; text: string; status: string; pos: string; usage_note: string; ordinal: number }[]
  const have = new Map(rows.map((r) => [termField(r.lang, r.text), r]))
  for (const [key, row] of have) {
    if (!(key in fields)) stmt(db, 'DELETE FROM terms WHERE id = ?').run(row.id)
  }
  // Rows that repeat a term (old imports) go too: the map holds each term once.
  const kept = new Set([...have.values()].map((r) => r.id))
  for (const r of rows) if (!kept.has(r.id)) stmt(db, 'DELETE FROM terms WHERE id = ?').run(r.id)
  for (const [key, value] of Object.entries(fields)) {
    const parsed = parseField(key)
    if (parsed?.kind !== 'term') continue
    const t = value as TermValue
    const row = have.get(key)
    if (!row) {
      stmt(
        db,
        `INSERT INTO terms (concept_id, lang, text, norm, status, pos, usage_note, ordinal, created_at, modified_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(
        id,
        parsed.lang,
        parsed.text,
        normalizeTerm(parsed.text),
        t.status,
        t.pos,
        t.usageNote,
        t.ordinal,
        stamp,
        stamp
      )
    } else if (
      row.status !== t.status ||
      row.pos !== t.pos ||
      row.usage_note !== t.usageNote ||
      row.ordinal !== t.ordinal
    ) {
      stmt(db, 'UPDATE terms SET status = ?, pos = ?, usage_note = ?, ordinal = ?, modified_at = ? WHERE id = ?').run(
        t.status,
        t.pos,
        t.usageNote,
        t.ordinal,
        stamp,
        row.id
      )
    }
  }
}

function writeExamples(db: Db, id: number, fields: FieldMap, stamp: string): void {
  const rows = stmt(db, 'SELECT id, text FROM examples WHERE concept_id = ? ORDER BY id').all(id) as {
    id: number
    text: string
  }[]
  const have = new Map<string, number>()
  for (const r of rows) {
    const key = exampleField(r.text)
    if (have.has(key) || !(key in fields)) stmt(db, 'DELETE FROM examples WHERE id = ?').run(r.id)
    else have.set(key, r.id)
  }
  const current = readExampleValues(db, id)
  for (const [key, value] of Object.entries(fields)) {
    const parsed = parseField(key)
    if (parsed?.kind !== 'example') continue
    const e = value as ExampleValue
    const rowId = have.get(key)
    if (rowId === undefined) {
      insertExample(db, id, parsed.text, e, stamp)
    } else if (JSON.stringify(current.get(rowId)) !== JSON.stringify(e)) {
      stmt(
        db,
        'UPDATE examples SET zh_text = ?, source = ?, start = ?, end = ?, doc_title = ?, doc_date = ? WHERE id = ?'
      ).run(e.zh, e.source, e.start, e.end, e.title, e.date, rowId)
    }
  }
}

function readExampleValues(db: Db, conceptId: number): Map<number, ExampleValue> {
  const rows = stmt(
    db,
    `SELECT e.id, e.zh_text, e.source, e.start, e.end,
       CASE WHEN e.doc_title <> '' THEN e.doc_title ELSE coalesce(d.title, '') END AS title,
       CASE WHEN e.doc_date <> '' THEN e.doc_date ELSE coalesce(d.date, '') END AS date
     FROM examples e LEFT JOIN documents d ON d.id = e.document_id WHERE e.concept_id = ?`
  ).all(conceptId) as {
    id: number
    zh_text: string
    source: string
    start: number | null
    end: number | null
    title: string
    date: string
  }[]
  return new Map(
    rows.map((r) => [
      r.id,
      { zh: r.zh_text, title: r.title, date: r.date, source: r.source, start: r.start, end: r.end }
    ])
  )
}

function writeCollocations(db: Db, id: number, fields: FieldMap, stamp: string): void {
  const rows = stmt(db, 'SELECT id, node, word FROM collocations WHERE concept_id = ?').all(id) as {
    id: number
    node: string
    word: string
  }[]
  for (const r of rows) {
    if (!(collocationField(r.node, r.word) in fields)) stmt(db, 'DELETE FROM collocations WHERE id = ?').run(r.id)
  }
  for (const [key, value] of Object.entries(fields)) {
    const parsed = parseField(key)
    if (parsed?.kind !== 'collocation') continue
    upsertCollocation(db, id, parsed.node, parsed.word, value as CollocationValue, stamp)
  }
}
