/**
 * Keeps the FTS5 concordance tables (migration 002) in step with segments and translation units.
 * Triggers queue every inserted/updated row and delete removed ones; these functions compute the
 * index copy (bigrams, folding — JavaScript, hence not in a trigger) and write it, each call in
 * ONE transaction. Soft-deleted documents and units stay indexed; search filters them out, so undo
 * is free. The word counts collocates read (concordance_terms) follow what is visible: hiding or
 * showing a row queues it in concordance_recount (migration 013) and its words are subtracted or
 * added here. The same writes keep the single-character tables of migration 006 (seg_han / tu_han)
 * when the workspace has them.
 */
import { setImmediate } from 'node:timers/promises'

import { hanChars, indexCopy } from '../../core/concordance/bigrams'
import { countWordTerms } from '../../core/concordance/tokens'
import type { Segmenter } from '../../core/text/segmenter'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { writeIfFree } from '../db/write-lock'
import { workspaceSegmenter } from '../text/term-dictionary'
import { hasQueuedWords, refreshQueuedWords, writeWordRows } from './word-index'

const CHUNK = 5000

/**
 * Where catch-up work goes on the app's main thread when there is more than INLINE_ROWS of it (a
 * 1,000,000-unit TMX just imported): to the `concordance/index` job, while searches answer from what is
 * indexed. Set per connection by the app; unset (the CLI, tests), indexPending does it all inline.
 */
const deferrals = new WeakMap<Db, () => void>()

/** Rows a search on the app's main thread may index inline (about a tenth of a second). */
export const INLINE_ROWS = 2_000

export function deferLargeCatchUp(db: Db, defer: (() => void) | null): void {
  if (defer) deferrals.set(db, defer)
  else deferrals.delete(db)
}

/** The workspace's Chinese segmenter, asked for only when a row holds Han text (jieba loads on first use). */
function segmenterOf(db: Db): () => Segmenter {
  let segmenter: Segmenter | undefined
  return () => (segmenter ??= workspaceSegmenter(db))
}

/**
 * Indexes every queued row, in one transaction; returns how many were indexed. Cheap when the queue is
 * empty. Never waits for the write lock: while a job holds it, searches use what is indexed.
 */
export function indexPending(db: Db): number {
  const backfill = needsBackfill(db)
  if (!backfill && !hasPending(db)) return 0
  const defer = deferrals.get(db)
  if (defer && (backfill || queuedMoreThan(db, INLINE_ROWS))) {
    defer()
    return 0
  }
  const done = writeIfFree(db, () => {
    backfillHanChars(db)
    return indexStep(db, Infinity)
  })
  if (done) bumpGeneration(db)
  return done ?? 0
}

function queuedMoreThan(db: Db, n: number): boolean {
  return (
    (stmt(db, `SELECT count(*) FROM (SELECT 1 FROM concordance_queue LIMIT ${n + 1})`)
      .pluck()
      .get() as number) > n
  )
}

function needsBackfill(db: Db): boolean {
  return hasHanTables(db) && stmt(db, 'SELECT EXISTS (SELECT 1 FROM concordance_han_backfill)').pluck().get() === 1
}

/** Rows indexed per transaction by indexPendingInSteps: about a second of work. */
const STEP_ROWS = 20_000

export interface StepOptions {
  stepRows?: number
  /** Called before each step's transaction (a job lets queued edits go first). */
  beforeStep?: () => void
}

/**
 * Indexes every queued row in transactions of STEP_ROWS, yielding to the event loop between them and
 * reporting (done, total) after each: for a large batch of new rows (a 1,000,000-unit TMX import), so
 * the wait shows progress and other requests are served, instead of the first search doing it all in
 * one silent transaction. Stops early when `signal` is aborted; what is left stays queued and the next
 * search indexes it as usual.
 */
export async function indexPendingInSteps(
  db: Db,
  onStep: (done: number, total: number) => void,
  signal?: AbortSignal,
  options: number | StepOptions = STEP_ROWS
): Promise<number> {
  const { stepRows = STEP_ROWS, beforeStep } = typeof options === 'number' ? { stepRows: options } : options
  beforeStep?.()
  backfillHanChars(db)
  if (!hasPending(db)) return 0
  const total = stmt(db, 'SELECT count(*) FROM concordance_queue').pluck().get() as number
  let done = 0
  onStep(0, total)
  try {
    while (!signal?.aborted) {
      beforeStep?.()
      const n = db.transaction(() => indexStep(db, stepRows))()
      if (n === 0) break
      done += n
      onStep(Math.min(done, total), total)
      await setImmediate()
    }
  } finally {
    if (done) bumpGeneration(db)
  }
  return done
}

function hasPending(db: Db): boolean {
  return (
    stmt(
      db,
      `SELECT EXISTS (SELECT 1 FROM concordance_queue)
    OR EXISTS (SELECT 1 FROM concordance_uncount)
    OR EXISTS (SELECT 1 FROM concordance_recount)`
    )
      .pluck()
      .get() === 1 || hasQueuedWords(db)
  )
}

/** Indexes up to `limit` queued rows (CHUNK at a time) inside the caller's transaction; returns how many. */
function indexStep(db: Db, limit: number): number {
  const take = stmt(db, 'SELECT kind, id FROM concordance_queue ORDER BY kind, id LIMIT ?')
  const drop = stmt(db, 'DELETE FROM concordance_queue WHERE kind = ? AND id = ?')
  const terms = new TermCounter(db)
  let done = 0
  while (done < limit) {
    const rows = take.all(Math.min(CHUNK, limit - done)) as { kind: 'seg' | 'tu'; id: number }[]
    if (rows.length === 0) break
    writeSegments(
      db,
      rows.filter((r) => r.kind === 'seg').map((r) => r.id),
      terms
    )
    writeUnits(
      db,
      rows.filter((r) => r.kind === 'tu').map((r) => r.id),
      terms
    )
    for (const r of rows) drop.run(r.kind, r.id)
    done += rows.length
  }
  // Segments whose Chinese words are due (a word the segmenter learnt since, or written before migration 013).
  while (done < limit) {
    const n = refreshQueuedWords(db, Math.min(CHUNK, limit - done), segmenterOf(db))
    if (n === 0) break
    done += n
  }
  // Also when nothing was queued: texts of deleted rows wait in concordance_uncount, hidden or shown rows
  // in concordance_recount.
  terms.flush()
  return done
}

/**
 * Indexes the given segments now, in one transaction, if they are waiting (a row not in the queue
 * is already indexed as it is; writing it again would count its words twice).
 */
export function indexSegments(db: Db, ids: readonly number[]): void {
  indexQueued(db, 'seg', ids)
}

/** Indexes the given translation units now, in one transaction, if they are waiting. */
export function indexTranslationUnits(db: Db, ids: readonly number[]): void {
  indexQueued(db, 'tu', ids)
}

function indexQueued(db: Db, kind: 'seg' | 'tu', ids: readonly number[]): void {
  db.transaction(() => {
    const terms = new TermCounter(db)
    const waiting = queued(db, kind, ids)
    if (kind === 'seg') writeSegments(db, waiting, terms)
    else writeUnits(db, waiting, terms)
    terms.flush()
    const drop = stmt(db, 'DELETE FROM concordance_queue WHERE kind = ? AND id = ?')
    for (const id of ids) drop.run(kind, id)
  })()
  bumpGeneration(db)
}

function queued(db: Db, kind: 'seg' | 'tu', ids: readonly number[]): number[] {
  const sql = 'SELECT id FROM concordance_queue WHERE kind = ? AND id IN (SELECT value FROM json_each(?))'
  return stmt(db, sql).pluck().all(kind, JSON.stringify(ids)) as number[]
}

/** Drops and rebuilds both indexes from the stored text (the "rebuild index" command). */
export function rebuildConcordanceIndex(db: Db): { segments: number; units: number } {
  let segments = 0
  let units = 0
  db.transaction(() => {
    // 'delete-all' also resets FTS5's own statistics, which row deletes leave behind on contentless tables.
    db.exec(`INSERT INTO seg_fts (seg_fts) VALUES ('delete-all');
      INSERT INTO tu_fts (tu_fts) VALUES ('delete-all');
      DELETE FROM concordance_queue; DELETE FROM concordance_terms; DELETE FROM concordance_uncount;
      DELETE FROM concordance_recount; DELETE FROM concordance_zhw_queue;
      INSERT INTO seg_zhw (seg_zhw) VALUES ('delete-all');`)
    const han = hasHanTables(db)
    if (han) clearHanTables(db)
    const terms = new TermCounter(db)
    const words = segmenterOf(db)
    const insSeg = db.prepare('INSERT INTO seg_fts (rowid, text) VALUES (?, ?)')
    const segPage = db.prepare(`SELECT ${SEG_COLS} FROM ${SEG_FROM} WHERE s.id > ? ORDER BY s.id LIMIT ?`)
    // Pages, not iterate(): better-sqlite3 cannot write while a read cursor is open.
    for (let after = 0, rows: SegRow[]; (rows = segPage.all(after, CHUNK) as SegRow[]).length;) {
      for (const row of rows) {
        insSeg.run(row.id, indexCopy(row.text))
        terms.addSegment(row)
      }
      writeWordRows(db, rows, words, true)
      if (han) writeHanSegments(db, rows)
      segments += rows.length
      after = rows[rows.length - 1].id
    }
    const insTu = db.prepare('INSERT INTO tu_fts (rowid, source, target) VALUES (?, ?, ?)')
    const tuPage = db.prepare(`SELECT ${TU_COLS} FROM ${TU_FROM} WHERE t.id > ? ORDER BY t.id LIMIT ?`)
    for (let after = 0, rows: TuRow[]; (rows = tuPage.all(after, CHUNK) as TuRow[]).length;) {
      for (const row of rows) {
        insTu.run(row.id, indexCopy(row.source_text), indexCopy(row.target_text))
        terms.addUnit(row)
      }
      if (han) writeHanUnits(db, rows)
      units += rows.length
      after = rows[rows.length - 1].id
    }
    terms.flush()
  })()
  bumpGeneration(db)
  return { segments, units }
}

interface SegRow {
  id: number
  text: string
  /** 1 when its document is not deleted (what collocates count). */
  live: number
}
interface TuRow {
  id: number
  source_text: string
  target_text: string
  live: number
}

/** A row as written and counted, with whether it is visible (the triggers of migration 013 decide alike). */
const SEG_COLS = 's.id, s.text, d.deleted_at IS NULL AS live'
const SEG_FROM = 'segments s JOIN documents d ON d.id = s.document_id'
const TU_COLS = 't.id, t.source_text, t.target_text, t.deleted_at IS NULL AND d.deleted_at IS NULL AS live'
const TU_FROM = 'translation_units t LEFT JOIN documents d ON d.id = t.document_id'

/**
 * Collects word-term count changes over one transaction and writes each distinct term once at the
 * end (a full build touches tens of thousands of rows, not one per token). Visible segments count in
 * `cnt`, visible units in `tu_cnt`; hidden rows only list their terms (wildcard expansion finds them).
 * The '' row (never a token) holds in tu_cnt the memory's size in word tokens (what MI divides by).
 */
class TermCounter {
  private readonly seg = new Map<string, number>()
  private readonly tu = new Map<string, number>()

  constructor(private readonly db: Db) {}

  addSegment(row: SegRow, weight = row.live ? 1 : 0): void {
    countWordTerms(row.text, this.seg, weight)
  }

  addUnit(row: TuRow, weight = row.live ? 1 : 0): void {
    countWordTerms(row.source_text, this.tu, weight)
    countWordTerms(row.target_text, this.tu, weight)
  }

  flush(): void {
    const db = this.db
    const gone = stmt(db, 'SELECT kind, weight, text FROM concordance_uncount').all() as {
      kind: 'seg' | 'tu'
      weight: number
      text: string
    }[]
    for (const g of gone) countWordTerms(g.text, g.kind === 'seg' ? this.seg : this.tu, g.weight)
    if (gone.length) stmt(db, 'DELETE FROM concordance_uncount').run()
    this.recount()
    const upsert = stmt(
      db,
      `INSERT INTO concordance_terms (term, rev, cnt, tu_cnt) VALUES (@term, @rev, max(@seg, 0), max(@tu, 0))
      ON CONFLICT (term) DO UPDATE SET cnt = max(cnt + @seg, 0), tu_cnt = max(tu_cnt + @tu, 0)`
    )
    let unitWords = 0
    for (const n of this.tu.values()) unitWords += n
    for (const [term, seg] of this.seg) {
      const tu = this.tu.get(term) ?? 0
      this.tu.delete(term)
      upsert.run({ term, rev: reverseTerm(term), seg, tu })
    }
    for (const [term, tu] of this.tu) upsert.run({ term, rev: reverseTerm(term), seg: 0, tu })
    if (unitWords) upsert.run({ term: '', rev: '', seg: 0, tu: unitWords })
    this.seg.clear()
    this.tu.clear()
  }

  /** Rows hidden (-1) or shown again (+1) since the last flush: their current text, by id, in pages. */
  private recount(): void {
    const db = this.db
    const page = stmt(db, 'SELECT kind, id, weight FROM concordance_recount ORDER BY kind, id LIMIT ?')
    const drop = stmt(db, 'DELETE FROM concordance_recount WHERE kind = ? AND id = ?')
    const seg = stmt(db, `SELECT ${SEG_COLS} FROM ${SEG_FROM} WHERE s.id = ?`)
    const tu = stmt(db, `SELECT ${TU_COLS} FROM ${TU_FROM} WHERE t.id = ?`)
    for (let rows; (rows = page.all(CHUNK) as { kind: 'seg' | 'tu'; id: number; weight: number }[]).length;) {
      for (const r of rows) {
        drop.run(r.kind, r.id)
        if (r.weight === 0) continue
        if (r.kind === 'seg') {
          const row = seg.get(r.id) as SegRow | undefined
          if (row) this.addSegment(row, r.weight)
        } else {
          const row = tu.get(r.id) as TuRow | undefined
          if (row) this.addUnit(row, r.weight)
        }
      }
    }
  }
}

/** Code-point reversal, so a suffix becomes a prefix ("ment" → "tnem") without splitting pairs. */
export function reverseTerm(term: string): string {
  return [...term].reverse().join('')
}

function writeSegments(db: Db, ids: readonly number[], terms: TermCounter): void {
  if (ids.length === 0) return
  const get = stmt(db, `SELECT ${SEG_COLS} FROM ${SEG_FROM} WHERE s.id = ?`)
  const del = stmt(db, 'DELETE FROM seg_fts WHERE rowid = ?')
  const ins = stmt(db, 'INSERT INTO seg_fts (rowid, text) VALUES (?, ?)')
  const rows: SegRow[] = []
  for (const id of ids) {
    del.run(id)
    const row = get.get(id) as SegRow | undefined
    if (row) {
      ins.run(row.id, indexCopy(row.text))
      terms.addSegment(row)
      rows.push(row)
    }
  }
  if (hasHanTables(db)) {
    for (const id of ids) stmt(db, 'DELETE FROM seg_han WHERE rowid = ?').run(id)
    writeHanSegments(db, rows)
  }
  writeWordRows(db, rows, segmenterOf(db))
}

function writeUnits(db: Db, ids: readonly number[], terms: TermCounter): void {
  if (ids.length === 0) return
  const get = stmt(db, `SELECT ${TU_COLS} FROM ${TU_FROM} WHERE t.id = ?`)
  const del = stmt(db, 'DELETE FROM tu_fts WHERE rowid = ?')
  const ins = stmt(db, 'INSERT INTO tu_fts (rowid, source, target) VALUES (?, ?, ?)')
  const rows: TuRow[] = []
  for (const id of ids) {
    del.run(id)
    const row = get.get(id) as TuRow | undefined
    if (row) {
      ins.run(row.id, indexCopy(row.source_text), indexCopy(row.target_text))
      terms.addUnit(row)
      rows.push(row)
    }
  }
  if (hasHanTables(db)) {
    for (const id of ids) stmt(db, 'DELETE FROM tu_han WHERE rowid = ?').run(id)
    writeHanUnits(db, rows)
  }
}

/**
 * Whether the single-character tables of migration 006 exist: a workspace migrated step by step
 * (tests of older migrations) searches without them, 1-character queries then use the bigram
 * prefix query. Cached per database and schema (PRAGMA schema_version changes with any DDL).
 */
export function hasHanTables(db: Db): boolean {
  const version = db.pragma('schema_version', { simple: true }) as number
  const known = hanTables.get(db)
  if (known?.version === version) return known.present
  const present = stmt(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('seg_han', 'tu_han')").pluck().get() === 2
  hanTables.set(db, { version, present })
  return present
}

const hanTables = new WeakMap<Db, { version: number; present: boolean }>()

function clearHanTables(db: Db): void {
  db.exec(`INSERT INTO seg_han (seg_han) VALUES ('delete-all');
    INSERT INTO tu_han (tu_han) VALUES ('delete-all');
    DELETE FROM concordance_han_backfill;`)
}

/** Rows with no Han character get no row: most English segments cost nothing here. */
function writeHanSegments(db: Db, rows: readonly SegRow[]): void {
  const ins = stmt(db, 'INSERT INTO seg_han (rowid, chars) VALUES (?, ?)')
  for (const row of rows) {
    const chars = hanChars(row.text)
    if (chars) ins.run(row.id, chars)
  }
}

function writeHanUnits(db: Db, rows: readonly TuRow[]): void {
  const ins = stmt(db, 'INSERT INTO tu_han (rowid, source, target) VALUES (?, ?, ?)')
  for (const row of rows) {
    const source = hanChars(row.source_text)
    const target = hanChars(row.target_text)
    if (source || target) ins.run(row.id, source, target)
  }
}

/**
 * Fills the single-character tables for the rows a workspace had when migration 006 ran (its
 * flag row), in one transaction; rows still queued are written again by indexPending after it.
 */
function backfillHanChars(db: Db): void {
  if (!hasHanTables(db)) return
  if (!stmt(db, 'SELECT EXISTS (SELECT 1 FROM concordance_han_backfill)').pluck().get()) return
  db.transaction(() => {
    clearHanTables(db)
    const segPage = stmt(db, 'SELECT id, text FROM segments WHERE id > ? ORDER BY id LIMIT ?')
    for (let after = 0, rows: SegRow[]; (rows = segPage.all(after, CHUNK) as SegRow[]).length;) {
      writeHanSegments(db, rows)
      after = rows[rows.length - 1].id
    }
    const tuPage = stmt(
      db,
      'SELECT id, source_text, target_text FROM translation_units WHERE id > ? ORDER BY id LIMIT ?'
    )
    for (let after = 0, rows: TuRow[]; (rows = tuPage.all(after, CHUNK) as TuRow[]).length;) {
      writeHanUnits(db, rows)
      after = rows[rows.length - 1].id
    }
  })()
  bumpGeneration(db)
}

const generations = new WeakMap<Db, number>()

/** Changes whenever this module rewrites the index: search caches key on it. */
export function indexGeneration(db: Db): number {
  return generations.get(db) ?? 0
}

function bumpGeneration(db: Db): void {
  generations.set(db, indexGeneration(db) + 1)
}
