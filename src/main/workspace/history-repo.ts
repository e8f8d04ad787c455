import type { HistoryEntry, TranslatableText } from '../../shared/models'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import type { UndoActionName } from './undo-actions'

/** A history row with its snapshots parsed back from JSON (what undo/redo handlers need). */
export interface HistoryRecord extends HistoryEntry {
  before: unknown
  after: unknown
}

export interface NewHistoryEntry<A extends string = UndoActionName> {
  /** One of the registry's actions (undo-actions.ts): recording anything else is a compile error. */
  action: A
  label: string
  /** `label` for the UI to say in its language (see HistoryEntry.labelText). */
  labelText?: TranslatableText
  conceptId?: number | null
  /** Whatever the action's undo handler needs to go back; stored as JSON. */
  before: unknown
  /** Whatever the action's redo handler needs to go forward again; stored as JSON. */
  after: unknown
}

interface HistoryRow {
  id: number
  at: string
  action: string
  label: string
  label_key: string
  label_params: string
  concept_id: number | null
  before: string | null
  after: string | null
  undone: number
}

const COLUMNS = 'id, at, action, label, label_key, label_params, concept_id, before, after, undone'

function toEntry(r: HistoryRow): HistoryEntry {
  const entry: HistoryEntry = {
    id: r.id,
    at: r.at,
    action: r.action,
    label: r.label,
    conceptId: r.concept_id,
    undone: r.undone === 1
  }
  if (r.label_key) entry.labelText = { key: r.label_key, params: parseParams(r.label_params) }
  return entry
}

function parseParams(json: string): Record<string, string | number> {
  try {
    const v: unknown = JSON.parse(json)
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string | number>) : {}
  } catch {
    return {}
  }
}

function toRecord(r: HistoryRow): HistoryRecord {
  return {
    ...toEntry(r),
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after)
  }
}

/**
 * Appends an entry. A new edit after some undos makes the undone entries unreachable (the usual
 * editor behaviour), so the redo tail is discarded in the same transaction.
 */
export function recordHistory<A extends string = UndoActionName>(db: Db, e: NewHistoryEntry<NoInfer<A>>): number {
  return db.transaction(() => {
    stmt(db, 'DELETE FROM history WHERE undone = 1').run()
    const res = stmt(
      db,
      `INSERT INTO history (at, action, label, label_key, label_params, concept_id, before, after)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      new Date().toISOString(),
      e.action,
      e.label,
      e.labelText?.key ?? '',
      JSON.stringify(e.labelText?.params ?? {}),
      e.conceptId ?? null,
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after)
    )
    return Number(res.lastInsertRowid)
  })()
}

/** Newest first; optionally only one concept's entries. */
export function listHistory(db: Db, opts: { conceptId?: number; limit?: number } = {}): HistoryEntry[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 100, 10_000))
  const rows = (
    opts.conceptId === undefined
      ? stmt(db, `SELECT ${COLUMNS} FROM history ORDER BY id DESC LIMIT ?`).all(limit)
      : stmt(db, `SELECT ${COLUMNS} FROM history WHERE concept_id = ? ORDER BY id DESC LIMIT ?`).all(
          opts.conceptId,
          limit
        )
  ) as HistoryRow[]
  return rows.map(toEntry)
}

export function getHistory(db: Db, id: number): HistoryRecord | null {
  const row = stmt(db, `SELECT ${COLUMNS} FROM history WHERE id = ?`).get(id) as HistoryRow | undefined
  return row ? toRecord(row) : null
}

/** The entry `undo` would revert: the newest one not yet undone. */
export function lastUndoable(db: Db): HistoryRecord | null {
  const row = stmt(db, `SELECT ${COLUMNS} FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1`).get() as
    HistoryRow | undefined
  return row ? toRecord(row) : null
}

/** The entry `redo` would re-apply: the oldest undone one (undos peel entries off the end). */
export function lastRedoable(db: Db): HistoryRecord | null {
  const row = stmt(db, `SELECT ${COLUMNS} FROM history WHERE undone = 1 ORDER BY id ASC LIMIT 1`).get() as
    HistoryRow | undefined
  return row ? toRecord(row) : null
}

export function markUndone(db: Db, id: number, undone: boolean): void {
  stmt(db, 'UPDATE history SET undone = ? WHERE id = ?').run(undone ? 1 : 0, id)
}

/** How one kind of action is reverted and re-applied from its snapshots. */
export interface UndoAction {
  undo(db: Db, entry: HistoryRecord): void
  redo(db: Db, entry: HistoryRecord): void
}

/** Every recorded action and how it goes back and forth (the app's is undo-actions.ts; tests bring their own). */
export type UndoRegistry = Readonly<Record<string, UndoAction>>

/**
 * The entry an "Undo" button belongs to is not the one undo would take (see undoLast's `expected`):
 * already undone (or gone), or a later change came after it (`later`).
 */
export class NotLatestError extends Error {
  constructor(
    readonly expected: number,
    readonly later: HistoryEntry | null
  ) {
    super(
      later
        ? `A later change ("${later.label || later.action}") came after this one: undo that first`
        : 'That change was already undone'
    )
    this.name = 'NotLatestError'
  }
}

/**
 * What the user is told when the database refuses an undo or redo (a row it would restore conflicts with
 * one changed since): the transaction rolls back, nothing changed, and the reason is said in the UI
 * language. A raw SQLite message ("FOREIGN KEY constraint failed") says nothing a translator can act on.
 */
function refusal(error: unknown, direction: 'undo' | 'redo', entry: HistoryEntry): unknown {
  const code = (error as { code?: unknown } | null)?.code
  if (error instanceof ApiError || typeof code !== 'string' || !code.startsWith('SQLITE_')) return error
  const label = entry.label || entry.action
  return new ApiError(
    'conflict',
    `Cannot ${direction} "${label}": the workspace changed since in a way it conflicts ` +
      `with (${(error as Error).message}); nothing was changed`,
    { key: direction === 'undo' ? 'history.undoRefused' : 'history.redoRefused' }
  )
}

function step(db: Db, actions: UndoRegistry, direction: 'undo' | 'redo', expected?: number): HistoryEntry | null {
  // IMMEDIATE: take the write lock before reading which entry is next, so two processes cannot
  // both undo the same entry.
  return db
    .transaction((): HistoryEntry | null => {
      const entry = direction === 'undo' ? lastUndoable(db) : lastRedoable(db)
      if (expected !== undefined && entry?.id !== expected) {
        const later = entry !== null && entry.id > expected ? entry : null
        throw new NotLatestError(expected, later)
      }
      if (!entry) return null
      const handler = Object.prototype.hasOwnProperty.call(actions, entry.action) ? actions[entry.action] : undefined
      if (!handler)
        throw new Error(`Cannot ${direction} "${entry.label || entry.action}": no handler for ${entry.action}`)
      try {
        handler[direction](db, entry)
      } catch (error) {
        throw refusal(error, direction, entry)
      }
      markUndone(db, entry.id, direction === 'undo')
      const { before: _before, after: _after, ...done } = entry
      return { ...done, undone: direction === 'undo' }
    })
    .immediate()
}

/**
 * Reverts the newest undoable entry in one transaction; null when there is nothing to undo. With
 * `expected` (an "Undo" button that belongs to one change), only that entry, and only while it is still
 * the newest: otherwise NotLatestError, rather than undoing some later change instead.
 */
export function undoLast(db: Db, actions: UndoRegistry, expected?: number): HistoryEntry | null {
  return step(db, actions, 'undo', expected)
}

/** Re-applies the next undone entry in one transaction; null when there is nothing to redo. */
export function redoLast(db: Db, actions: UndoRegistry): HistoryEntry | null {
  return step(db, actions, 'redo')
}
