/**
 * Every action the history records, and how it is undone and redone: one explicit registry. recordHistory
 * takes an UndoActionName, so recording an action that is not here is a compile error, and undo works in
 * any process whatever modules it happened to import (registration used to be an import side effect).
 * The names are stored in workspaces: never rename one.
 */
import { documentDeleteUndo, documentImportUndo } from '../corpus/documents-repo'
import { termbaseImportUndo } from '../exchange/import-history'
import { unitDeleteUndo, unitUpdateUndo } from '../memory/units-repo'
import { editStates, importStates, teamAwareUndo } from '../team/undo-merge'
import { termbaseEditUndo } from '../termbase/snapshots'
import type { UndoAction } from './history-repo'

export const undoActions = {
  'document.import': documentImportUndo,
  'document.delete': documentDeleteUndo,
  // In a team, a concept the team changed since the entry is undone field by field (team/undo-merge.ts).
  'termbase.edit': teamAwareUndo(termbaseEditUndo, editStates),
  'import.termbase': teamAwareUndo(termbaseImportUndo, importStates),
  'unit.update': unitUpdateUndo,
  'unit.delete': unitDeleteUndo
} as const satisfies Record<string, UndoAction>

export type UndoActionName = keyof typeof undoActions
