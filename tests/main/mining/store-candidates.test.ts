import { describe, expect, it } from 'vitest'

import type { MinedCandidate } from '../../../src/core/mining/types'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'
import { occurrencesDigest, storeCandidates } from '../../../src/main/mining/store-candidates'

const now = '2025-01-01T00:00:00.000Z'

function corpus(db: Db, segments: number): void {
  db.prepare(
    `INSERT INTO documents (id, hash, title, language, format, text, char_count, word_count, imported_at)
    VALUES (1, 'h', 'd', 'en', 'txt', '', 0, 0, ?)`
  ).run(now)
  const seg = db.prepare('INSERT INTO segments (id, document_id, ordinal, start, end, text) VALUES (?, 1, ?, 0, 9, ?)')
  for (let i = 1; i <= segments; i++) seg.run(i, i, 'some text')
}

const cand = (key: string, segs: number[]): MinedCandidate => ({
  key,
  term: key,
  score: 2,
  freq: segs.length,
  docs: 1,
  variants: [key],
  kind: 'term',
  occurrences: segs.map((s) => ({ segmentId: s, start: 0, end: 4 }))
})

const occurrences = (db: Db, key: string): number[] =>
  (
    db
      .prepare(
        `SELECT o.segment_id AS s FROM candidate_occurrences o JOIN candidates c ON c.id = o.candidate_id
    WHERE c.key = ? ORDER BY o.segment_id`
      )
      .all(key) as { s: number }[]
  ).map((r) => r.s)

describe('migration 007 and storing candidates', () => {
  it('adds an empty occurrence digest to existing candidates', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 6 })
    db.prepare(`INSERT INTO candidates (key, term, mined_at, updated_at) VALUES ('a', 'a', ?, ?)`).run(now, now)
    migrate(db, { to: 7 })
    expect(schemaVersion(db)).toBe(7)
    expect(db.prepare('SELECT occurrences_digest AS d FROM candidates').get()).toEqual({ d: '' })
  })

  it('rewrites only changed occurrence lists, drops stale ones, keeps reviewed candidates', () => {
    const db = openDatabase(':memory:')
    migrate(db)
    corpus(db, 6)
    storeCandidates(db, [cand('a', [1, 2]), cand('b', [3]), cand('c', [4])], '2025-01-01T00:00:01.000Z')
    db.prepare(`UPDATE candidates SET status = 'rejected' WHERE key = 'c'`).run()
    // A stray row under a candidate whose list is unchanged: proof that the list was not rewritten.
    const idA = (db.prepare(`SELECT id FROM candidates WHERE key = 'a'`).get() as { id: number }).id
    db.prepare('INSERT INTO candidate_occurrences VALUES (?, 6, 0, 4)').run(idA)

    const kept = storeCandidates(db, [cand('a', [1, 2]), cand('b', [3, 5])], '2025-01-01T00:00:02.000Z')
    expect(kept).toBe(0)
    expect(occurrences(db, 'a')).toEqual([1, 2, 6])
    expect(occurrences(db, 'b')).toEqual([3, 5])
    // The rejected candidate no longer found: decision kept, figures and contexts cleared.
    expect(db.prepare(`SELECT status, freq, occurrences_digest AS d FROM candidates WHERE key = 'c'`).get()).toEqual({
      status: 'rejected',
      freq: 0,
      d: ''
    })
    expect(occurrences(db, 'c')).toEqual([])
    storeCandidates(db, [cand('b', [3, 5])], '2025-01-01T00:00:03.000Z')
    expect(db.prepare(`SELECT count(*) AS n FROM candidates WHERE key = 'a'`).get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM candidate_occurrences WHERE candidate_id = ?').get(idA)).toEqual({
      n: 0
    })
  })

  it('a large first write rebuilds the segment index once, as migration 001 defined it', () => {
    const db = openDatabase(':memory:')
    migrate(db)
    corpus(db, 6)
    const indexSql = () =>
      db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'candidate_occurrences_segment'`).get() as
        { sql: string } | undefined
    const before = indexSql()?.sql
    expect(before).toMatch(/segment_id/)
    storeCandidates(db, [cand('a', [1, 2]), cand('b', [2, 3])], now, 1)
    expect(indexSql()?.sql).toBe(before)
    expect(occurrences(db, 'b')).toEqual([2, 3])
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM candidate_occurrences WHERE segment_id = 2').all()
    expect(JSON.stringify(plan)).toMatch(/candidate_occurrences_segment/)
  })

  it('digests differ when any occurrence differs', () => {
    const base = cand('a', [1, 2]).occurrences
    expect(occurrencesDigest(base)).toBe(occurrencesDigest(cand('a', [1, 2]).occurrences))
    expect(occurrencesDigest(base)).not.toBe(occurrencesDigest(cand('a', [2, 1]).occurrences))
    expect(occurrencesDigest(base)).not.toBe(occurrencesDigest([{ ...base[0], end: 5 }, base[1]]))
    expect(occurrencesDigest(base)).not.toBe(occurrencesDigest(base.slice(0, 1)))
  })
})

describe('the kind of a stored candidate', () => {
  it('is stored, updated by a later run, and filters the candidate list', async () => {
    const { listCandidates } = await import('../../../src/main/mining/candidates-repo')
    const db = openDatabase(':memory:')
    migrate(db)
    corpus(db, 3)
    storeCandidates(
      db,
      [
        { ...cand('state council', [1]), kind: 'name' },
        { ...cand('real economy', [2]), kind: 'term' },
        { ...cand('xi', [3]), kind: 'term' }
      ],
      '2025-01-01T00:00:01.000Z'
    )
    storeCandidates(
      db,
      [
        { ...cand('state council', [1]), kind: 'name' },
        { ...cand('real economy', [2]), kind: 'term' },
        { ...cand('xi', [3]), kind: 'person' }
      ],
      '2025-01-01T00:00:02.000Z'
    )
    const kinds = (kind?: 'name' | 'person' | 'term'): string[] =>
      listCandidates(db, { status: 'all', kind, limit: 0 }).rows.map((r) => `${r.term}:${r.kind}`)
    expect(kinds().sort()).toEqual(['real economy:term', 'state council:name', 'xi:person'])
    expect(kinds('name')).toEqual(['state council:name'])
    expect(kinds('person')).toEqual(['xi:person'])
  })
})
