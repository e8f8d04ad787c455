/**
 * Writes imported concepts into the workspace. What happens to each entry is decided by the pure merge
 * policy (core/exchange/merge-policy.ts; read it for the rules): into an empty term base every entry is a
 * concept; into one that holds concepts an entry merges when its id names a concept it shares a term
 * with, or when the request accepted the merge the preview proposed for a shared term. This class
 * gathers what the policy needs (the live concepts sharing a term, the one an id names) and carries the
 * decisions out in SQL. Terms are kept as given: only a term listed twice with the very same text in one
 * language of an entry is folded, and the report says so.
 *
 * Runs inside the caller's transaction. Remembers what undo needs: the id range of the concepts it
 * created (consecutive: see below) and a "before" snapshot of each existing concept it merged into —
 * only those, so a 100,000-concept import stays a small history entry.
 *
 * Speed (100,000 concepts in well under 10 s): into an empty term base nothing is looked up at all;
 * otherwise an in-memory map of every live term's `family NUL norm` → concept id(s), built once per
 * import (entries of the file never merge with each other, so it never changes), instead of one index
 * query per term; new concepts, terms and examples are buffered and written 64 rows per statement
 * (batch-insert.ts), parents first. Concept and term ids are assigned here (max id + 1, which is what
 * SQLite would pick for these AUTOINCREMENT-less tables; nobody else can write inside our BEGIN
 * IMMEDIATE), so buffered terms and examples can reference rows not yet written. Every merge flushes the
 * buffers first, since it reads its target back from SQLite.
 */
import type { ExchangeConcept, ExchangeExample, ExchangeTerm } from '../../core/exchange'
import {
  conceptIdOf,
  decideEntry,
  type FieldAnswer,
  type HeldConcept,
  type IncomingEntry,
  planMerge,
  type PolicyTerm,
  sharedTerms
} from '../../core/exchange/merge-policy'
import { checkTerm, normalizeTerm } from '../../core/termbase/normalize-term'
import { sortTermOf } from '../../core/termbase/sort-term'
import type { ImportAnswers, ImportConflict, ImportProposal } from '../../shared/models'
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

interface CleanTerm extends ExchangeTerm, PolicyTerm {
  key: string
}
interface HeldTermRow {
  id: number
  lang: string
  text: string
  norm: string
  status: PolicyTerm['status']
  ordinal: number
  extra: string
}
interface LinkedTerm {
  id: number
  text: string
  lang: string
}

/** Buffered concepts before the three buffers are written (about 200 terms and 64 examples). */
const FLUSH_CONCEPTS = 64
/** Proposals and conflicts listed in a report (the rest are counted in the warnings). */
const MAX_LISTED = 500
/** Concepts sharing a term that one entry is compared with (a term in hundreds of concepts is noise). */
const MAX_SHARING = 20

export class ConceptImporter {
  readonly counts: ImportCounts = { new: 0, merged: 0, conflicting: 0, rejected: 0, duplicates: 0 }
  /** First and last id of the concepts this import created. */
  created: [number, number] | null = null
  /** Existing concepts merged into, as they were before (for undo). */
  readonly before: TermbaseState = { concepts: {}, candidates: {} }
  /** Every concept this import added terms to. */
  readonly mergedInto = new Set<number>()
  /** Merges by shared term the import proposes, and the conflicts of the merges it makes. */
  readonly proposals: ImportProposal[] = []
  readonly conflicts: ImportConflict[] = []
  private ordinal = 0
  /** The entry being imported, as warning parameters: its id in the file, else its position. */
  private entry: Record<string, string | number> = {}
  /** `family NUL norm` → the live concept(s) holding such a term (an array only when several do). */
  private readonly index = new Map<string, number | number[]>()
  /** No live concept when the import began: every entry becomes a concept, nothing is looked up. */
  private readonly empty: boolean
  private readonly firstNewId: number
  private nextConceptId: number
  private nextTermId: number
  private readonly accepted = new Map<number, number>()
  private readonly acceptAll: boolean
  private readonly answers = new Map<string, FieldAnswer>()
  private readonly conceptRows: BatchInsert
  private readonly termRows: BatchInsert
  private readonly exampleRows: BatchInsert

  constructor(
    private readonly db: Db,
    private readonly stamp: string,
    private readonly warn: Warn,
    answers: ImportAnswers = {}
  ) {
    for (const m of answers.merge ?? []) this.accepted.set(m.entry, m.concept)
    this.acceptAll = answers.mergeProposed === true
    for (const f of answers.fields ?? []) this.answers.set(`${f.entry}\u0000${f.field}`, f.answer)
    this.empty = !stmt(db, 'SELECT 1 FROM concepts WHERE deleted_at IS NULL LIMIT 1').get()
    if (!this.empty) {
      const live = stmt(
        db,
        `SELECT t.lang, t.norm, t.concept_id AS id FROM terms t JOIN concepts c ON c.id = t.concept_id
        AND c.deleted_at IS NULL`
      )
      for (const r of live.iterate() as Iterable<{ lang: string; norm: string; id: number }>) {
        this.remember(`${primaryLang(r.lang)}\u0000${r.norm}`, r.id)
      }
    }
    this.nextConceptId = maxId(db, 'concepts') + 1
    this.firstNewId = this.nextConceptId
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
    const ordinal = ++this.ordinal
    const label = concept.id ? `entry ${concept.id}` : `entry #${ordinal}`
    // The same label as parameters, for the UI to say in its language.
    this.entry = concept.id ? { entryId: concept.id } : { entryNumber: ordinal }
    const terms = this.cleanTerms(concept.terms, label)
    if (terms.length === 0) {
      this.counts.rejected++
      this.warn(`${label}: no usable term, not imported`, 'noUsableTerm', this.entry)
      return
    }
    if (this.empty) return this.insert(concept, terms)
    const incoming: IncomingEntry = { ...pickFields(concept), terms }
    if (concept.id !== undefined) incoming.id = concept.id
    const idTarget = conceptIdOf(concept.id)
    const decision = decideEntry(
      incoming,
      {
        empty: false,
        byId: idTarget !== null && idTarget < this.firstNewId ? this.held(idTarget) : null,
        sharing: this.sharing(terms)
      },
      this.acceptAll ? 'any' : this.accepted.get(ordinal)
    )
    for (const apart of decision.keptApart ?? []) {
      const fields = apart.fields.join(' and ')
      this.warn(
        `${label}: shares "${apart.shared[0]}" with concept ${apart.concept}, but its ${fields} differ: ` +
          'kept as a separate concept',
        'keptApart',
        { ...this.entry, term: apart.shared[0], concept: apart.concept, fields: apart.fields.join(',') }
      )
    }
    const proposal = decision.action === 'create' ? decision.proposal : decision.by === 'term' ? decision : null
    if (proposal) {
      const concept = 'concept' in proposal ? proposal.concept : proposal.target
      const shared = sharedTerms(terms, this.held(concept)?.terms ?? [])
      if (this.proposals.length < MAX_LISTED) {
        this.proposals.push({
          entry: ordinal,
          ...(incoming.id !== undefined ? { entryId: incoming.id } : {}),
          concept,
          conceptTerm: this.headTerm(concept),
          shared,
          merged: decision.action === 'merge'
        })
      }
      if (decision.action === 'create') {
        this.warn(
          `${label}: shares "${shared[0]}" with concept ${concept}: imported as a new concept (the preview ` +
            'proposes merging them)',
          'mergeProposed',
          { ...this.entry, term: shared[0], concept }
        )
      }
    }
    if (decision.action === 'create') this.insert(concept, terms)
    else this.merge(decision.target, concept, incoming, ordinal, label)
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

  /**
   * The entry's usable terms, as given. Only a term listed twice with the very same text in one language
   * is folded (and reported); "National People’s Congress" beside "National People's Congress" are two.
   */
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
      if (out.some((o) => o.text === text && o.lang === lang)) {
        this.warn(`${label}: "${text.slice(0, 60)}" is listed twice in ${lang}: kept once`, 'termFolded', {
          ...this.entry,
          term: text.slice(0, 60),
          lang
        })
        continue
      }
      const norm = plain ? text : normalizeTerm(text)
      const family = primaryLang(lang)
      const clean: CleanTerm = { lang, text, status: t.status, norm, family, key: `${family}\u0000${norm}` }
      if (t.pos !== undefined) clean.pos = t.pos
      if (t.usageNote !== undefined) clean.usageNote = t.usageNote
      if (t.createdAt !== undefined) clean.createdAt = t.createdAt
      if (t.modifiedAt !== undefined) clean.modifiedAt = t.modifiedAt
      if (t.extra !== undefined) clean.extra = t.extra
      out.push(clean)
    }
    return out
  }

  /** Live concepts from before the import sharing a term with the entry, oldest first. */
  private sharing(terms: CleanTerm[]): HeldConcept[] {
    const ids = new Set<number>()
    for (const t of terms) {
      const hit = this.index.get(t.key)
      if (hit === undefined) continue
      if (typeof hit === 'number') ids.add(hit)
      else for (const id of hit) ids.add(id)
    }
    if (ids.size === 0) return []
    return [...ids]
      .sort((a, b) => a - b)
      .slice(0, MAX_SHARING)
      .map((id) => this.held(id))
      .filter((c): c is HeldConcept & { rows: HeldTermRow[] } => c !== null)
  }

  /** A live concept as the policy sees it (with its term rows), or null. */
  private held(id: number): (HeldConcept & { rows: HeldTermRow[] }) | null {
    const row = stmt(
      this.db,
      'SELECT definition, domain, note, source FROM concepts WHERE id = ? AND deleted_at IS NULL'
    ).get(id) as Record<'definition' | 'domain' | 'note' | 'source', string> | undefined
    if (!row) return null
    const rows = stmt(
      this.db,
      'SELECT id, lang, text, norm, status, ordinal, extra FROM terms WHERE concept_id = ? ORDER BY ordinal, id'
    ).all(id) as HeldTermRow[]
    const terms = rows.map((r) => ({
      lang: r.lang,
      family: primaryLang(r.lang),
      norm: r.norm,
      text: r.text,
      status: r.status
    }))
    return { id, ...row, terms, rows }
  }

  private headTerm(id: number): string {
    const row = stmt(this.db, 'SELECT text FROM terms WHERE concept_id = ? ORDER BY ordinal, id LIMIT 1').get(id) as
      { text: string } | undefined
    return row?.text ?? ''
  }

  private insert(c: ExchangeConcept, terms: CleanTerm[]): void {
    // An entry without dates of its own (MultiTerm writes them per term) dates from its terms': created
    // with the first of them, modified with the last.
    const created = c.createdAt || earliest(terms, (t) => t.createdAt) || this.stamp
    const modified = c.modifiedAt || latest(terms, (t) => t.modifiedAt ?? t.createdAt) || created
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
      modified
    )
    this.created = this.created ? [this.created[0], id] : [id, id]
    const linked: LinkedTerm[] = []
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]
      // A term's own dates when the file gives them, else its entry's: the file's times, not the import's.
      const termCreated = t.createdAt || created
      linked.push({ id: this.insertTerm(id, t, i, t.status, termCreated, t.modifiedAt || modified), ...t })
    }
    if (c.examples) for (const ex of c.examples) this.insertExample(id, ex, linked)
    this.counts.new++
    if (this.conceptRows.size >= FLUSH_CONCEPTS) this.finish()
  }

  private insertTerm(
    conceptId: number,
    t: CleanTerm,
    ordinal: number,
    status: CleanTerm['status'],
    created: string,
    modified: string
  ): number {
    const id = this.nextTermId++
    this.termRows.add(
      id,
      conceptId,
      t.lang,
      t.text,
      t.norm,
      status,
      t.pos ?? '',
      t.usageNote ?? '',
      ordinal,
      extraJson(t.extra),
      created,
      modified
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

  /** Carries out the policy's merge plan for `entry` into concept `id`. */
  private merge(id: number, c: ExchangeConcept, entry: IncomingEntry, ordinal: number, label: string): void {
    this.finish()
    const held = this.held(id)
    if (!held) return this.insert(c, entry.terms as CleanTerm[])
    this.mergedInto.add(id)
    if (!(String(id) in this.before.concepts)) {
      Object.assign(this.before.concepts, captureState(this.db, [id], []).concepts)
    }
    const terms = entry.terms as CleanTerm[]
    const plan = planMerge(held, entry, (field) => this.answers.get(`${ordinal}\u0000${field}`))
    let changed = false
    for (const change of plan.statusChanges) {
      stmt(this.db, 'UPDATE terms SET status = ?, modified_at = ? WHERE id = ?').run(
        change.status,
        this.stamp,
        held.rows[change.index].id
      )
      changed = true
    }
    for (const te of plan.termExtras) {
      const row = held.rows[te.index]
      const extra = parseExtra(row.extra)
      addValue(extra, te.key, te.value)
      row.extra = extraJson(extra)
      stmt(this.db, 'UPDATE terms SET extra = ? WHERE id = ?').run(row.extra, row.id)
    }
    let ordinalNext = held.rows.reduce((m, t) => Math.max(m, t.ordinal), -1) + 1
    const all: LinkedTerm[] = [...held.rows]
    for (const a of plan.add) {
      const t = terms[a.index]
      all.push({ id: this.insertTerm(id, t, ordinalNext++, a.status, t.createdAt || this.stamp, this.stamp), ...t })
      changed = true
    }
    this.termRows.flush()
    for (const conflict of plan.conflicts) {
      this.reportConflict(conflict, id, ordinal, entry.id, label, terms)
    }
    const row = stmt(this.db, 'SELECT definition, domain, note, source, extra FROM concepts WHERE id = ?').get(
      id
    ) as Record<'definition' | 'domain' | 'note' | 'source' | 'extra', string>
    const extra = parseExtra(row.extra)
    const extraBefore = extraJson(extra)
    for (const [k, v] of plan.extras) addValue(extra, k, v)
    for (const [k, values] of Object.entries(c.extra ?? {})) for (const v of values) addValue(extra, k, v)
    const fields = { ...row, ...plan.fields }
    if (Object.keys(plan.fields).length > 0 || extraJson(extra) !== extraBefore) changed = true
    if (changed) {
      stmt(
        this.db,
        `UPDATE concepts SET definition = ?, domain = ?, note = ?, source = ?, extra = ?, modified_at = ?
        WHERE id = ?`
      ).run(fields.definition, fields.domain, fields.note, fields.source, extraJson(extra), this.stamp, id)
    }
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
    if (plan.conflicts.length > 0) this.counts.conflicting++
  }

  private reportConflict(
    conflict: ReturnType<typeof planMerge>['conflicts'][number],
    concept: number,
    ordinal: number,
    entryId: string | undefined,
    label: string,
    terms: CleanTerm[]
  ): void {
    if (this.conflicts.length < MAX_LISTED) {
      this.conflicts.push({ entry: ordinal, ...(entryId !== undefined ? { entryId } : {}), concept, ...conflict })
    }
    const { field, answer } = conflict
    // The defaults say what they did, as before; an answer the user gave needs no warning.
    if (this.answers.has(`${ordinal}\u0000${field}`)) return
    if (field.startsWith('status ')) {
      const term = field.split(' ').slice(2).join(' ')
      this.warn(
        `${label}: "${term}" is ${conflict.theirs} in the file but ${conflict.mine} in concept ${concept} (kept)`,
        'statusConflict',
        { ...this.entry, term, fileStatus: conflict.theirs, status: conflict.mine, concept }
      )
    } else if (field.startsWith('preferred ')) {
      const family = field.slice('preferred '.length)
      const term = terms.find((t) => t.family === family && t.status === 'preferred')?.text ?? conflict.theirs
      this.warn(
        `${label}: "${term}" is preferred in the file but concept ${concept} already has a preferred ` +
          'term in that language (added as admitted)',
        'secondPreferred',
        { ...this.entry, term, concept }
      )
    } else if (answer === 'both') {
      this.warn(
        `${label}: its ${field} differs from concept ${concept}'s (the concept's kept; the file's saved as ` +
          `"imported ${field}")`,
        'fieldConflict',
        { ...this.entry, field, concept }
      )
    }
  }
}

/** The first of the terms' dates (ISO strings compare in time order), or undefined. */
function earliest(terms: CleanTerm[], pick: (t: CleanTerm) => string | undefined): string | undefined {
  let out: string | undefined
  for (const t of terms) {
    const d = pick(t)
    if (d && (out === undefined || d < out)) out = d
  }
  return out
}

function latest(terms: CleanTerm[], pick: (t: CleanTerm) => string | undefined): string | undefined {
  let out: string | undefined
  for (const t of terms) {
    const d = pick(t)
    if (d && (out === undefined || d > out)) out = d
  }
  return out
}

function pickFields(c: ExchangeConcept): Pick<IncomingEntry, 'definition' | 'domain' | 'note' | 'source'> {
  const out: Pick<IncomingEntry, 'definition' | 'domain' | 'note' | 'source'> = {}
  if (c.definition) out.definition = c.definition
  if (c.domain) out.domain = c.domain
  if (c.note) out.note = c.note
  if (c.source) out.source = c.source
  return out
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
