import { randomUUID } from 'node:crypto'
import { setImmediate } from 'node:timers/promises'

import { type MatchCandidate, type MatchLang, type RankedMatch } from '../../core/memory'
import { type FuzzyBase, FuzzyIndex, type LookupStats, unitLang } from '../../core/memory/fuzzy-index'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { writeIfFree } from '../db/write-lock'
import { readSnapshot, snapshotPath, writeSnapshot } from './fuzzy-snapshot'

/** How the index of this process came to be: read from the snapshot, or tokenized from the units. */
export type IndexOrigin = 'snapshot' | 'rebuilt'

export interface UnitIndexOptions {
  /** Write and read the snapshot beside the workspace file (default true; in-memory databases never do). */
  persist?: boolean
  /** Units indexed since the snapshot (new, edited, deleted) that trigger a compaction and a save. */
  compactAt?: number
  /**
   * The app's main thread: work bigger than a lookup may do without freezing the windows (a catch-up of
   * more than INLINE_UNITS units, reading or writing the snapshot, a compaction) is handed to this
   * callback (which starts the `memory/warmUp` job) instead of done inline; lookups meanwhile answer from
   * the index as it is. Without it (the CLI, tests) everything is done inline, as a one-shot process wants.
   */
  deferLargeWork?: () => void
}

/** What the `memory/warmUp` job hands to the main thread: a compacted base and the positions it covers. */
export interface HandOver {
  base: FuzzyBase
  maxId: number
  seq: number
}

/** Units a lookup on the app's main thread may index inline (about a quarter of a second of tokenizing). */
export const INLINE_UNITS = 5_000

/** Units read per step of warmUp (about a second of tokenizing). */
const WARM_PAGE = 20_000

interface UnitRow {
  id: number
  source_lang: string
  source_text: string
  target_lang: string
  target_text: string
}

const UNIT_SIDES = 'id, source_lang, source_text, target_lang, target_text'

/** Which side of its unit an index entry holds. */
export type UnitSide = 'source' | 'target'

/**
 * Both sides of every unit are indexed, so a sentence in either language finds the units holding it on
 * either side (memoQ and Trados match both ways). An entry's id is the unit's id × 2 + its side.
 */
/** A ranked match of a unit: its id, the side that matched (`source` is that side's text). */
export type UnitMatch = RankedMatch & { side: UnitSide }

export const entryOf = (unitId: number, side: UnitSide): number => unitId * 2 + (side === 'target' ? 1 : 0)
export const unitOfEntry = (entry: number): { unitId: number; side: UnitSide } => ({
  unitId: Math.floor(entry / 2),
  side: entry % 2 === 1 ? 'target' : 'source'
})

function addUnit(index: FuzzyIndex, r: UnitRow): void {
  index.add(entryOf(r.id, 'source'), unitLang(r.source_lang), r.source_text)
  index.add(entryOf(r.id, 'target'), unitLang(r.target_lang), r.target_text)
}

function removeUnit(index: FuzzyIndex, unitId: number): void {
  index.remove(entryOf(unitId, 'source'))
  index.remove(entryOf(unitId, 'target'))
}

/**
 * The fuzzy-match index of the workspace's translation units (English word bigrams, Chinese
 * character bigrams; see fuzzy-index.ts). A process loads it from the snapshot beside the workspace
 * when the snapshot belongs to this workspace (token in tm_fuzzy_state), or builds it once from the
 * units and saves it. Before every lookup it catches up, by two indexed queries, with units added
 * since (ids above the covered one) and units edited or hard-deleted since (tm_fuzzy_log, filled by
 * triggers, so no write path, other process or undo can be missed). Soft-deleted units stay indexed
 * and are filtered when the candidates are read, so delete and undo cost nothing here.
 */
export class UnitIndex {
  private index: FuzzyIndex | null = null
  private forDb: Db | null = null
  private maxId = 0
  private seq = 0
  /** How the current in-memory index was obtained, and how long that took (tests, benchmarks). */
  origin: IndexOrigin | null = null
  loadMs = 0

  constructor(
    private readonly db: () => Db,
    private readonly options: UnitIndexOptions = {}
  ) {}

  /** Forgets the in-memory index (another workspace was opened). */
  reset(): void {
    this.index = null
    this.forDb = null
    this.origin = null
  }

  private snapshotFile(db: Db): string | null {
    if (this.options.persist === false || db.memory || !db.name) return null
    return snapshotPath(db.name)
  }

  private heads(db: Db): { maxId: number; seq: number } {
    const maxId = (stmt(db, 'SELECT max(id) FROM translation_units').pluck().get() as number | null) ?? 0
    const seq = (stmt(db, 'SELECT max(seq) FROM tm_fuzzy_log').pluck().get() as number | null) ?? 0
    return { maxId, seq }
  }

  private load(db: Db): FuzzyIndex {
    const started = performance.now()
    if (!this.loadSnapshot(db)) {
      const index = new FuzzyIndex()
      db.transaction(() => {
        const heads = this.heads(db)
        const rows = stmt(db, `SELECT ${UNIT_SIDES} FROM translation_units WHERE id <= ? ORDER BY id`).iterate(
          heads.maxId
        ) as Iterable<UnitRow>
        for (const r of rows) addUnit(index, r)
        this.maxId = heads.maxId
        this.seq = heads.seq
      })()
      this.index = index
      this.origin = 'rebuilt'
      this.save(db)
    }
    this.forDb = db
    this.loadMs = performance.now() - started
    return this.index as FuzzyIndex
  }

  /** Takes the index from the snapshot when it belongs to this workspace; false when there is none. */
  private loadSnapshot(db: Db): boolean {
    const file = this.snapshotFile(db)
    const token = stmt(db, 'SELECT token FROM tm_fuzzy_state WHERE id = 1').pluck().get() as string | undefined
    const snap = file && token ? readSnapshot(file) : null
    if (!snap || snap.header.token !== token) return false
    this.index = new FuzzyIndex(snap.base)
    this.maxId = snap.header.maxId
    this.seq = snap.header.seq
    this.origin = 'snapshot'
    // A snapshot written before slots were put in length order: reorder it once (seconds, not a rebuild).
    if (!this.index.lengthOrdered) this.save(db)
    return true
  }

  /**
   * Brings the index up to date as catchUp does, but reads the new units in pages of WARM_PAGE with
   * progress and a yield to the event loop between pages: after a large TMX import (1,000,000 units:
   * most of a minute) the wait then shows, instead of freezing the first fuzzy lookup. With no index
   * yet and no snapshot, it starts empty at the log's current position: whatever is edited or deleted
   * while it pages is in the log, and the catchUp at the end (or at the next lookup) applies it. A cancel
   * stops between pages; the next lookup catches up the rest as usual.
   */
  async warmUp(
    onStep: (done: number, total: number) => void,
    signal?: AbortSignal,
    pageRows = WARM_PAGE
  ): Promise<number> {
    const db = this.db()
    if (this.forDb !== db) this.reset()
    let fromScratch = false
    if (!this.index) {
      if (!this.loadSnapshot(db)) {
        fromScratch = true
        this.index = new FuzzyIndex()
        this.maxId = 0
        this.seq = this.heads(db).seq
        this.origin = 'rebuilt'
      }
      this.forDb = db
    }
    const target = this.heads(db).maxId
    const total = stmt(db, 'SELECT count(*) FROM translation_units WHERE id > ? AND id <= ?')
      .pluck()
      .get(this.maxId, target) as number
    const page = stmt(db, `SELECT ${UNIT_SIDES} FROM translation_units WHERE id > ? AND id <= ? ORDER BY id LIMIT ?`)
    let done = 0
    if (total > 0) onStep(0, total)
    while (done < total && !signal?.aborted) {
      const index = this.index
      // A lookup during a yield may have caught up already (this.maxId moved), or the workspace changed.
      if (!index || this.forDb !== this.db()) return done
      const rows = page.all(this.maxId, target, pageRows) as UnitRow[]
      if (rows.length === 0) break
      for (const r of rows) addUnit(index, r)
      this.maxId = rows[rows.length - 1].id
      done += rows.length
      onStep(Math.min(done, total), total)
      await setImmediate()
    }
    if (!signal?.aborted && this.forDb === this.db()) {
      this.catchUp()
      // Built from nothing: saved as load() saves a rebuild, so the next process starts from the snapshot.
      if (fromScratch && this.index && this.index.pendingSize > 0) this.save(db)
    }
    return done
  }

  /** Folds pending changes into the base and writes the snapshot (best effort: a failure only costs speed). */
  private save(db: Db): FuzzyBase {
    const index = this.index!
    const base = index.compact()
    const file = this.snapshotFile(db)
    if (!file || db.readonly) return base
    const token = randomUUID()
    try {
      writeSnapshot(file, { token, maxId: this.maxId, seq: this.seq }, base)
      // Never waits for the write lock (an import may hold it for a minute): the next save will do.
      writeIfFree(db, () => stmt(db, 'UPDATE tm_fuzzy_state SET token = ? WHERE id = 1').run(token))
    } catch {
      // Read-only folder or a busy workspace: the next process rebuilds; results are unaffected.
    }
    return base
  }

  /**
   * Whether the work to bring the index up to date is more than the main thread may do inline (see
   * deferLargeWork): no index yet over many units, or many units or log entries since it.
   */
  private tooLargeInline(db: Db): boolean {
    const more = (sql: string, after: number): boolean =>
      (stmt(db, `SELECT count(*) FROM (${sql} LIMIT ${INLINE_UNITS + 1})`)
        .pluck()
        .get(after) as number) > INLINE_UNITS
    const after = this.index ? this.maxId : 0
    if (more('SELECT 1 FROM translation_units WHERE id > ?', after)) return true
    return this.index !== null && more('SELECT 1 FROM tm_fuzzy_log WHERE seq > ?', this.seq)
  }

  /** Whether a lookup now would hand its catch-up to the warm-up job (more than it may do inline). */
  needsWarmUp(): boolean {
    const db = this.db()
    if (this.forDb !== db) return true
    return this.tooLargeInline(db) || (this.index !== null && this.compactDue(this.index))
  }

  /** Enough units indexed since the base (new, edited, deleted) to fold them in and save a snapshot. */
  private compactDue(index: FuzzyIndex): boolean {
    return index.pendingSize >= (this.options.compactAt ?? Math.max(20_000, Math.floor(index.baseSize / 10)))
  }

  /** Takes over the index the `memory/warmUp` job built on its own connection (its buffers were moved here). */
  adopt(handOver: HandOver): void {
    this.index = new FuzzyIndex(handOver.base)
    this.maxId = handOver.maxId
    this.seq = handOver.seq
    this.forDb = this.db()
    this.origin = 'snapshot'
  }

  /**
   * For the job: folds everything into a compacted base, saves the snapshot for the next process, and
   * returns the base with fresh buffers of its own (moved, not copied, to the main thread).
   */
  handOver(): HandOver {
    const db = this.db()
    if (!this.index) this.load(db)
    this.catchUp()
    const b = this.save(db)
    const own = (a: Int32Array): Int32Array =>
      a.byteOffset === 0 && a.buffer.byteLength === a.byteLength ? a : new Int32Array(a)
    const base: FuzzyBase = {
      ids: own(b.ids),
      lengths: own(b.lengths),
      table: { hashes: own(b.table.hashes), start: own(b.table.start), postings: own(b.table.postings) },
      tokStart: own(b.tokStart),
      tokens: own(b.tokens)
    }
    this.index = null
    return { base, maxId: this.maxId, seq: this.seq }
  }

  /** Brings the index up to date with the units; returns how many units were (re)indexed. */
  catchUp(): number {
    const db = this.db()
    if (this.forDb !== db) this.reset()
    const defer = this.options.deferLargeWork
    if (defer && this.tooLargeInline(db)) {
      // The app's main thread: the job does it; answer from the index as it is (empty until it is there).
      defer()
      if (!this.index) {
        this.index = new FuzzyIndex()
        this.forDb = db
        this.maxId = 0
        this.seq = this.heads(db).seq
        this.origin = 'rebuilt'
      }
      return 0
    }
    const index = this.index ?? this.load(db)
    let done = 0
    db.transaction(() => {
      const heads = this.heads(db)
      if (heads.maxId === this.maxId && heads.seq === this.seq) return
      const get = stmt(db, `SELECT ${UNIT_SIDES} FROM translation_units WHERE id = ?`)
      const dirty = stmt(db, 'SELECT DISTINCT unit_id FROM tm_fuzzy_log WHERE seq > ? AND seq <= ?')
        .pluck()
        .all(this.seq, heads.seq) as number[]
      for (const id of dirty) {
        if (id > this.maxId) continue // a new unit: read below
        const row = get.get(id) as UnitRow | undefined
        if (row) addUnit(index, row)
        else removeUnit(index, id)
        done++
      }
      const rows = stmt(db, `SELECT ${UNIT_SIDES} FROM translation_units WHERE id > ? AND id <= ? ORDER BY id`).iterate(
        this.maxId,
        heads.maxId
      ) as Iterable<UnitRow>
      for (const r of rows) {
        addUnit(index, r)
        done++
      }
      // Even when the highest id went down (hard deletes): ids above it are new when they come back.
      this.maxId = heads.maxId
      this.seq = heads.seq
    })()
    if (this.compactDue(index)) {
      // Compacting a large index and writing its snapshot takes seconds: the job's, in the app.
      if (defer) defer()
      else this.save(db)
    }
    return done
  }

  /** What the last lookup did (benchmarks): candidates bounded, texts read and scored. */
  lastLookup = { candidates: 0, read: 0 }

  /**
   * The best units for a sentence, matched against both sides: `side` says which one matched, `source` is
   * its text and `target` the other side's (the proposal); `id` is the unit's.
   */
  lookup(text: string, lang: MatchLang, min: number, limit: number, indexStats?: LookupStats): UnitMatch[] {
    this.catchUp()
    const db = this.db()
    const read = stmt(
      db,
      `SELECT id, source_text AS source, target_text AS target FROM translation_units
       WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`
    )
    // Current text from the workspace, best score bounds first, only as many as the limit needs:
    // soft-deleted units drop out here, before ranking and the limit.
    const fetch = (entries: number[]): MatchCandidate[] => {
      const units = new Map<number, { source: string; target: string }>()
      const unitIds = [...new Set(entries.map((e) => unitOfEntry(e).unitId))]
      for (const u of read.all(JSON.stringify(unitIds)) as MatchCandidate[]) units.set(u.id, u)
      const out: MatchCandidate[] = []
      for (const entry of entries) {
        const { unitId, side } = unitOfEntry(entry)
        const unit = units.get(unitId)
        if (!unit) continue
        out.push(
          side === 'source'
            ? { id: entry, source: unit.source, target: unit.target }
            : { id: entry, source: unit.target, target: unit.source }
        )
      }
      return out
    }
    const stats: LookupStats = indexStats ?? { postings: 0, pool: 0, bounded: 0, refined: 0 }
    const readBefore = stats.read ?? 0
    const ranked = this.index!.rank(text, lang, min, limit, fetch, stats)
    this.lastLookup = { candidates: stats.candidates ?? 0, read: (stats.read ?? 0) - readBefore }
    return ranked.map((r) => {
      const { unitId, side } = unitOfEntry(r.id)
      return { ...r, id: unitId, side }
    })
  }
}
