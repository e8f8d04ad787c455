// Test helper: an in-memory workspace with the concordance's migrations applied (001, 002, 006, 013);
// `han: false` leaves out 006 (a workspace without the single-character tables).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import Database from 'better-sqlite3'

import { countWords } from '../../../src/core/text/count-words'

const MIGRATIONS = join(__dirname, '../../../src/main/db/migrations')

export function openTestDb(opts: { han?: boolean } = {}): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  const files = ['001-initial-schema.sql', '002-concordance-index.sql']
  if (opts.han !== false) files.push('006-concordance-han-chars.sql')
  files.push('013-concordance-live-counts.sql')
  for (const f of files) {
    db.exec(readFileSync(join(MIGRATIONS, f), 'utf8'))
  }
  return db
}

let hashSeq = 0

export function addDocument(
  db: Database.Database,
  sentences: string[],
  opts: { language?: 'en' | 'zh'; date?: string | null; title?: string } = {}
): { documentId: number; segmentIds: number[] } {
  const text = sentences.join(' ')
  const doc = db
    .prepare(
      `INSERT INTO documents (hash, title, date, language, format, text, char_count, word_count, imported_at)
       VALUES (?, ?, ?, ?, 'txt', ?, ?, ?, '2025-01-01')`
    )
    .run(
      `h${++hashSeq}`,
      opts.title ?? `doc ${hashSeq}`,
      opts.date ?? null,
      opts.language ?? 'en',
      text,
      text.length,
      countWords(text, opts.language ?? 'en')
    )
  const documentId = Number(doc.lastInsertRowid)
  const ins = db.prepare('INSERT INTO segments (document_id, ordinal, start, end, text) VALUES (?, ?, ?, ?, ?)')
  let at = 0
  const segmentIds = sentences.map((s, i) => {
    const id = Number(ins.run(documentId, i, at, at + s.length, s).lastInsertRowid)
    at += s.length + 1
    return id
  })
  return { documentId, segmentIds }
}

export function addUnit(
  db: Database.Database,
  source: string,
  target: string,
  documentId: number | null = null
): number {
  const r = db
    .prepare(
      `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, document_id,
       created_at, changed_at) VALUES ('en', 'zh-CN', ?, ?, 'tmx', ?, '2024-06-01T00:00:00Z', '2024-06-01')`
    )
    .run(source, target, documentId)
  return Number(r.lastInsertRowid)
}
