import { describe, expect, it } from 'vitest'

import { indexPending } from '../../../src/main/concordance/index-segments'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

function addDocument(db: Db, text: string, deleted: boolean): void {
  const doc = db
    .prepare(
      `INSERT INTO documents (hash, title, language, format, text, char_count, word_count, imported_at, deleted_at)
       VALUES (?, 't', 'en', 'txt', ?, ?, 1, ?, ?)`
    )
    .run(`h-${text}-${deleted}`, text, text.length, now, deleted ? now : null).lastInsertRowid
  db.prepare('INSERT INTO segments (document_id, ordinal, start, end, text) VALUES (?, 0, 0, ?, ?)').run(
    doc,
    text.length,
    text
  )
}

function addUnit(db: Db, source: string, target: string, deleted: boolean): void {
  db.prepare(
    `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, created_at,
       changed_at, deleted_at) VALUES ('en', 'zh-CN', ?, ?, 'tmx', ?, ?, ?)`
  ).run(source, target, now, now, deleted ? now : null)
}

const counts = (db: Db) =>
  Object.fromEntries(
    (
      db.prepare('SELECT term, cnt, tu_cnt FROM concordance_terms ORDER BY term').all() as {
        term: string
        cnt: number
        tu_cnt: number
      }[]
    ).map((r) => [r.term, [r.cnt, r.tu_cnt]])
  )

describe('migration 013: collocate counts follow deletions and count the memory', () => {
  it('takes hidden documents out of the counts and puts visible units in, on the next indexing', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 12 })
    addDocument(db, 'alpha beta', false)
    addDocument(db, 'alpha', true)
    addUnit(db, 'gamma', '伽马', false)
    addUnit(db, 'delta', '德尔塔', true)
    // What version 12 had written: every segment counted, units only listed, the token total in ''.
    db.exec(`DELETE FROM concordance_queue;
      INSERT INTO concordance_terms (term, rev, cnt) VALUES ('alpha', 'ahpla', 2), ('beta', 'ateb', 1),
        ('gamma', 'ammag', 0), ('delta', 'atled', 0), ('', '', 3);`)
    migrate(db, { to: 13 })
    expect(schemaVersion(db)).toBe(13)
    indexPending(db)
    // The memory's word tokens: gamma (the index counts no Chinese words).
    expect(counts(db)).toEqual({ '': [0, 1], alpha: [1, 0], beta: [1, 0], delta: [0, 0], gamma: [0, 1] })
  })
})
