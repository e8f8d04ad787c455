import { beforeEach, describe, expect, it } from 'vitest'

import {
  countDocuments,
  deleteDocumentWithHistory,
  findByHash,
  getDocument,
  insertDocument,
  listDocuments,
  listSegments,
  type NewDocument,
  restore,
  softDelete
} from '../../../src/main/corpus/documents-repo'
import { migrate } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'
import { listHistory, recordHistory, redoLast, undoLast } from '../../../src/main/workspace/history-repo'
import { undoActions } from '../../../src/main/workspace/undo-actions'

const text = 'New quality productive forces. High-quality development matters.'
function doc(over: Partial<NewDocument> = {}): NewDocument {
  return {
    hash: 'abc',
    title: 'Forces',
    date: '2024-03-05',
    language: 'en',
    format: 'txt',
    sourcePath: '/tmp/forces.txt',
    text,
    words: 8,
    segments: [
      { start: 0, end: 30, text: text.slice(0, 30) },
      { start: 31, end: text.length, text: text.slice(31) }
    ],
    ...over
  }
}

describe('documents repository', () => {
  let db: Db
  beforeEach(() => {
    db = openDatabase(':memory:')
    migrate(db)
  })

  it('round-trips a document and its segments', () => {
    const id = insertDocument(db, doc())
    expect(getDocument(db, id)).toMatchObject({
      id,
      title: 'Forces',
      date: '2024-03-05',
      language: 'en',
      words: 8,
      segments: 2,
      sourcePath: '/tmp/forces.txt',
      format: 'txt',
      text,
      hash: 'abc'
    })
    expect(getDocument(db, id)?.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    const segs = listSegments(db, id)
    expect(segs.map((s) => [s.ordinal, s.start, s.end, s.documentId])).toEqual([
      [0, 0, 30, id],
      [1, 31, text.length, id]
    ])
    expect(text.slice(segs[1].start, segs[1].end)).toBe(segs[1].text)
    expect(listSegments(db, id, 1, 10).map((s) => s.ordinal)).toEqual([1])
    expect(listSegments(db, id, 0, 1).map((s) => s.ordinal)).toEqual([0])
    expect(getDocument(db, 999)).toBeNull()
  })

  it('lists live documents with segment counts and finds them by hash', () => {
    const a = insertDocument(db, doc({ hash: 'a', title: 'A' }))
    const b = insertDocument(db, doc({ hash: 'b', title: 'B', language: 'zh', segments: [] }))
    expect(listDocuments(db).map((d) => [d.id, d.title, d.segments, d.language])).toEqual([
      [a, 'A', 2, 'en'],
      [b, 'B', 0, 'zh']
    ])
    expect(findByHash(db, 'b')).toEqual({ id: b, title: 'B', deletedAt: null })
    expect(findByHash(db, 'zzz')).toBeNull()
  })

  it('soft-deletes and restores', () => {
    const id = insertDocument(db, doc())
    expect(softDelete(db, id)).toBe(true)
    expect(softDelete(db, id)).toBe(false)
    expect(listDocuments(db)).toEqual([])
    expect(countDocuments(db)).toBe(0)
    expect(getDocument(db, id)).toBeNull()
    expect(findByHash(db, 'abc')?.deletedAt).toMatch(/^\d{4}-/)
    expect(listSegments(db, id)).toHaveLength(2)
    expect(restore(db, id)).toBe(true)
    expect(restore(db, id)).toBe(false)
    expect(listDocuments(db).map((d) => d.id)).toEqual([id])
  })

  it('leaves nothing behind when a document cannot be stored', () => {
    insertDocument(db, doc())
    expect(() => insertDocument(db, doc({ title: 'again' }))).toThrow(/UNIQUE/)
    expect(() => insertDocument(db, doc({ hash: 'x', segments: [{ start: 0, end: 999, text: 'x' }] }))).toThrow(
      RangeError
    )
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1)
    expect(db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(2)
  })
})

describe('undo and redo of document actions', () => {
  let db: Db
  beforeEach(() => {
    db = openDatabase(':memory:')
    migrate(db)
  })

  it('undoes a document.delete by restoring the document, and redoes it by deleting again', () => {
    const id = insertDocument(db, doc())
    expect(deleteDocumentWithHistory(db, id)).toBe(true)
    expect(listDocuments(db)).toEqual([])
    const undone = undoLast(db, undoActions)
    expect(undone).toMatchObject({
      action: 'document.delete',
      label: 'Delete “Forces”',
      labelText: { key: 'documentDelete', params: { title: 'Forces' } },
      undone: true
    })
    expect(listDocuments(db).map((d) => d.id)).toEqual([id])
    expect(undoLast(db, undoActions)).toBeNull()
    expect(redoLast(db, undoActions)).toMatchObject({ action: 'document.delete', undone: false })
    expect(listDocuments(db)).toEqual([])
    expect(redoLast(db, undoActions)).toBeNull()
  })

  it('accepts the { documentId } snapshots the corpus handler and importer record', () => {
    const id = insertDocument(db, doc())
    recordHistory(db, { action: 'document.import', label: 'Forces', before: null, after: { documentId: id } })
    softDelete(db, id)
    recordHistory(db, {
      action: 'document.delete',
      label: 'Forces',
      before: { documentId: id },
      after: { documentId: id }
    })
    undoLast(db, undoActions)
    expect(getDocument(db, id)).not.toBeNull()
    undoLast(db, undoActions) // undo the import: the document is hidden again
    expect(getDocument(db, id)).toBeNull()
    redoLast(db, undoActions)
    expect(getDocument(db, id)).not.toBeNull()
  })

  it('records nothing when the document is already gone', () => {
    expect(deleteDocumentWithHistory(db, 12345)).toBe(false)
    expect(listHistory(db)).toEqual([])
  })
})
