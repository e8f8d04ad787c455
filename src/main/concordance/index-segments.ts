/**
 * Keeps the FTS5 concordance tables (migration 002) in step with segments and translation units.
 * Triggers queue every inserted/updated row and delete removed ones; these functions compute the
 * index copy (bigrams, folding — JavaScript, hence not in a trigger) and write it, each call in
 * ONE transaction. Soft-deleted documents stay indexed; search filters them out, so undo is free.
 */
import type { Database } from 'better-sqlite3'
import { indexCopy } from '../../core/concordance/bigrams'

const CHUNK = 5000

/** Indexes every queued row; returns how many were indexed. Cheap when the queue is empty. */
export function indexPending(db: Database): number {
  const pending = db.prepare('SELECT 1 FROM concordance_queue LIMIT 1').get()
  if (!pending) return 0
  const take = db.prepare('SELECT kind, id FROM concordance_queue ORDER BY kind, id LIMIT ?')
  const drop = db.prepare('DELETE FROM concordance_queue WHERE kind = ? AND id = ?')
  let done = 0
  db.transaction(() => {
    for (;;) {
      const rows = take.all(CHUNK) as { kind: 'seg' | 'tu'; id: number }[]
      if (rows.length === 0) break
      const segs = rows.filter((r) => r.kind === 'seg').map((r) => r.id)
      const tus = rows.filter((r) => r.kind === 'tu').map((r) => r.id)
      writeSegments(db, segs)
      writeUnits(db, tus)
      for (const r of rows) drop.run(r.kind, r.id)
      done += rows.length
    }
  })()
  if (done) bumpGeneration(db)
  return done
}

/** (Re)indexes the given segments now, in one transaction. */
export function indexSegments(db: Database, ids: readonly number[]): void {
  db.transaction(() => {
    writeSegments(db, ids)
    const drop = db.prepare("DELETE FROM concordance_queue WHERE kind = 'seg' AND id = ?")
    for (const id of ids) drop.run(id)
  })()
  bumpGeneration(db)
}

/** (Re)indexes the given translation units now, in one transaction. */
export function indexTranslationUnits(db: Database, ids: readonly number[]): void {
  db.transaction(() => {
    writeUnits(db, ids)
    const drop = db.prepare("DELETE FROM concordance_queue WHERE kind = 'tu' AND id = ?")
    for (const id of ids) drop.run(id)
  })()
  bumpGeneration(db)
}

/** Drops and rebuilds both indexes from the stored text (the "rebuild index" command). */
export function rebuildConcordanceIndex(db: Database): { segments: number; units: number } {
  let segments = 0
  let units = 0
  db.transaction(() => {
    db.exec("DELETE FROM seg_fts; DELETE FROM tu_fts; DELETE FROM concordance_queue;")
    const insSeg = db.prepare('INSERT INTO seg_fts (rowid, text) VALUES (?, ?)')
    const segPage = db.prepare('SELECT id, text FROM segments WHERE id > ? ORDER BY id LIMIT ?')
    // Pages, not iterate(): better-sqlite3 cannot write while a read cursor is open.
    for (let after = 0, rows: SegRow[]; (rows = segPage.all(after, CHUNK) as SegRow[]).length; ) {
      for (const row of rows) insSeg.run(row.id, indexCopy(row.text))
      segments += rows.length
      after = rows[rows.length - 1].id
    }
    const insTu = db.prepare('INSERT INTO tu_fts (rowid, source, target) VALUES (?, ?, ?)')
    const tuPage = db.prepare('SELECT id, source_text, target_text FROM translation_units WHERE id > ? ORDER BY id LIMIT ?')
    for (let after = 0, rows: TuRow[]; (rows = tuPage.all(after, CHUNK) as TuRow[]).length; ) {
      for (const row of rows) insTu.run(row.id, indexCopy(row.source_text), indexCopy(row.target_text))
      units += rows.length
      after = rows[rows.length - 1].id
    }
  })()
  bumpGeneration(db)
  return { segments, units }
}

interface SegRow {
  id: number
  text: string
}
interface TuRow {
  id: number
  source_text: string
  target_text: string
}

function writeSegments(db: Database, ids: readonly number[]): void {
  if (ids.length === 0) return
  const get = db.prepare('SELECT id, text FROM segments WHERE id = ?')
  const del = db.prepare('DELETE FROM seg_fts WHERE rowid = ?')
  const ins = db.prepare('INSERT INTO seg_fts (rowid, text) VALUES (?, ?)')
  for (const id of ids) {
    del.run(id)
    const row = get.get(id) as SegRow | undefined
    if (row) ins.run(row.id, indexCopy(row.text))
  }
}

function writeUnits(db: Database, ids: readonly number[]): void {
  if (ids.length === 0) return
  const get = db.prepare('SELECT id, source_text, target_text FROM translation_units WHERE id = ?')
  const del = db.prepare('DELETE FROM tu_fts WHERE rowid = ?')
  const ins = db.prepare('INSERT INTO tu_fts (rowid, source, target) VALUES (?, ?, ?)')
  for (const id of ids) {
    del.run(id)
    const row = get.get(id) as TuRow | undefined
    if (row) ins.run(row.id, indexCopy(row.source_text), indexCopy(row.target_text))
  }
}

const generations = new WeakMap<Database, number>()

/** Changes whenever this module rewrites the index: search caches key on it. */
export function indexGeneration(db: Database): number {
  return generations.get(db) ?? 0
}

function bumpGeneration(db: Database): void {
  generations.set(db, indexGeneration(db) + 1)
}
