import type { DocumentDetail, DocumentSummary, Lang, SegmentView } from '../../shared/models'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { recordHistory, type UndoAction } from '../workspace/history-repo'

export interface NewSegment {
  /** UTF-16 offsets into the document text. */
  start: number
  end: number
  text: string
}

export interface NewDocument {
  /** sha256 of the normalised text; unique per workspace. */
  hash: string
  title: string
  date: string | null
  language: Lang
  format: string
  sourcePath: string | null
  text: string
  words: number
  segments: NewSegment[]
}

export interface DocumentByHash {
  id: number
  title: string
  /** Set when the document was soft-deleted: re-importing it should restore it. */
  deletedAt: string | null
}

interface SummaryRow {
  id: number
  title: string
  date: string | null
  language: Lang
  word_count: number
  segments: number
  source_path: string | null
  format: string
  imported_at: string
}

const SUMMARY_COLUMNS = `d.id, d.title, d.date, d.language, d.word_count, d.source_path, d.format, d.imported_at,
  (SELECT count(*) FROM segments s WHERE s.document_id = d.id) AS segments`

function toSummary(r: SummaryRow): DocumentSummary {
  return {
    id: r.id,
    title: r.title,
    date: r.date,
    language: r.language,
    words: r.word_count,
    segments: r.segments,
    sourcePath: r.source_path,
    format: r.format,
    importedAt: r.imported_at
  }
}

/**
 * Stores a document and all its segments in one transaction (a failed import leaves nothing
 * behind). Throws on a duplicate hash: callers check `findByHash` first to report duplicates.
 */
export function insertDocument(db: Db, doc: NewDocument): number {
  for (const s of doc.segments) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= doc.text.length)) {
      throw new RangeError(`Segment [${s.start}, ${s.end}) lies outside the text of "${doc.title}"`)
    }
  }
  return db.transaction(() => {
    const res = stmt(
      db,
      `INSERT INTO documents (hash, title, date, language, format, source_path, text, char_count, word_count,
        imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      doc.hash,
      doc.title,
      doc.date,
      doc.language,
      doc.format,
      doc.sourcePath,
      doc.text,
      doc.text.length,
      doc.words,
      new Date().toISOString()
    )
    const id = Number(res.lastInsertRowid)
    const insertSegment = stmt(
      db,
      'INSERT INTO segments (document_id, ordinal, start, end, text) VALUES (?, ?, ?, ?, ?)'
    )
    doc.segments.forEach((s, i) => insertSegment.run(id, i, s.start, s.end, s.text))
    return id
  })()
}

/** Any document with this hash, soft-deleted ones included. */
export function findByHash(db: Db, hash: string): DocumentByHash | null {
  const row = stmt(db, 'SELECT id, title, deleted_at FROM documents WHERE hash = ?').get(hash) as
    { id: number; title: string; deleted_at: string | null } | undefined
  return row ? { id: row.id, title: row.title, deletedAt: row.deleted_at } : null
}

/** Live documents in import order. */
export function listDocuments(db: Db): DocumentSummary[] {
  const rows = stmt(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.id`
  ).all() as SummaryRow[]
  return rows.map(toSummary)
}

export function countDocuments(db: Db): number {
  return stmt(db, 'SELECT count(*) FROM documents WHERE deleted_at IS NULL').pluck().get() as number
}

/** A live document with its text; null when missing or soft-deleted. */
export function getDocument(db: Db, id: number): DocumentDetail | null {
  const row = stmt(
    db,
    `SELECT ${SUMMARY_COLUMNS}, d.text, d.hash FROM documents d WHERE d.id = ? AND d.deleted_at IS NULL`
  ).get(id) as (SummaryRow & { text: string; hash: string }) | undefined
  return row ? { ...toSummary(row), text: row.text, hash: row.hash } : null
}

/** Segments in reading order; limit is capped so one call cannot pull a whole huge document. */
export function listSegments(db: Db, documentId: number, offset = 0, limit = 200): SegmentView[] {
  const rows = stmt(
    db,
    `SELECT id, document_id, ordinal, start, end, text FROM segments
      WHERE document_id = ? ORDER BY ordinal LIMIT ? OFFSET ?`
  ).all(documentId, Math.max(0, Math.min(limit, 5000)), Math.max(0, offset)) as {
    id: number
    document_id: number
    ordinal: number
    start: number
    end: number
    text: string
  }[]
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    ordinal: r.ordinal,
    start: r.start,
    end: r.end,
    text: r.text
  }))
}

/**
 * A live segment's document and its position in reading order (the `offset` of listSegments), or null.
 * Counted, not taken from `ordinal`, so gaps in ordinals could never send a reader to the wrong place.
 */
export function locateSegment(db: Db, segmentId: number): { documentId: number; offset: number } | null {
  const row = stmt(
    db,
    `SELECT s.document_id AS documentId,
       (SELECT count(*) FROM segments p WHERE p.document_id = s.document_id AND p.ordinal < s.ordinal) AS offset
     FROM segments s JOIN documents d ON d.id = s.document_id
     WHERE s.id = ? AND d.deleted_at IS NULL`
  ).get(segmentId) as { documentId: number; offset: number } | undefined
  return row ?? null
}

/** Hides a document (segments stay, so the deletion can be undone). True when it changed. */
export function softDelete(db: Db, id: number): boolean {
  return (
    stmt(db, 'UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(
      new Date().toISOString(),
      id
    ).changes > 0
  )
}

/** Brings a soft-deleted document back. True when it changed. */
export function restore(db: Db, id: number): boolean {
  return stmt(db, 'UPDATE documents SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes > 0
}

/**
 * Soft-deletes a document and records it in the history in one transaction, so `undoLast`
 * brings it back. Returns false (and records nothing) when there was no live document.
 */
export function deleteDocumentWithHistory(db: Db, id: number): boolean {
  return db.transaction(() => {
    const doc = stmt(db, 'SELECT title FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) as
      { title: string } | undefined
    if (!doc || !softDelete(db, id)) return false
    recordHistory(db, {
      action: 'document.delete',
      label: `Delete “${doc.title}”`,
      labelText: { key: 'documentDelete', params: { title: doc.title } },
      before: { id },
      after: { id }
    })
    return true
  })()
}

// Snapshots name the document as `id` or `documentId` (the corpus handler and importer use the latter).
function snapshotId(action: string, snapshot: unknown): number {
  const o = snapshot as { id?: unknown; documentId?: unknown } | null
  const id = o?.documentId ?? o?.id
  if (typeof id !== 'number') throw new Error(`${action} history entry names no document`)
  return id
}

export const documentDeleteUndo: UndoAction = {
  undo: (db, entry) => {
    restore(db, snapshotId(entry.action, entry.before))
  },
  redo: (db, entry) => {
    softDelete(db, snapshotId(entry.action, entry.after))
  }
}

/** Undoing an import hides the document (soft delete keeps ids stable for a redo). */
export const documentImportUndo: UndoAction = {
  undo: (db, entry) => {
    softDelete(db, snapshotId(entry.action, entry.after))
  },
  redo: (db, entry) => {
    restore(db, snapshotId(entry.action, entry.after))
  }
}
