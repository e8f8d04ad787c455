/**
 * Undo and redo in a workspace that syncs with a team. Undo restores row snapshots taken at the time of the
 * edit; a change from the team that arrived since (written without history) would be rolled back with them,
 * and the next sync would send that rollback out as this member's change — silently undoing a colleague's
 * work. So for a concept the team changed since the entry was recorded, undo goes field by field instead: the
 * fields the entry changed go back (unless the team changed them too: the team's value stays), the team's
 * changes stay. Outside a team, or when nothing came from the team since, undo is exactly what it was.
 */
import { type FieldMap, sameValue } from '../../core/team/fields'
import { threeWay } from '../../core/team/merge'
import type { Db } from '../db/open-database'
import type { TermbaseState } from '../termbase/snapshots'
import type { HistoryRecord, UndoAction } from '../workspace/history-repo'
import {
  type ConceptRows,
  documentLookup,
  fieldsFromRows,
  readConceptFields,
  writeConceptFields
} from './concept-fields'
import { getLink } from './link-repo'

/** The term-base states an entry moves between: `from` is what undo expects to find, `to` what it restores. */
export type EntryStates = (
  entry: HistoryRecord,
  direction: 'undo' | 'redo'
) => { from: TermbaseState; to: TermbaseState }

function snapshotFields(db: Db, snapshot: TermbaseState['concepts'][string]): FieldMap | null {
  return snapshot ? fieldsFromRows(snapshot as unknown as ConceptRows, documentLookup(db)) : null
}

export function teamAwareUndo(plain: UndoAction, states: EntryStates): UndoAction {
  const step = (direction: 'undo' | 'redo') => (db: Db, entry: HistoryRecord) => {
    if (!getLink(db)) return plain[direction](db, entry)
    const { from, to } = states(entry, direction)
    // Concepts whose fields are no longer what this entry left them at: the team changed them since.
    const moved = new Map<number, { expected: FieldMap; now: FieldMap }>()
    for (const key of Object.keys(from.concepts)) {
      const expected = snapshotFields(db, from.concepts[key])
      const now = readConceptFields(db, Number(key))
      if (expected && now && !sameValue(expected, now)) moved.set(Number(key), { expected, now })
    }
    plain[direction](db, entry)
    if (moved.size === 0) return
    const stamp = new Date().toISOString()
    for (const [id, { expected, now }] of moved) {
      if (!(String(id) in to.concepts)) continue
      const restored = readConceptFields(db, id)
      if (!restored) continue
      // base: what the entry left; local: what undoing it gives; remote: what the team made of it since.
      const { merged } = threeWay(expected, restored, now)
      const uid = db.prepare('SELECT uid FROM concepts WHERE id = ?').pluck().get(id) as string | null
      if (!sameValue(merged, restored)) writeConceptFields(db, id, uid ?? '', merged, stamp)
    }
  }
  return { undo: step('undo'), redo: step('redo') }
}

/** termbase.edit: before/after are term-base states. */
export const editStates: EntryStates = (entry, direction) => {
  const before = entry.before as TermbaseState
  const after = entry.after as TermbaseState
  return direction === 'undo' ? { from: after, to: before } : { from: before, to: after }
}

/** import.termbase: only the concepts it merged into carry snapshots (new ones are soft-deleted and back). */
export const importStates: EntryStates = (entry, direction) => {
  const before = (entry.before as { merged: TermbaseState }).merged
  const after = (entry.after as { merged: TermbaseState }).merged
  return direction === 'undo' ? { from: after, to: before } : { from: before, to: after }
}
