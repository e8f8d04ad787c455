import { describe, expect, it } from 'vitest'

import { searchConcordance } from '../../../src/main/concordance/search'
import { migrate } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'

const now = '2025-01-01T00:00:00.000Z'

describe('migration 002: concordance index', () => {
  it('queues the rows a version-1 workspace already has, so they are searchable after upgrading', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 1 })
    const text = 'We will develop new quality productive forces. 要因地制宜发展新质生产力。'
    const doc = Number(
      db
        .prepare(
          `INSERT INTO documents (hash, title, language, format, text, char_count, word_count, imported_at)
         VALUES ('h', 'Report', 'en', 'txt', ?, ?, 9, ?)`
        )
        .run(text, text.length, now).lastInsertRowid
    )
    db.prepare('INSERT INTO segments (document_id, ordinal, start, end, text) VALUES (?, 0, 0, ?, ?)').run(
      doc,
      text.length,
      text
    )
    db.prepare(
      `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, created_at, changed_at)
       VALUES ('en', 'zh-CN', 'high-quality development', '高质量发展', 'typed', ?, ?)`
    ).run(now, now)

    // Upgraded to the newest schema: the search code is the newest and needs its tables (013 on).
    migrate(db)
    const corpus = searchConcordance(db, { query: 'productive forces' })
    expect(corpus.hits.map((h) => h.match)).toEqual(['productive forces'])
    expect(searchConcordance(db, { query: '生产力' }).hits).toHaveLength(1)
    const memory = searchConcordance(db, { query: '质量发', scope: 'memory' })
    expect(memory.hits[0]).toMatchObject({ kind: 'unit', otherText: 'high-quality development' })
  })
})
