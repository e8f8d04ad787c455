import { beforeEach, describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

function columns(db: Db, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name)
}

function foreignKeys(db: Db, table: string): { table: string; from: string; on_delete: string }[] {
  return db.pragma(`foreign_key_list(${table})`) as { table: string; from: string; on_delete: string }[]
}

function addDocument(db: Db, hash = 'h1'): number {
  const r = db
    .prepare(
      `INSERT INTO documents (hash, title, language, format, text, char_count, word_count, imported_at)
       VALUES (?, 'T', 'en', 'txt', 'Hello world.', 12, 2, ?)`
    )
    .run(hash, now)
  return Number(r.lastInsertRowid)
}

describe('migration 001: initial schema', () => {
  let db: Db
  beforeEach(() => {
    db = openDatabase(':memory:')
    migrate(db, { to: 0 })
    expect(schemaVersion(db)).toBe(0)
    migrate(db, { to: 1 })
  })

  it('sets the schema version to 1 and creates every table with its columns', () => {
    expect(schemaVersion(db)).toBe(1)
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(
      expect.arrayContaining([
        'settings',
        'documents',
        'segments',
        'concepts',
        'terms',
        'candidates',
        'candidate_occurrences',
        'translation_units',
        'examples',
        'history'
      ])
    )
    expect(columns(db, 'documents')).toEqual(expect.arrayContaining(['hash', 'deleted_at', 'parallel_of']))
    expect(columns(db, 'segments')).toEqual(['id', 'document_id', 'ordinal', 'start', 'end', 'text'])
    expect(columns(db, 'history')).toEqual(['id', 'at', 'action', 'label', 'concept_id', 'before', 'after', 'undone'])
  })

  it('declares the foreign keys the design relies on', () => {
    expect(foreignKeys(db, 'segments')).toEqual([
      expect.objectContaining({ table: 'documents', from: 'document_id', on_delete: 'CASCADE' })
    ])
    expect(foreignKeys(db, 'terms')).toEqual([
      expect.objectContaining({ table: 'concepts', from: 'concept_id', on_delete: 'CASCADE' })
    ])
    const ex = foreignKeys(db, 'examples')
      .map((f) => `${f.from}->${f.table}:${f.on_delete}`)
      .sort()
    expect(ex).toEqual([
      'concept_id->concepts:CASCADE',
      'document_id->documents:SET NULL',
      'segment_id->segments:SET NULL',
      'term_id->terms:SET NULL',
      'tu_id->translation_units:SET NULL'
    ])
  })

  it('indexes every foreign-key child column so parent deletes do not scan child tables', () => {
    for (const table of [
      'documents',
      'segments',
      'terms',
      'candidates',
      'candidate_occurrences',
      'translation_units',
      'examples'
    ]) {
      const indexed = new Set(
        (db.pragma(`index_list(${table})`) as { name: string }[]).map(
          (i) => (db.pragma(`index_info(${i.name})`) as { name: string }[])[0]?.name
        )
      )
      for (const fk of foreignKeys(db, table)) expect(indexed, `${table}.${fk.from}`).toContain(fk.from)
    }
  })

  it('rejects values outside the CHECK lists', () => {
    db.prepare('INSERT INTO concepts (id, created_at, modified_at) VALUES (1, ?, ?)').run(now, now)
    const term = db.prepare(
      `INSERT INTO terms (concept_id, lang, text, norm, status, created_at, modified_at)
       VALUES (1, 'en', 'x', 'x', ?, ?, ?)`
    )
    expect(() => term.run('preferred', now, now)).not.toThrow()
    expect(() => term.run('approved', now, now)).toThrow(/CHECK constraint/)
    const cand = db.prepare("INSERT INTO candidates (key, term, status, mined_at, updated_at) VALUES (?, 'x', ?, ?, ?)")
    expect(() => cand.run('k1', 'rejected', now, now)).not.toThrow()
    expect(() => cand.run('k2', 'maybe', now, now)).toThrow(/CHECK constraint/)
    expect(() =>
      db
        .prepare(
          `INSERT INTO documents (hash, title, language, format, text, char_count, word_count, imported_at)
         VALUES ('h', 'T', 'fr', 'txt', '', 0, 0, ?)`
        )
        .run(now)
    ).toThrow(/CHECK constraint/)
  })

  it('enforces STRICT column types and unique document hashes', () => {
    addDocument(db, 'same')
    expect(() => addDocument(db, 'same')).toThrow(/UNIQUE/)
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('k', ?)").run(Buffer.from('blob'))).toThrow(
      /cannot store BLOB/
    )
  })

  it('cascades a document delete to its segments and nulls example links, keeping the example', () => {
    const doc = addDocument(db)
    const seg = db
      .prepare("INSERT INTO segments (document_id, ordinal, start, end, text) VALUES (?, 0, 0, 12, 'x')")
      .run(doc).lastInsertRowid
    db.prepare('INSERT INTO concepts (id, created_at, modified_at) VALUES (1, ?, ?)').run(now, now)
    db.prepare(
      "INSERT INTO examples (concept_id, segment_id, document_id, text, created_at) VALUES (1, ?, ?, 'x', ?)"
    ).run(seg, doc, now)
    db.prepare('DELETE FROM documents WHERE id = ?').run(doc)
    expect(db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(0)
    expect(db.prepare('SELECT segment_id, document_id, text FROM examples').get()).toEqual({
      segment_id: null,
      document_id: null,
      text: 'x'
    })
  })

  it('refuses a segment of a document that does not exist', () => {
    expect(() =>
      db.prepare("INSERT INTO segments (document_id, ordinal, start, end, text) VALUES (42, 0, 0, 1, 'x')").run()
    ).toThrow(/FOREIGN KEY/)
  })
})
