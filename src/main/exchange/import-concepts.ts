/**
 * Writes imported concepts into the workspace, merging: an incoming concept that shares a term (same
 * primary language, same `normalizeTerm` form) with a live concept merges into it — new synonyms are
 * added after the existing terms, nothing already there is duplicated, a status disagreement keeps the
 * existing status and counts the concept as conflicting. Empty fields of the existing concept are
 * filled; a differing non-empty field is kept and the incoming value goes to `extra` ("imported <field>")
 * so nothing is lost. Concepts created earlier in the same file are merged into too (duplicates in a file).
 *
 * Runs inside the caller's transaction. Remembers what undo needs: the id range of the concepts it
 * created (ids are consecutive inside one write transaction) and a "before" snapshot of each existing
 * concept it merged into — only those, so a 100,000-concept import stays a small history entry.
 */
import type { ExchangeConcept, ExchangeExample, ExchangeTerm } from '../../core/formats'
import { normalizeTerm, termProblem } from '../../core/termbase/normalize-term'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { captureState, type TermbaseState } from '../termbase/snapshots'
import { canonicalTag as canonicalLang, primaryTag as primaryLang } from './lang-cache'
import { joinSource } from './read-workspace'
import { SeenFilter } from './seen-filter'

export interface ImportCounts {
  new: number
  merged: number
  conflicting: number
  rejected: number
  duplicates: number
}

type Warn = (message: string) => void

interface CleanTerm extends ExchangeTerm { norm: string; family: string }
interface ExistingTerm { id: number; lang: string; text: string; norm: string; status: string; ordinal: number }

const FIELDS = ['definition', 'domain', 'note', 'source'] as const

export class ConceptImporter {
  readonly counts: ImportCounts = { new: 0, merged: 0, conflicting: 0, rejected: 0, duplicates: 0 }
  /** First and last id of the concepts this import created. */
  created: [number, number] | null = null
  /** Existing concepts merged into, as they were before (for undo). */
  readonly before: TermbaseState = { concepts: {}, candidates: {} }
  /** Language tags present in the term base, by primary subtag (for index-backed duplicate lookups). */
  private readonly langs = new Map<string, Set<string>>()
  private ordinal = 0
  /** Language families with terms in the workspace when the import began (their lookups must query). */
  private readonly familiesAtStart: Set<string>
  /**
   * `family NUL norm` of every term this import wrote. For a family absent at the start, a filter miss
   * proves there is nothing to merge with, and the lookup query is skipped (see seen-filter.ts).
   */
  private readonly written = new SeenFilter()

  constructor(private readonly db: Db, private readonly stamp: string, private readonly warn: Warn) {
    for (const { lang } of stmt(db, 'SELECT DISTINCT lang FROM terms').all() as { lang: string }[]) this.noteLang(lang)
    this.familiesAtStart = new Set(this.langs.keys())
  }

  add(concept: ExchangeConcept): void {
    this.ordinal++
    const label = concept.id ? `entry ${concept.id}` : `entry #${this.ordinal}`
    const terms = this.cleanTerms(concept.terms, label)
    if (terms.length === 0) {
      this.counts.rejected++
      this.warn(`${label}: no usable term, not imported`)
      return
    }
    const target = this.findConcept(terms, label)
    if (target === null) this.insert(concept, terms)
    else this.merge(target, concept, terms, label)
  }

  /** Snapshots of the merged concepts as they are now (for redo). */
  afterState(): TermbaseState {
    return captureState(this.db, Object.keys(this.before.concepts).map(Number), [])
  }

  private cleanTerms(terms: ExchangeTerm[], label: string): CleanTerm[] {
    const out: CleanTerm[] = []
    const seen = new Set<string>()
    for (const t of terms) {
      const text = t.text.trim()
      const lang = canonicalLang(t.lang)
      const problem = termProblem(text)
      if (problem || !lang) {
        this.warn(`${label}: term "${text.slice(0, 60)}" skipped: ${problem ?? 'no language'}`)
        continue
      }
      const norm = normalizeTerm(text)
      const family = primaryLang(lang)
      const key = `${family}\u0000${norm}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({ ...t, text, lang, norm, family })
    }
    return out
  }

  private noteLang(lang: string): void {
    const family = primaryLang(lang)
    const set = this.langs.get(family) ?? new Set<string>()
    set.add(lang)
    this.langs.set(family, set)
  }

  private matches(t: CleanTerm): Array<{ id: number }> {
    if (!this.familiesAtStart.has(t.family) && !this.written.mightHave(`${t.family}\u0000${t.norm}`)) return []
    const out: Array<{ id: number }> = []
    const q = stmt(this.db, `SELECT t.concept_id AS id FROM terms t JOIN concepts c ON c.id = t.concept_id
      AND c.deleted_at IS NULL WHERE t.lang = ? AND t.norm = ?`)
    for (const lang of this.langs.get(t.family) ?? []) out.push(...(q.all(lang, t.norm) as Array<{ id: number }>))
    return out
  }

  /** The live concept sharing a term with the incoming one (the oldest when several do), or null. */
  private findConcept(terms: CleanTerm[], label: string): number | null {
    const ids = new Set<number>()
    for (const t of terms) for (const m of this.matches(t)) ids.add(m.id)
    if (ids.size === 0) return null
    const sorted = [...ids].sort((a, b) => a - b)
    if (sorted.length > 1) {
      this.warn(`${label}: shares terms with concepts ${sorted.join(', ')}; merged into ${sorted[0]}`)
    }
    return sorted[0]
  }

  private insert(c: ExchangeConcept, terms: CleanTerm[]): void {
    const created = c.createdAt || this.stamp
    const id = Number(stmt(this.db, `INSERT INTO concepts (definition, domain, note, source, extra, created_at,
      modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(c.definition ?? '', c.domain ?? '', c.note ?? '', c.source ?? '',
      extraJson(c.extra), created, c.modifiedAt || created).lastInsertRowid)
    this.created = this.created ? [this.created[0], id] : [id, id]
    const inserted = terms.map((t, i) => ({ ...t, id: this.insertTerm(id, t, i) }))
    for (const ex of c.examples ?? []) this.insertExample(id, ex, inserted)
    this.counts.new++
  }

  private insertTerm(conceptId: number, t: CleanTerm, ordinal: number): number {
    this.noteLang(t.lang)
    this.written.add(`${t.family}\u0000${t.norm}`)
    return Number(stmt(this.db, `INSERT INTO terms (concept_id, lang, text, norm, status, pos, usage_note, ordinal, extra,
      created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(conceptId, t.lang, t.text, t.norm,
      t.status, t.pos ?? '', t.usageNote ?? '', ordinal, extraJson(t.extra), this.stamp, this.stamp).lastInsertRowid)
  }

  private insertExample(conceptId: number, ex: ExchangeExample, terms: Array<{ id: number; text: string; lang: string }>)
    : void {
    if (!ex.text.trim()) return
    const family = primaryLang(ex.lang)
    const term = (ex.termText !== undefined
      ? terms.find((t) => t.text === ex.termText && primaryLang(t.lang) === family) ??
        terms.find((t) => t.text === ex.termText)
      : undefined)
    stmt(this.db, `INSERT INTO examples (concept_id, term_id, text, zh_text, source, created_at)
      VALUES (?, ?, ?, ?, ?, ?)`).run(conceptId, term?.id ?? null, ex.text, ex.zh ?? '', joinSource(ex.source, ex.date),
      this.stamp)
  }

  private merge(id: number, c: ExchangeConcept, incoming: CleanTerm[], label: string): void {
    const mergedBefore = String(id) in this.before.concepts
    const createdHere = this.created !== null && id >= this.created[0] && id <= this.created[1]
    if (!mergedBefore && !createdHere) Object.assign(this.before.concepts, captureState(this.db, [id], []).concepts)
    const existing = stmt(this.db, 'SELECT id, lang, text, norm, status, ordinal FROM terms WHERE concept_id = ?')
      .all(id) as ExistingTerm[]
    let ordinal = existing.reduce((m, t) => Math.max(m, t.ordinal), -1) + 1
    let conflict = false
    const all: Array<{ id: number; text: string; lang: string }> = [...existing]
    for (const t of incoming) {
      const same = existing.find((e) => e.norm === t.norm && primaryLang(e.lang) === t.family)
      if (same) {
        if (same.status !== t.status) {
          conflict = true
          this.warn(`${label}: "${t.text}" is ${t.status} in the file but ${same.status} in concept ${id} ` +
            '(kept)')
        }
        continue
      }
      all.push({ id: this.insertTerm(id, t, ordinal++), text: t.text, lang: t.lang })
    }
    const row = stmt(this.db, 'SELECT definition, domain, note, source, extra FROM concepts WHERE id = ?').get(id) as
      Record<(typeof FIELDS)[number] | 'extra', string>
    const extra = parseExtra(row.extra)
    const fields: Record<string, string> = {}
    for (const f of FIELDS) {
      const value = c[f]?.trim()
      if (!value || value === row[f]) fields[f] = row[f]
      else if (!row[f]) fields[f] = value
      else {
        fields[f] = row[f]
        addValue(extra, `imported ${f}`, value)
      }
    }
    for (const [k, values] of Object.entries(c.extra ?? {})) for (const v of values) addValue(extra, k, v)
    stmt(this.db, `UPDATE concepts SET definition = ?, domain = ?, note = ?, source = ?, extra = ?, modified_at = ?
      WHERE id = ?`).run(fields.definition, fields.domain, fields.note, fields.source, extraJson(extra), this.stamp, id)
    const texts = new Set((stmt(this.db, 'SELECT text FROM examples WHERE concept_id = ?').all(id) as { text: string }[])
      .map((e) => e.text))
    for (const ex of c.examples ?? []) {
      if (texts.has(ex.text)) continue
      texts.add(ex.text)
      this.insertExample(id, ex, all)
    }
    this.counts.merged++
    if (conflict) this.counts.conflicting++
  }
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
