import type { TranslatableText } from '../../shared/models'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { recordHistory, type UndoAction } from '../workspace/history-repo'

/**
 * Undo for the term base works on row snapshots: before a change we capture every concept
 * (with its terms and examples) and candidate it may touch, after it the same rows again; undo
 * writes the "before" rows back, redo the "after" rows. One mechanism serves save, merge, delete,
 * review actions and imports, and survives restarts because the snapshots live in `history`.
 */
export interface TermbaseState {
  concepts: Record<string, ConceptSnapshot | null>
  candidates: Record<string, CandidateSnapshot | null>
}

interface ConceptSnapshot {
  row: Record<string, unknown>
  terms: Record<string, unknown>[]
  examples: Record<string, unknown>[]
  /** Absent in history written before migration 005: such entries leave collocations alone. */
  collocations?: Record<string, unknown>[]
}

type CandidateSnapshot = Record<string, unknown>

export const TERMBASE_EDIT = 'termbase.edit'

function captureConcept(db: Db, id: number): ConceptSnapshot | null {
  const row = stmt(db, 'SELECT * FROM concepts WHERE id = ?').get(id) as Record<string, unknown> | undefined
  if (!row) return null
  return {
    row,
    terms: stmt(db, 'SELECT * FROM terms WHERE concept_id = ?').all(id) as Record<string, unknown>[],
    examples: stmt(db, 'SELECT * FROM examples WHERE concept_id = ?').all(id) as Record<string, unknown>[],
    collocations: stmt(db, 'SELECT * FROM collocations WHERE concept_id = ?').all(id) as Record<string, unknown>[]
  }
}

export function captureState(db: Db, conceptIds: Iterable<number>, candidateIds: Iterable<number>): TermbaseState {
  const concepts: TermbaseState['concepts'] = {}
  const candidates: TermbaseState['candidates'] = {}
  const candidateSet = new Set(candidateIds)
  for (const id of conceptIds) {
    concepts[id] = captureConcept(db, id)
    // Candidates linked to a concept change with it (accept, delete, merge).
    for (const c of stmt(db, 'SELECT id FROM candidates WHERE concept_id = ?').all(id) as { id: number }[]) {
      candidateSet.add(c.id)
    }
  }
  for (const id of candidateSet) {
    candidates[id] = (stmt(db, 'SELECT * FROM candidates WHERE id = ?').get(id) as CandidateSnapshot) ?? null
  }
  return { concepts, candidates }
}

function upsert(db: Db, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row)
  db.prepare(
    `INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
  ).run(...columns.map((c) => row[c]))
}

/**
 * Writes a snapshot back. `keepConcepts`: concepts the state calls absent that must stay as they are
 * (see conceptsThatExistedBefore): such a state comes from an entry recorded without their before rows.
 */
export function applyState(db: Db, state: TermbaseState, keepConcepts: ReadonlySet<number> = new Set()): void {
  for (const [id, snap] of Object.entries(state.concepts)) {
    if (!snap) {
      if (!keepConcepts.has(Number(id))) stmt(db, 'DELETE FROM concepts WHERE id = ?').run(Number(id))
      continue
    }
    // UPDATE rather than REPLACE for the concept itself: REPLACE would cascade-delete its terms.
    const exists = stmt(db, 'SELECT 1 FROM concepts WHERE id = ?').get(Number(id))
    if (exists) {
      const cols = Object.keys(snap.row).filter((c) => c !== 'id')
      db.prepare(`UPDATE concepts SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
        ...cols.map((c) => snap.row[c]),
        Number(id)
      )
    } else upsert(db, 'concepts', snap.row)
    const termIds = new Set(snap.terms.map((t) => t.id))
    for (const t of stmt(db, 'SELECT id FROM terms WHERE concept_id = ?').all(Number(id)) as { id: number }[]) {
      if (!termIds.has(t.id)) stmt(db, 'DELETE FROM terms WHERE id = ?').run(t.id)
    }
    for (const t of snap.terms) upsert(db, 'terms', t)
    const exampleIds = new Set(snap.examples.map((e) => e.id))
    for (const e of stmt(db, 'SELECT id FROM examples WHERE concept_id = ?').all(Number(id)) as { id: number }[]) {
      if (!exampleIds.has(e.id)) stmt(db, 'DELETE FROM examples WHERE id = ?').run(e.id)
    }
    for (const e of snap.examples) upsert(db, 'examples', e)
    if (snap.collocations) {
      const kept = new Set(snap.collocations.map((c) => c.id))
      for (const c of stmt(db, 'SELECT id FROM collocations WHERE concept_id = ?').all(Number(id)) as {
        id: number
      }[]) {
        if (!kept.has(c.id)) stmt(db, 'DELETE FROM collocations WHERE id = ?').run(c.id)
      }
      for (const c of snap.collocations) upsert(db, 'collocations', c)
    }
  }
  for (const [id, snap] of Object.entries(state.candidates)) {
    if (!snap) continue
    const cols = Object.keys(snap).filter((c) => c !== 'id')
    db.prepare(`UPDATE candidates SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
      ...cols.map((c) => snap[c]),
      Number(id)
    )
  }
}

export interface EditScope {
  label: string
  /** `label` for the UI to say in its language (history.labels.<key>). */
  labelText?: TranslatableText
  conceptIds?: number[]
  candidateIds?: number[]
}

/**
 * Runs `change` in one transaction and records it in the history with before/after snapshots.
 * `change` returns the ids it created or touched beyond the scope, so they are captured after.
 */
export function editWithHistory<R>(
  db: Db,
  scope: EditScope,
  change: () => { result: R; conceptIds?: number[]; candidateIds?: number[] }
): R {
  return db.transaction(() => {
    const before = captureState(db, scope.conceptIds ?? [], scope.candidateIds ?? [])
    const lastConceptBefore = (stmt(db, 'SELECT max(id) AS id FROM concepts').get() as { id: number | null }).id ?? 0
    const { result, conceptIds = [], candidateIds = [] } = change()
    // A concept the change touched that existed before must be in the scope: recorded as "absent
    // before", its undo would delete it (ids of rows created by the change are all above the old max).
    const uncaptured = conceptIds.filter((id) => !(id in before.concepts) && id <= lastConceptBefore)
    if (uncaptured.length > 0) {
      throw new Error(`editWithHistory: concepts ${uncaptured.join(', ')} changed without a before snapshot`)
    }
    const allConcepts = new Set([...(scope.conceptIds ?? []), ...conceptIds])
    const allCandidates = new Set([...(scope.candidateIds ?? []), ...candidateIds, ...keys(before.candidates)])
    const after = captureState(db, allConcepts, allCandidates)
    // Rows that did not exist before the change are "absent" in the before state.
    for (const id of allConcepts) if (!(id in before.concepts)) before.concepts[id] = null
    for (const id of Object.keys(after.candidates)) {
      if (!(id in before.candidates)) before.candidates[id] = captureCandidateBefore(after, id)
    }
    const conceptId = allConcepts.size === 1 ? [...allConcepts][0] : null
    recordHistory(db, {
      action: TERMBASE_EDIT,
      label: scope.label,
      labelText: scope.labelText,
      conceptId,
      before,
      after
    })
    return result
  })()
}

function keys(record: Record<string, unknown>): number[] {
  return Object.keys(record).map(Number)
}

// A candidate seen only after the change (linked by it) was untouched before: keep its after row.
function captureCandidateBefore(after: TermbaseState, id: string): CandidateSnapshot | null {
  return after.candidates[id]
}

/**
 * Concepts an entry calls absent before its change although they existed: entries written before
 * accepting into an existing concept captured it (accepting an accepted candidate again, or a candidate
 * whose term a concept already had). Undoing them deleted that concept, or failed on a candidate still
 * linked to it. Such a concept is linked in the before state, or linked in the after state only by
 * candidates the change did not stamp with the concept's creation time (an accept creates a concept and
 * links its candidates with one timestamp).
 */
export function conceptsThatExistedBefore(before: TermbaseState, after: TermbaseState): Set<number> {
  const keep = new Set<number>()
  const linkedBefore = new Set(Object.values(before.candidates).map((c) => c?.concept_id))
  for (const [key, snap] of Object.entries(before.concepts)) {
    const id = Number(key)
    if (snap) continue
    if (linkedBefore.has(id)) {
      keep.add(id)
      continue
    }
    const created = after.concepts[key]?.row.created_at
    const linked = Object.values(after.candidates).filter((c) => c?.concept_id === id)
    if (created !== undefined && linked.length > 0 && !linked.some((c) => c?.updated_at === created)) keep.add(id)
  }
  return keep
}

export const termbaseEditUndo: UndoAction = {
  undo: (db, entry) => {
    const before = entry.before as TermbaseState
    applyState(db, before, conceptsThatExistedBefore(before, entry.after as TermbaseState))
  },
  redo: (db, entry) => applyState(db, entry.after as TermbaseState)
}
