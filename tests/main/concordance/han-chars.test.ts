// One Han character alone is looked up in the character tables of migration 006 instead of a
// bigram prefix query: the hits must be the same as the prefix path's, through edits, deletions,
// rebuilds, and for a workspace indexed before 006 (backfill).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import type Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'

import type { ConcordanceRequest } from '../../../src/core/concordance/types'
import { indexPending, rebuildConcordanceIndex } from '../../../src/main/concordance/index-segments'
import { searchConcordance } from '../../../src/main/concordance/search'
import { migrate } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'
import { addDocument, addUnit, openTestDb } from './concordance-db'

const dbs: Database.Database[] = []
afterEach(() => dbs.splice(0).forEach((d) => d.close()))

function fill(db: Database.Database): { segs: number[] } {
  const { segmentIds } = addDocument(
    db,
    [
      '发展新质生产力是推动高质量发展的内在要求。',
      '臺灣的質量發展。',
      '质。质质',
      'No Chinese here.',
      'Mixed 5G质量 text.'
    ],
    { language: 'zh' }
  )
  addUnit(db, 'quality', '质量')
  addUnit(db, '質 in the source', 'target')
  dbs.push(db)
  return { segs: segmentIds }
}
const spans = (db: Database.Database, q: string, more: Partial<ConcordanceRequest> = {}): string[] =>
  searchConcordance(db, { query: q, limit: 500, ...more }).hits.map((h) => `${h.kind}${h.id}:${h.start}:${h.match}`)

describe('single Han characters', () => {
  it('finds every occurrence, traditional folded, exactly like the prefix query', () => {
    const withTables = openTestDb()
    const without = openTestDb({ han: false })
    fill(withTables)
    fill(without)
    for (const scope of ['corpus', 'memory', 'both'] as const) {
      for (const q of ['质', '質', '发', '的', '量', '要', '龘']) {
        expect(spans(withTables, q, { scope })).toEqual(spans(without, q, { scope }))
      }
    }
    expect(spans(withTables, '质')).toEqual([
      'segment1:3:质',
      'segment1:11:质',
      'segment2:3:質',
      'segment3:0:质',
      'segment3:2:质',
      'segment3:3:质',
      'segment5:8:质'
    ])
    expect(spans(withTables, '质', { scope: 'memory', side: 'source' })).toEqual(['unit2:0:質'])
    expect(spans(withTables, '质', { scope: 'memory', side: 'target' })).toEqual(['unit1:0:质'])
    const r = searchConcordance(withTables, { query: '质', limit: 2 })
    expect(r.hits).toHaveLength(2)
    expect(r.total).toBeGreaterThanOrEqual(2)
  })

  it('follows edits, deletions and rebuilds', () => {
    const db = openTestDb()
    const { segs } = fill(db)
    db.prepare("UPDATE segments SET text = '没有那个字。' WHERE id = ?").run(segs[2])
    db.prepare('DELETE FROM segments WHERE id = ?').run(segs[4])
    db.prepare("UPDATE segments SET text = 'Now 质 is here.' WHERE id = ?").run(segs[3])
    const want = ['segment1:3:质', 'segment1:11:质', 'segment2:3:質', 'segment4:4:质']
    expect(spans(db, '质')).toEqual(want)
    db.prepare("DELETE FROM translation_units WHERE target_text = '质量'").run()
    expect(spans(db, '质', { scope: 'memory' })).toEqual(['unit2:0:質'])
    rebuildConcordanceIndex(db)
    expect(spans(db, '质')).toEqual(want)
    expect(db.prepare('SELECT count(*) FROM seg_han WHERE seg_han MATCH \'"质"\'').pluck().get()).toBe(3)
  })

  it('backfills the rows of a workspace indexed before migration 006', () => {
    const db = openTestDb({ han: false })
    fill(db)
    indexPending(db)
    const before = spans(db, '质', { scope: 'both' })
    const migration = join(__dirname, '../../../src/main/db/migrations/006-concordance-han-chars.sql')
    db.exec(readFileSync(migration, 'utf8'))
    expect(db.prepare('SELECT count(*) FROM concordance_han_backfill').pluck().get()).toBe(1)
    expect(spans(db, '质', { scope: 'both' })).toEqual(before)
    expect(db.prepare('SELECT count(*) FROM concordance_han_backfill').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM seg_han WHERE seg_han MATCH \'"质"\'').pluck().get()).toBe(4)
    expect(before).toHaveLength(9)
  })

  it('upgrades a real workspace through the migration runner (006 after 005, and on)', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 5 })
    fill(db)
    // The search code is the newest: it runs on the newest schema.
    const result = migrate(db)
    expect(result.applied.slice(0, 2)).toEqual([6, 7])
    expect(spans(db, '质')).toHaveLength(7)
    expect(db.prepare('SELECT count(*) FROM seg_han WHERE seg_han MATCH \'"质"\'').pluck().get()).toBe(4)
  })
})
