/**
 * The history entry of an import: one per file, compact whatever its size. `before` holds the id
 * ranges of the concepts and units the import created plus snapshots of the concepts it merged into
 * (as they were); `after` the merged concepts as the import left them. Undo reverts the merged
 * concepts and soft-deletes the created rows (deleted_at, as a concept deletion does everywhere else);
 * redo clears deleted_at again and re-applies the merged snapshots. Soft deletion is what lets redo
 * work without storing 100,000 concepts in the history table.
 */
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { applyState, type TermbaseState } from '../termbase/snapshots'
import { recordHistory, type UndoAction } from '../workspace/history-repo'

export interface ImportUndo {
  concepts: [number, number] | null
  units: [number, number] | null
  merged: TermbaseState
}

export interface ImportRedo {
  merged: TermbaseState
}

export function recordImport(db: Db, file: string, before: ImportUndo, after: ImportRedo): number {
  return recordHistory(db, {
    action: 'import.termbase',
    label: `Import ${file}`,
    labelText: { key: 'import', params: { file } },
    before,
    after
  })
}

function setDeleted(
  db: Db,
  range: [number, number] | null,
  table: 'concepts' | 'translation_units',
  on: boolean
): void {
  if (!range) return
  if (on) {
    stmt(db, `UPDATE ${table} SET deleted_at = ? WHERE id BETWEEN ? AND ? AND deleted_at IS NULL`).run(
      new Date().toISOString(),
      range[0],
      range[1]
    )
  } else {
    stmt(db, `UPDATE ${table} SET deleted_at = NULL WHERE id BETWEEN ? AND ?`).run(range[0], range[1])
  }
}

export const termbaseImportUndo: UndoAction = {
  undo(db, entry) {
    const b = entry.before as ImportUndo
    applyState(db, b.merged)
    setDeleted(db, b.concepts, 'concepts', true)
    setDeleted(db, b.units, 'translation_units', true)
  },
  redo(db, entry) {
    const b = entry.before as ImportUndo
    setDeleted(db, b.concepts, 'concepts', false)
    setDeleted(db, b.units, 'translation_units', false)
    applyState(db, (entry.after as ImportRedo).merged)
  }
}
