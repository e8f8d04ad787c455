import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { countWordTerms } from '../../../src/core/concordance/tokens'
import { countWords } from '../../../src/core/text/count-words'
import { findCollocates } from '../../../src/main/concordance/collocates'
import { indexPending, indexSegments, rebuildConcordanceIndex } from '../../../src/main/concordance/index-segments'
import { prng } from '../../helpers/prng'
import { addDocument, addUnit, openTestDb } from './concordance-db'

let db: Database.Database
beforeEach(() => {
  db = openTestDb()
})
afterEach(() => db.close())

/** What concordance_terms must hold: the words of visible segments (cnt) and visible units (tu_cnt). */
function expected(): { seg: Map<string, number>; tu: Map<string, number>; unitWords: number } {
  const seg = new Map<string, number>()
  const segTexts = db
    .prepare('SELECT s.text FROM segments s JOIN documents d ON d.id = s.document_id WHERE d.deleted_at IS NULL')
    .pluck()
    .all() as string[]
  for (const text of segTexts) countWordTerms(text, seg)
  const tu = new Map<string, number>()
  const units = db
    .prepare(
      `SELECT t.source_text, t.target_text FROM translation_units t
       LEFT JOIN documents d ON d.id = t.document_id WHERE t.deleted_at IS NULL AND d.deleted_at IS NULL`
    )
    .all() as { source_text: string; target_text: string }[]
  for (const u of units) {
    countWordTerms(u.source_text, tu)
    countWordTerms(u.target_text, tu)
  }
  const positive = (m: Map<string, number>) => new Map([...m].filter(([, n]) => n > 0))
  // The memory's size: its word tokens as the index counts them (Latin-script words).
  const unitWords = [...tu.values()].reduce((a, b) => a + b, 0)
  return { seg: positive(seg), tu: positive(tu), unitWords }
}

function stored(): { seg: Map<string, number>; tu: Map<string, number>; unitWords: number } {
  const rows = db.prepare("SELECT term, cnt, tu_cnt FROM concordance_terms WHERE term <> ''").all() as {
    term: string
    cnt: number
    tu_cnt: number
  }[]
  const unitWords = db.prepare("SELECT tu_cnt FROM concordance_terms WHERE term = ''").pluck().get() as number
  return {
    seg: new Map(rows.filter((r) => r.cnt > 0).map((r) => [r.term, r.cnt])),
    tu: new Map(rows.filter((r) => r.tu_cnt > 0).map((r) => [r.term, r.tu_cnt])),
    unitWords: unitWords ?? 0
  }
}

const check = (): void => {
  indexPending(db)
  expect(stored()).toEqual(expected())
}

const live = (table: 'documents' | 'translation_units', on: boolean, id: number) =>
  db.prepare(`UPDATE ${table} SET deleted_at = ${on ? 'NULL' : "'2025-02-01'"} WHERE id = ?`).run(id)

describe('collocate frequencies follow what is visible', () => {
  it('drops a deleted document from the frequencies and the corpus size, and brings it back on undo', () => {
    addDocument(db, ['Green development matters.', 'Green growth and green jobs.'])
    const big = addDocument(
      db,
      Array.from({ length: 50 }, () => 'Green energy and coal power.')
    )
    check()
    const before = findCollocates(db, { query: 'green', window: 1, minFreq: 1 })
    expect(before.collocates.find((c) => c.word === 'energy')?.corpusFreq).toBe(50)
    live('documents', false, big.documentId)
    const after = findCollocates(db, { query: 'green', window: 1, minFreq: 1 })
    expect(after.collocates.map((c) => c.word)).not.toContain('energy')
    expect(after.corpusSize).toBe(countWords('Green development matters. Green growth and green jobs.', 'en'))
    expect(after.nodeFreq).toBe(3)
    check()
    live('documents', true, big.documentId)
    check()
    expect(findCollocates(db, { query: 'green', window: 1, minFreq: 1 }).corpusSize).toBe(before.corpusSize)
  })

  it('counts memory hits against the memory, and follows deleted units', () => {
    addDocument(db, ['Nothing about power here.'])
    const units = ['Clean power grid.', 'A clean power plant.', 'Clean water.'].map((s) => addUnit(db, s, '清洁。'))
    check()
    const r = findCollocates(db, { query: 'clean', scope: 'memory', window: 1, minFreq: 1 })
    const power = r.collocates.find((c) => c.word === 'power')
    expect(power).toMatchObject({ freq: 2, corpusFreq: 2 })
    // The memory's size: its word tokens as the index counts them (the Chinese sides are counted by the
    // segmenter for Chinese nodes only).
    expect(r.corpusSize).toBe(3 + 4 + 2)
    live('translation_units', false, units[0])
    check()
    const fewer = findCollocates(db, { query: 'clean', scope: 'memory', window: 1, minFreq: 1 })
    expect(fewer.collocates.find((c) => c.word === 'power')).toMatchObject({ freq: 1, corpusFreq: 1 })
    const both = findCollocates(db, { query: 'power', scope: 'both', window: 1, minFreq: 1 })
    expect(both.nodeFreq).toBe(2)
  })

  it('stays exact through random edits, hides, restores, deletes and rebuilds', () => {
    const rand = prng(20250917)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
    const words = ['power', 'green', 'Policy', 'reform', 'the', 'of', 'déjà', 'vu', 'high-quality', '5G', 'China’s']
    const sentence = () =>
      Array.from({ length: 2 + Math.floor(rand() * 6) }, () => pick(words)).join(' ') + (rand() < 0.3 ? '发展。' : '.')
    const ids = (sql: string) => db.prepare(sql).pluck().all() as number[]
    for (let step = 0; step < 400; step++) {
      const op = Math.floor(rand() * 12)
      const docs = ids('SELECT id FROM documents')
      const segs = ids('SELECT id FROM segments')
      const tus = ids('SELECT id FROM translation_units')
      if (op === 0 || docs.length === 0) addDocument(db, Array.from({ length: 1 + Math.floor(rand() * 3) }, sentence))
      else if (op === 1) live('documents', false, pick(docs))
      else if (op === 2) live('documents', true, pick(docs))
      else if (op === 3 && segs.length)
        db.prepare('UPDATE segments SET text = ? WHERE id = ?').run(sentence(), pick(segs))
      else if (op === 4 && segs.length) db.prepare('DELETE FROM segments WHERE id = ?').run(pick(segs))
      else if (op === 5) addUnit(db, sentence(), sentence(), rand() < 0.5 ? pick(docs) : null)
      else if (op === 6 && tus.length) live('translation_units', false, pick(tus))
      else if (op === 7 && tus.length) live('translation_units', true, pick(tus))
      else if (op === 8 && tus.length) {
        db.prepare('UPDATE translation_units SET source_text = ? WHERE id = ?').run(sentence(), pick(tus))
      } else if (op === 9 && tus.length) db.prepare('DELETE FROM translation_units WHERE id = ?').run(pick(tus))
      else if (op === 10 && rand() < 0.3) db.prepare('DELETE FROM documents WHERE id = ?').run(pick(docs))
      else if (op === 11) {
        if (rand() < 0.1) rebuildConcordanceIndex(db)
        else if (segs.length) indexSegments(db, [pick(segs)])
      }
      if (rand() < 0.3) indexPending(db)
      if (step % 50 === 49) check()
    }
    check()
  })
})
