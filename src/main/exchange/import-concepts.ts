/**
 * Writes imported concepts into the workspace, merging: an incoming concept that shares a term (same
 * primary language, same `normalizeTerm` form) with a live concept merges into it — new synonyms are
 * added after the existing terms, nothing already there is duplicated, a status disagreement keeps the
 * existing status and counts the concept as conflicting. Empty fields of the existing concept are
 * filled; a differing non-empty field is kept and the incoming value goes to `extra` ("imported <field>")
 * so nothing is lost, and the concept counts as conflicting, with a warning (the preview shows both).
 * A preferred term for a language that already has one comes in as admitted (a conflict too). Concepts created earlier in the same file are merged into too (duplicates in a file).
 *
 * Runs inside the caller's transaction. Remembers what undo needs: the id range of the concepts it
 * created (consecutive: see below) and a "before" snapshot of each existing concept it merged into —
 * only those, so a 100,000-concept import stays a small history entry.
 *
 * Speed (100,000 concepts in well under 10 s): merge detection uses an in-memory map of every live
 * term's `family NUL norm` → concept id(s), built once per import and kept up to date, instead of one
 * index query per term; new concepts, terms and examples are buffered and written 64 rows per
 * statement (batch-insert.ts), parents first. Concept and term ids are assigned here (max id + 1, which
 * is what SQLite would pick for these AUTOINCREMENT-less tables; nobody else can write inside our
 * BEGIN IMMEDIATE), so buffered terms and examples can reference rows not yet written. Every merge
 * flushes the buffers first, since it reads its target back from SQLite.
 */
import type { ExchangeConcept, ExchangeExample, ExchangeTerm } from '../../core/exchange'
import { checkTerm, normalizeTerm } from '../../core/termbase/normalize-term'
import { sortTermOf } from '../../core/termbase/sort-term'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { captureState, type TermbaseState } from '../termbase/snapshots'
import { BatchInsert } from './batch-insert'
import { canonicalTag as canonicalLang, primaryTag as primaryLang } from './lang-cache'
import { isPlainTerm } from './plain-term'
import { joinSource } from './read-workspace'

export interface ImportCounts {
  new: number
  merged: number
  conflicting: number
  rejected: number
  duplicates: number
}

type Warn = (message: string, key: string, params?: Record<string, string | number>) => void

interface CleanTerm extends ExchangeTerm {
  norm: string
  family: string
  key: string
}
interface ExistingTerm {
  id: number
  lang: string
  text: string
  norm: string
  status: string
  ordinal: number
}
interface LinkedTerm {
  id: number
  text: string
  lang: string
}

const FIELDS = ['definition', 'domain', 'note', 'source'] as const

/** Buffered concepts before the three buffers are written (about 200 terms and 64 examples). */
const FLUSH_CONCEPTS = 64

export class ConceptImporter {
  readonly counts: ImportCounts = { new: 0, merged: 0, conflicting: 0, rejected: 0, duplicates: 0 }
  /** First and last id of the concepts this import created. */
  created: [number, number] | null = null
  /** Existing concepts merged into, as they were before (for undo). */
  readonly before: TermbaseState = { concepts: {}, candidates: {} }
  /** Every concept this import added terms to (existing ones and ones it created earlier in the file). */
  readonly mergedInto = new Set<number>()
  private ordinal = 0
  /** The entry being imported, as warning parameters: its id in the file, else its position. */
  private entry: Record<string, string | number> = {}
  /** `family NUL norm` → the live concept(s) holding such a term (an array only when several do). */
  private readonly index = new Map<string, number | number[]>()
  private nextConceptId: number
  private nextTermId: number
  private readonly conceptRows: BatchInsert
  private readonly termRows: BatchInsert
  private readonly exampleRows: BatchInsert

  constructor(
    private readonly db: Db,
    private readonly stamp: string,
    private readonly warn: Warn
  ) {
    const live = stmt(
      db,
      `SELECT t.lang, t.norm, t.concept_id AS id FROM terms t JOIN concepts c ON c.id = t.concept_id
      AND c.deleted_at IS NULL`
    )
    for (const r of live.iterate() as Iterable<{ lang: string; norm: string; id: number }>) {
      this.remember(`${primaryLang(r.lang)}\u0000${r.norm}`, r.id)
    }
    this.nextConceptId = maxId(db, 'concepts') + 1
    this.nextTermId = maxId(db, 'terms') + 1
    this.conceptRows = new BatchInsert(
      db,
      `INSERT INTO concepts (id, definition, domain, note, source, extra,
      sort_term, created_at, modified_at) VALUES`,
      '(?, ?, ?, ?, ?, ?, ?, ?, ?)',
      true
    )
    this.termRows = new BatchInsert(
      db,
      `INSERT INTO terms (id, concept_id, lang, text, norm, status, pos, usage_note,
      ordinal, extra, created_at, modified_at) VALUES`,
      '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      true
    )
    this.exampleRows = new BatchInsert(
      db,
      `INSERT INTO examples (concept_id, term_id, text, zh_text, source, created_at)
      VALUES`,
      '(?, ?, ?, ?, ?, ?)',
      true
    )
  }

  add(concept: ExchangeConcept): void {
    this.ordinal++
    const label = concept.id ? `entry ${concept.id}` : `entry #${this.ordinal}`
    // The same label as parameters, for the UI to say in its language.
    this.entry = concept.id ? { entryId: concept.id } : { entryNumber: this.ordinal }
    const terms = this.cleanTerms(concept.terms, label)
    if (terms.length === 0) {
      this.counts.rejected++
      this.warn(`${label}: no usable term, not imported`, 'noUsableTerm', this.entry)
      return
    }
    const target = this.findConcept(terms, label)
    if (target === null) this.insert(concept, terms)
    else this.merge(target, concept, terms, label)
  }

  /** Writes the buffered rows; call before the transaction commits (afterState calls it too). */
  finish(): void {
    this.conceptRows.flush()
    this.termRows.flush()
    this.exampleRows.flush()
  }

  /** Snapshots of the merged concepts as they are now (for redo). */
  afterState(): TermbaseState {
    this.finish()
    return captureState(this.db, Object.keys(this.before.concepts).map(Number), [])
  }

  private remember(key: string, id: number): void {
    const had = this.index.get(key)
    if (had === undefined) this.index.set(ownCopy(key), id)
    else if (typeof had === 'number') {
      if (had !== id) this.index.set(key, [had, id])
    } else if (!had.includes(id)) had.push(id)
  }

  private cleanTerms(terms: ExchangeTerm[], label: string): CleanTerm[] {
    const out: CleanTerm[] = []
    for (const t of terms) {
      const text = t.text.trim()
      const lang = canonicalLang(t.lang)
      const plain = isPlainTerm(text)
      const check = plain ? null : checkTerm(text)
      if (check || !lang) {
        this.warn(`${label}: term "${text.slice(0, 60)}" skipped: ${check?.message ?? 'no language'}`, 'termSkipped', {
          ...this.entry,
          term: text.slice(0, 60),
          reason: check?.key ?? 'noLanguage',
          ...check?.params
        })
        continue
      }
      const norm = plain ? text : normalizeTerm(text)
      const family = primaryLang(lang)
      const key = `${family}\u0000${norm}`
      if (out.some((o) => o.key === key)) continue
      const clean: CleanTerm = { lang, text, status: t.status, norm, family, key }
      if (t.pos !== undefined) clean.pos = t.pos
      if (t.usageNote !== undefined) clean.usageNote = t.usageNote
      if (t.extra !== undefined) clean.extra = t.extra
      out.push(clean)
    }
    return out
  }

  /** The live concept sharing a term with the incoming one (the oldest when several do), or null. */
  private findConcept(terms: CleanTerm[], label: string): number | null {
    let only: number | null = null
    let several: Set<number> | null = null
    for (const t of terms) {
      const hit = this.index.get(t.key)
      if (hit === undefined) continue
      if (typeof hit === 'number' && (only === null || only === hit)) {
        only = hit
        continue
      }
      for (const id of typeof hit === 'number' ? [hit] : hit) {
        if (only === null) only = id
        else if (id !== only) (several ??= new Set([only])).add(id)
      }
    }
    if (!several) return only
    const sorted = [...several].sort((a, b) => a - b)
    this.warn(`${label}: shares terms with concepts ${sorted.join(', ')}; merged into ${sorted[0]}`, 'sharedTerms', {
      ...this.entry,
      concepts: sorted.join(','),
      target: sorted[0]
    })
    return sorted[0]
  }

  private insert(c: ExchangeConcept, terms: CleanTerm[]): void {
    const created = c.createdAt || this.stamp
    const id = this.nextConceptId++
    // The sort key goes in with the row: the triggers that would set it are off during a bulk load.
    this.conceptRows.add(
      id,
      c.definition ?? '',
      c.domain ?? '',
      c.note ?? '',
      c.source ?? '',
      extraJson(c.extra),
      sortTermOf(terms),
      created,
      c.modifiedAt || created
    )
    this.created = this.created ? [this.created[0], id] : [id, id]
    const linked: LinkedTerm[] = []
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]
      linked.push({ id: this.insertTerm(id, t, i), text: t.text, lang: t.lang })
    }
    if (c.examples) for (const ex of c.examples) this.insertExample(id, ex, linked)
    this.counts.new++
    if (this.conceptRows.size >= FLUSH_CONCEPTS) this.finish()
  }

  private insertTerm(conceptId: number, t: CleanTerm, ordinal: number): number {
    this.remember(t.key, conceptId)
    const id = this.nextTermId++
    this.termRows.add(
      id,
      conceptId,
      t.lang,
      t.text,
      t.norm,
      t.status,
      t.pos ?? '',
      t.usageNote ?? '',
      ordinal,
      extraJson(t.extra),
      this.stamp,
      this.stamp
    )
    return id
  }

  private insertExample(conceptId: number, ex: ExchangeExample, terms: LinkedTerm[]): void {
    if (!ex.text.trim()) return
    const family = primaryLang(ex.lang)
    const term =
      ex.termText !== undefined
        ? (terms.find((t) => t.text === ex.termText && primaryLang(t.lang) === family) ??
          terms.find((t) => t.text === ex.termText))
        : undefined
    this.exampleRows.add(conceptId, term?.id ?? null, ex.text, ex.zh ?? '', joinSource(ex.source, ex.date), this.stamp)
  }

  private merge(id: number, c: ExchangeConcept, incoming: CleanTerm[], label: string): void {
    this.finish()
    this.mergedInto.add(id)
    const mergedBefore = String(id) in this.before.concepts
    const createdHere = this.created !== null && id >= this.created[0] && id <= this.created[1]
    if (!mergedBefore && !createdHere) Object.assign(this.before.concepts, captureState(this.db, [id], []).concepts)
    const existing = stmt(this.db, 'SELECT id, lang, text, norm, status, ordinal FROM terms WHERE concept_id = ?').all(
      id
    ) as ExistingTerm[]
    let ordinal = existing.reduce((m, t) => Math.max(m, t.ordinal), -1) + 1
    let conflict = false
    const all: LinkedTerm[] = [...existing]
    // Languages that already have a preferred term: a second one from the file comes in as admitted.
    const preferredIn = new Set(existing.filter((e) => e.status === 'preferred').map((e) => primaryLang(e.lang)))
    for (const t of incoming) {
      const same = existing.find((e) => e.norm === t.norm && primaryLang(e.lang) === t.family)
      if (same) {
        if (same.status !== t.status) {
          conflict = true
          this.warn(
            `${label}: "${t.text}" is ${t.status} in the file but ${same.status} in concept ${id} ` + '(kept)',
            'statusConflict',
            { ...this.entry, term: t.text, fileStatus: t.status, status: same.status, concept: id }
          )
        }
        continue
      }
      if (t.status === 'preferred' && preferredIn.has(t.family)) {
        // One preferred term per language is what a translator looks up; the concept's own stays so.
        conflict = true
        this.warn(
          `${label}: "${t.text}" is preferred in the file but concept ${id} already has a preferred ` +
            'term in that language (added as admitted)',
          'secondPreferred',
          { ...this.entry, term: t.text, concept: id }
        )
        t.status = 'admitted'
      } else if (t.status === 'preferred') {
        preferredIn.add(t.family)
      }
      all.push({ id: this.insertTerm(id, t, ordinal++), text: t.text, lang: t.lang })
    }
    this.termRows.flush()
    const row = stmt(this.db, 'SELECT definition, domain, note, source, extra FROM concepts WHERE id = ?').get(
      id
    ) as Record<(typeof FIELDS)[number] | 'extra', string>
    const extra = parseExtra(row.extra)
    const fields: Record<string, string> = {}
    for (const f of FIELDS) {
      const value = c[f]?.trim()
      if (!value || value === row[f]) fields[f] = row[f]
      else if (!row[f]) fields[f] = value
      else {
        fields[f] = row[f]
        addValue(extra, `imported ${f}`, value)
        conflict = true
        this.warn(
          `${label}: its ${f} differs from concept ${id}'s (the concept's kept; the file's saved as ` +
            `"imported ${f}")`,
          'fieldConflict',
          { ...this.entry, field: f, concept: id }
        )
      }
    }
    for (const [k, values] of Object.entries(c.extra ?? {})) for (const v of values) addValue(extra, k, v)
    stmt(
      this.db,
      `UPDATE concepts SET definition = ?, domain = ?, note = ?, source = ?, extra = ?, modified_at = ?
      WHERE id = ?`
    ).run(fields.definition, fields.domain, fields.note, fields.source, extraJson(extra), this.stamp, id)
    const texts = new Set(
      (stmt(this.db, 'SELECT text FROM examples WHERE concept_id = ?').all(id) as { text: string }[]).map((e) => e.text)
    )
    for (const ex of c.examples ?? []) {
      if (texts.has(ex.text)) continue
      texts.add(ex.text)
      this.insertExample(id, ex, all)
    }
    this.exampleRows.flush()
    this.counts.merged++
    if (conflict) this.counts.conflicting++
  }
}

/**
 * A copy of `s` that shares no memory with the parser's buffers. Term texts are slices of the 256 KiB
 * chunks the XML reader decodes, and V8 keeps a whole chunk alive for as long as any slice of it lives:
 * keyed on the slices, the term index held the entire decoded file (about 300 MB for 100,000 concepts)
 * until the import ended. Concatenating and slicing forces a flat copy of just the key.
 */
function ownCopy(s: string): string {
  return (' ' + s).slice(1)
}

function maxId(db: Db, table: 'concepts' | 'terms'): number {
  return (stmt(db, `SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n
}

function parseExtra(json: string): Record<string, string[]> {
  try {
    const v: unknown = JSON.parse(json || '{}')
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string[]>) : {}
  } catch {
    return {}
  }
}

function addValue(extra: Record<string, string[]>, key: string, value: string): void {
  const list = Array.isArray(extra[key]) ? extra[key] : (extra[key] = [])
  if (!list.includes(value)) list.push(value)
}

function extraJson(extra: Record<string, string[]> | undefined): string {
  return extra && Object.keys(extra).length ? JSON.stringify(extra) : '{}'
}
