/**
 * Writes TMX units into the translation memory (origin 'tmx', origin_detail = the file name). A unit
 * whose source and target (and languages) are already in the memory — or earlier in the same file — is
 * skipped and counted as a duplicate. The unit's own origin (`x-origin` prop) is kept in `extra` so a
 * re-export writes it back unchanged. Runs inside the caller's transaction; created ids are consecutive.
 *
 * Speed (1,000,000 units in under a minute): rows are written 64 per statement (batch-insert.ts), and
 * the duplicate lookup is skipped when a filter proves the unit new (seen-filter.ts). Units still in
 * the batch buffer are checked in memory, since the lookup query cannot see them yet.
 */
import type { Statement } from 'better-sqlite3'

import type { ExchangeUnit } from '../../core/exchange'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { BatchInsert } from './batch-insert'
import type { ImportCounts } from './import-concepts'
import { canonicalTag } from './lang-cache'
import { SeenFilter } from './seen-filter'

export class UnitImporter {
  readonly counts: ImportCounts = { new: 0, merged: 0, conflicting: 0, rejected: 0, duplicates: 0 }
  private n = 0
  private readonly findDuplicate: Statement
  private readonly rows: BatchInsert
  /** Keys of the units buffered in `rows` and not yet written. */
  private pendingKeys = new Set<string>()
  /**
   * Set when the memory held no live unit as the import began: then only this import's own units can be
   * duplicates, and a filter miss proves a unit new without the lookup query.
   */
  private readonly written: SeenFilter | null

  constructor(
    db: Db,
    private readonly fileName: string,
    private readonly stamp: string,
    private readonly warn: (message: string, key: string, params?: Record<string, string | number>) => void
  ) {
    this.findDuplicate = stmt(
      db,
      `SELECT 1 FROM translation_units WHERE source_lang = ? AND source_text = ?
      AND target_lang = ? AND target_text = ? AND deleted_at IS NULL LIMIT 1`
    )
    this.rows = new BatchInsert(
      db,
      `INSERT INTO translation_units (source_lang, target_lang, source_text,
      target_text, origin, origin_detail, note, extra, created_at, changed_at) VALUES`,
      `(?, ?, ?, ?, 'tmx', ?, ?, ?, ?, ?)`
    )
    const empty = stmt(db, 'SELECT 1 FROM translation_units WHERE deleted_at IS NULL LIMIT 1').get() === undefined
    this.written = empty ? new SeenFilter() : null
  }

  /** First and last id of the units written (call `finish` first). */
  get created(): [number, number] | null {
    return this.rows.range
  }

  add(u: ExchangeUnit): void {
    this.n++
    const src = canonicalTag(u.srcLang)
    const tgt = canonicalTag(u.tgtLang)
    if (!u.source.trim() || !u.target.trim() || !src || !tgt) {
      this.counts.rejected++
      this.warn(`unit #${this.n}: empty segment or language, skipped`, 'emptyUnit', { unit: this.n })
      return
    }
    const key = `${src}\u0000${u.source}\u0000${tgt}\u0000${u.target}`
    if (this.isDuplicate(key, src, tgt, u)) {
      this.counts.duplicates++
      return
    }
    this.written?.add(key)
    const extra = u.origin === undefined ? u.extra : { ...u.extra, 'x-origin': u.origin }
    const created = u.createdAt || this.stamp
    this.rows.add(
      src,
      tgt,
      u.source,
      u.target,
      this.fileName,
      u.note ?? '',
      extra && Object.keys(extra).length ? JSON.stringify(extra) : '{}',
      created,
      u.changedAt || created
    )
    this.pendingKeys.add(key)
    if (this.pendingKeys.size >= 64) this.finish()
    this.counts.new++
  }

  /** Writes the buffered units; must be called before the transaction commits. */
  finish(): void {
    this.rows.flush()
    this.pendingKeys = new Set()
  }

  private isDuplicate(key: string, src: string, tgt: string, u: ExchangeUnit): boolean {
    if (this.written && !this.written.mightHave(key)) return false
    if (this.pendingKeys.has(key)) return true
    return this.findDuplicate.get(src, u.source, tgt, u.target) !== undefined
  }
}
