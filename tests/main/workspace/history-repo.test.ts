import { beforeEach, describe, expect, it } from 'vitest'

import { migrate } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'
import {
  getHistory,
  lastRedoable,
  lastUndoable,
  listHistory,
  markUndone,
  recordHistory,
  redoLast,
  undoLast,
  type UndoRegistry
} from '../../../src/main/workspace/history-repo'
import { getSetting, setSetting } from '../../../src/main/workspace/settings-repo'
import { undoActions } from '../../../src/main/workspace/undo-actions'

// The test's own registry. test.set sets a setting; undo writes the `before` value back, redo the `after` one.
const actions: UndoRegistry = {
  'test.set': {
    undo: (db, e) => setSetting(db, 'v', (e.before as { v: string }).v),
    redo: (db, e) => setSetting(db, 'v', (e.after as { v: string }).v)
  },
  'test.explodes': {
    undo: (db) => {
      setSetting(db, 'v', 'half-done')
      throw new Error('boom')
    },
    redo: () => undefined
  }
}

function set(db: Db, from: string, to: string, conceptId?: number): number {
  setSetting(db, 'v', to)
  return recordHistory<string>(db, {
    action: 'test.set',
    label: `${from}→${to}`,
    conceptId,
    before: { v: from },
    after: { v: to }
  })
}

describe('history', () => {
  let db: Db
  beforeEach(() => {
    db = openDatabase(':memory:')
    migrate(db)
  })

  it('stores JSON snapshots and lists newest first, optionally per concept', () => {
    const a = set(db, '0', '1', 7)
    const b = set(db, '1', '2')
    expect(getHistory(db, a)).toMatchObject({ action: 'test.set', conceptId: 7, before: { v: '0' }, after: { v: '1' } })
    expect(listHistory(db).map((e) => e.id)).toEqual([b, a])
    expect(listHistory(db, { conceptId: 7 }).map((e) => e.id)).toEqual([a])
    expect(listHistory(db, { limit: 1 }).map((e) => e.id)).toEqual([b])
  })

  it('undoes and redoes in stack order', () => {
    set(db, '0', '1')
    set(db, '1', '2')
    set(db, '2', '3')
    undoLast(db, actions)
    undoLast(db, actions)
    expect(getSetting(db, 'v')).toBe('1')
    expect(lastRedoable(db)?.label).toBe('1→2')
    redoLast(db, actions)
    expect(getSetting(db, 'v')).toBe('2')
    expect(lastUndoable(db)?.label).toBe('1→2')
    undoLast(db, actions)
    undoLast(db, actions)
    expect(getSetting(db, 'v')).toBe('0')
    expect(undoLast(db, actions)).toBeNull()
  })

  it('discards the redo tail when a new edit is recorded', () => {
    set(db, '0', '1')
    set(db, '1', '2')
    undoLast(db, actions)
    set(db, '1', 'x')
    expect(lastRedoable(db)).toBeNull()
    expect(listHistory(db).map((e) => e.label)).toEqual(['1→x', '0→1'])
  })

  it('markUndone flips the flag', () => {
    const id = set(db, '0', '1')
    markUndone(db, id, true)
    expect(lastUndoable(db)).toBeNull()
    expect(lastRedoable(db)?.id).toBe(id)
  })

  it('rolls back a failing undo and keeps the entry undoable', () => {
    setSetting(db, 'v', 'before')
    recordHistory<string>(db, { action: 'test.explodes', label: 'x', before: null, after: null })
    expect(() => undoLast(db, actions)).toThrow('boom')
    expect(getSetting(db, 'v')).toBe('before')
    expect(lastUndoable(db)?.action).toBe('test.explodes')
  })

  it('refuses to undo an action nobody registered, changing nothing', () => {
    recordHistory<string>(db, { action: 'nobody.knows', label: 'Mystery', before: null, after: null })
    expect(() => undoLast(db, actions)).toThrow(/Cannot undo "Mystery": no handler for nobody\.knows/)
    expect(lastUndoable(db)?.action).toBe('nobody.knows')
  })
})

describe('the app registry (undo-actions.ts)', () => {
  it('refuses at compile time an action it does not know; undo of one recorded anyway is refused', () => {
    const db = openDatabase(':memory:')
    migrate(db)
    // @ts-expect-error: 'nobody.knows' is not an UndoActionName (typecheck fails if this compiles)
    const id = recordHistory(db, { action: 'nobody.knows', label: 'Mystery', before: null, after: null })
    expect(() => undoLast(db, undoActions, id)).toThrow(/no handler for nobody\.knows/)
  })
})
