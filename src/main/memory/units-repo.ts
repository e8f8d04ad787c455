import type { UnitPage, UnitRow } from '../../shared/models'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { recordHistory, type UndoAction } from '../workspace/history-repo'

interface Row {
  id: number
  source_lang: string
  target_lang: string
  source_text: string
  target_text: string
  origin: UnitRow['origin']
  origin_detail: string
  document_id: number | null
  note: string
  created_at: string
  changed_at: string
}

export const UNIT_COLUMNS =
  'id, source_lang, target_lang, source_text, target_text, origin, origin_detail, document_id, note, created_at, changed_at'

export function toUnit(r: Row): UnitRow {
  return {
    id: r.id,
    sourceLang: r.source_lang,
    targetLang: r.target_lang,
    source: r.source_text,
    target: r.target_text,
    origin: r.origin,
    originDetail: r.origin_detail,
    documentId: r.document_id,
    note: r.note,
    createdAt: r.created_at,
    changedAt: r.changed_at
  }
}

export function getUnit(db: Db, id: number): UnitRow | null {
  const row = stmt(db, `SELECT ${UNIT_COLUMNS} FROM translation_units WHERE id = ? AND deleted_at IS NULL`).get(id)
  return row ? toUnit(row as Row) : null
}

export function getUnits(db: Db, ids: number[]): Map<number, UnitRow> {
  if (ids.length === 0) return new Map()
  const rows = db
    .prepare(
      `SELECT ${UNIT_COLUMNS} FROM translation_units WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`
    )
    .all(JSON.stringify(ids)) as Row[]
  return new Map(rows.map((r) => [r.id, toUnit(r)]))
}

export function listUnits(db: Db, q: { offset?: number; limit?: number; text?: string }): UnitPage {
  const where = ['deleted_at IS NULL']
  const params: unknown[] = []
  if (q.text?.trim()) {
    where.push('(instr(lower(source_text), ?) > 0 OR instr(lower(target_text), ?) > 0)')
    const needle = q.text.trim().toLowerCase()
    params.push(needle, needle)
  }
  const clause = where.join(' AND ')
  const total = (
    db.prepare(`SELECT count(*) AS n FROM translation_units WHERE ${clause}`).get(...params) as {
      n: number
    }
  ).n
  const rows = db
    .prepare(`SELECT ${UNIT_COLUMNS} FROM translation_units WHERE ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, q.limit ?? 200, q.offset ?? 0) as Row[]
  return { total, rows: rows.map(toUnit) }
}

export interface NewUnit {
  sourceLang: string
  targetLang: string
  source: string
  target: string
  origin: UnitRow['origin']
  originDetail?: string
  documentId?: number | null
  note?: string
  createdAt?: string
  changedAt?: string
}

export function insertUnit(db: Db, u: NewUnit): number {
  const now = new Date().toISOString()
  return Number(
    stmt(
      db,
      `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, origin_detail,
         document_id, note, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      u.sourceLang,
      u.targetLang,
      u.source,
      u.target,
      u.origin,
      u.originDetail ?? '',
      u.documentId ?? null,
      u.note ?? '',
      u.createdAt ?? now,
      u.changedAt ?? now
    ).lastInsertRowid
  )
}

/** The columns an edit of a unit changes, as its history snapshots hold them. */
interface UnitText {
  id: number
  source_text: string
  target_text: string
  note: string
  changed_at: string
}

function writeUnit(db: Db, u: UnitText): void {
  stmt(db, 'UPDATE translation_units SET source_text = ?, target_text = ?, note = ?, changed_at = ? WHERE id = ?').run(
    u.source_text,
    u.target_text,
    u.note,
    u.changed_at,
    u.id
  )
}

/** Edits a unit's texts or note (blank texts keep the old ones) and records it in the history, in one transaction. */
export function updateUnitWithHistory(
  db: Db,
  unitId: number,
  edit: { source?: string; target?: string; note?: string }
): void {
  db.transaction(() => {
    const before = stmt(
      db,
      'SELECT id, source_text, target_text, note, changed_at FROM translation_units WHERE id = ?'
    ).get(unitId) as UnitText
    const after: UnitText = {
      id: unitId,
      source_text: edit.source?.trim() || before.source_text,
      target_text: edit.target?.trim() || before.target_text,
      note: edit.note ?? before.note,
      changed_at: new Date().toISOString()
    }
    writeUnit(db, after)
    recordHistory(db, {
      action: 'unit.update',
      label: `Edit unit ${unitId}`,
      labelText: { key: 'unitEdit', params: { id: unitId } },
      before,
      after
    })
  })()
}

/** Soft-deletes a unit and records it in the history, in one transaction. */
export function deleteUnitWithHistory(db: Db, unit: UnitRow): void {
  db.transaction(() => {
    stmt(db, 'UPDATE translation_units SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), unit.id)
    recordHistory(db, {
      action: 'unit.delete',
      label: `Delete unit “${unit.source.slice(0, 60)}”`,
      labelText: { key: 'unitDelete', params: { text: unit.source.slice(0, 60) } },
      before: { id: unit.id },
      after: { id: unit.id }
    })
  })()
}

export const unitUpdateUndo: UndoAction = {
  undo: (db, e) => writeUnit(db, e.before as UnitText),
  redo: (db, e) => writeUnit(db, e.after as UnitText)
}

export const unitDeleteUndo: UndoAction = {
  undo: (db, e) =>
    void stmt(db, 'UPDATE translation_units SET deleted_at = NULL WHERE id = ?').run((e.before as { id: number }).id),
  redo: (db, e) =>
    void stmt(db, 'UPDATE translation_units SET deleted_at = ? WHERE id = ?').run(
      new Date().toISOString(),
      (e.after as { id: number }).id
    )
}
