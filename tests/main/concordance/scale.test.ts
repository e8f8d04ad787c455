// Behaviour of the fast paths on a corpus large enough to use them: the first page reads only a
// few candidates (estimated total), deep pages read all candidate ids at once, sorted views rank
// words; every path must give the same hits as an exhaustive listing.
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compareByLevels, sortKeys } from '../../../src/core/concordance/kwic'
import type { ConcordanceHit, ConcordanceRequest } from '../../../src/core/concordance/types'
import { findCollocates } from '../../../src/main/concordance/collocates'
import { indexPending, indexSegments, rebuildConcordanceIndex } from '../../../src/main/concordance/index-segments'
import { clearConcordanceCache, searchConcordance } from '../../../src/main/concordance/search'
import { addDocument, addUnit, openTestDb } from './concordance-db'

let db: Database.Database
const WORDS = ['policy', 'reform', 'market', 'green', 'growth', 'the', 'of', 'and', 'investment', 'management']

/** Deterministic pseudo-random sentences; "development" in every 3rd, "rare thing" in 4 of them. */
function corpus(n: number): string[] {
  let seed = 7
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return Math.floor(seed / 65536) % k
  }
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 6 + next(8) }, () => WORDS[next(WORDS.length)])
    if (i % 3 === 0) words.splice(next(words.length), 0, 'development')
    if (i % 997 === 5) words.push('rare', 'thing')
    out.push(words.join(' ') + '.')
  }
  return out
}

/** Every hit, page by page with an exact total at the end (the reference listing). */
function all(req: ConcordanceRequest): ConcordanceHit[] {
  const out: ConcordanceHit[] = []
  for (let offset = 0; ; offset += 500) {
    const r = searchConcordance(db, { ...req, offset, limit: 500 })
    out.push(...r.hits)
    if (r.hits.length < 500) return out
  }
}
const ids = (hits: ConcordanceHit[]): string[] => hits.map((h) => `${h.id}:${h.start}`)

beforeAll(() => {
  db = openTestDb()
  const sentences = corpus(4000)
  for (let d = 0; d < 4; d++) {
    addDocument(db, sentences.slice(d * 1000, (d + 1) * 1000), { title: `doc ${d}` })
  }
  addDocument(db, ['发展新质生产力。', '高质量发展。'], { language: 'zh' })
  indexPending(db)
})
afterAll(() => db.close())

describe('first page on a large hit set', () => {
  it('returns the first hits in corpus order with an estimated total close to the real one', () => {
    const every = all({ query: 'development' })
    expect(every.length).toBe(1334)
    clearConcordanceCache(db)
    const first = searchConcordance(db, { query: 'development', limit: 50 })
    expect(ids(first.hits)).toEqual(ids(every.slice(0, 50)))
    expect(first.totalExact).toBe(false)
    expect(first.total).toBeGreaterThan(1334 * 0.7)
    expect(first.total).toBeLessThan(1334 * 1.3)
  })
  it('continues on the next page and jumps to deep pages with the same hits', () => {
    const every = all({ query: 'development' })
    clearConcordanceCache(db)
    const p1 = searchConcordance(db, { query: 'development', limit: 50 })
    expect(ids(p1.hits)).toEqual(ids(every.slice(0, 50)))
    const p2 = searchConcordance(db, { query: 'development', limit: 50, offset: 50 })
    expect(ids(p2.hits)).toEqual(ids(every.slice(50, 100)))
    clearConcordanceCache(db)
    const deep = searchConcordance(db, { query: 'development', limit: 100, offset: 1200 })
    expect(ids(deep.hits)).toEqual(ids(every.slice(1200, 1300)))
    const last = searchConcordance(db, { query: 'development', limit: 100, offset: 1300 })
    expect(last.totalExact).toBe(true)
    expect(last.total).toBe(1334)
  })
  it('estimates a term clustered in one document from its own rowid range, not the whole table', () => {
    clearConcordanceCache(db)
    const r = searchConcordance(db, { query: '发展', limit: 1 })
    expect(r.hits).toHaveLength(1)
    expect(r.total).toBeLessThan(10)
  })
  it('counts memory hits in the estimate when corpus hits fill the page', () => {
    for (let i = 0; i < 30; i++) addUnit(db, `Market development ${i}.`, '市场发展。')
    clearConcordanceCache(db)
    const r = searchConcordance(db, { query: 'development', scope: 'both', limit: 20 })
    expect(r.hits.every((h) => h.kind === 'segment')).toBe(true)
    expect(r.total).toBeGreaterThan(1334 * 0.7)
    const every = all({ query: 'development', scope: 'both' })
    expect(every.filter((h) => h.kind === 'unit')).toHaveLength(30)
    expect(every.slice(-30).every((h) => h.kind === 'unit')).toBe(true)
  })
})

describe('sorted views', () => {
  it('sort every hit exactly as compareByLevels, ties in corpus order', () => {
    const every = all({ query: 'development' })
    const keyed = every.map((h, i) => ({ h, i, k: sortKeys(h.text, h.start, h.end) }))
    for (const levels of [['1R', '2R'], ['1L'], ['2L', '1R', '3R']] as const) {
      const want = [...keyed].sort((a, b) => compareByLevels(a.k, b.k, [...levels]) || a.i - b.i).map((x) => x.h)
      const got: ConcordanceHit[] = []
      for (let offset = 0; offset < every.length; offset += 500) {
        const r = searchConcordance(db, { query: 'development', sort: [...levels], offset, limit: 500 })
        expect(r.totalExact).toBe(true)
        got.push(...r.hits)
      }
      expect(ids(got)).toEqual(ids(want))
    }
  })
})

describe('wildcards and term counts', () => {
  it('expands suffix and infix wildcards through the term list', () => {
    const m = searchConcordance(db, { query: '*ment', limit: 500 }).hits.map((h) => h.match.toLowerCase())
    expect(new Set(m)).toEqual(new Set(['development', 'investment', 'management']))
    expect(searchConcordance(db, { query: 'de*ent', limit: 1 }).hits[0].match).toBe('development')
    expect(searchConcordance(db, { query: '*xyzzy' }).total).toBe(0)
  })
  it('keeps word counts equal to the FTS vocabulary through edits, deletions and rebuilds', () => {
    const check = (): void => {
      indexPending(db)
      const vocab = new Map(
        (db.prepare('SELECT term, cnt FROM seg_fts_vocab').all() as { term: string; cnt: number }[])
          .filter((r) => !/\p{Script=Han}/u.test(r.term))
          .map((r) => [r.term, r.cnt])
      )
      const sql = "SELECT term, cnt FROM concordance_terms WHERE cnt > 0 AND term <> ''"
      const terms = db.prepare(sql).all() as { term: string; cnt: number }[]
      expect(new Map(terms.map((r) => [r.term, r.cnt]))).toEqual(vocab)
    }
    check()
    const { segmentIds } = addDocument(db, ['Déjà vu of the policy.', 'Policy, policy and more policy.'])
    db.prepare("UPDATE segments SET text = 'A brand new policy.' WHERE id = ?").run(segmentIds[0])
    check()
    db.prepare("UPDATE segments SET text = 'Twice edited policy.' WHERE id = ?").run(segmentIds[0])
    db.prepare('DELETE FROM segments WHERE id = ?').run(segmentIds[1])
    check()
    indexSegments(db, segmentIds)
    check()
    const doc = addDocument(db, ['Queued then deleted before indexing.'])
    db.prepare('DELETE FROM documents WHERE id = ?').run(doc.documentId)
    check()
    rebuildConcordanceIndex(db)
    check()
  })
})

describe('collocates on a sampled node', () => {
  it('knows the exact node frequency and the corpus size without a full search', () => {
    const r = findCollocates(db, { query: 'the', window: 2 })
    const cnt = (db.prepare("SELECT cnt FROM seg_fts_vocab WHERE term = 'the'").get() as { cnt: number }).cnt
    expect(cnt).toBeGreaterThan(2000)
    expect(r.sampled).toBe(true)
    expect(r.nodeFreq).toBe(cnt)
    // The corpus size is the corpus table's: the documents' word counts.
    const size = db.prepare('SELECT sum(word_count) FROM documents WHERE deleted_at IS NULL').pluck().get()
    expect(size).toBeGreaterThan(30_000)
    expect(r.corpusSize).toBe(size)
    expect(r.collocates.length).toBeGreaterThan(0)
    for (const c of r.collocates) {
      const f = db.prepare('SELECT cnt FROM seg_fts_vocab WHERE term = ?').get(c.word.toLowerCase()) as { cnt: number }
      expect(c.corpusFreq).toBe(Math.max(f.cnt, c.freq))
    }
  })
})
