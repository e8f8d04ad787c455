/**
 * Writes TMX units into the translation memory (origin 'tmx', origin_detail = the file name). A unit
 * whose source and target (and languages) are already in the memory — or earlier in the same file — is
 * skipped and counted as a duplicate. The unit's own origin (`x-origin` prop) is kept in `extra` so a
 * re-export writes it back unchanged. Runs inside the caller's transaction; created ids are consecutive.
 */
import type { ExchangeUnit } from '../../core/formats'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import type { ImportCounts } from './import-concepts'
import { canonicalTag } from './lang-cache'

export class UnitImporter {
  readonly counts: ImportCounts = { new: 0, merged: 0, conflicting: 0, rejected: 0, duplicates: 0 }
  created: [number, number] | null = null
  private n = 0

  constructor(private readonly db: Db, private readonly fileName: string, private readonly stamp: string,
    private readonly warn: (message: string) => void) {}

  add(u: ExchangeUnit): void {
    this.n++
    const src = canonicalTag(u.srcLang)
    const tgt = canonicalTag(u.tgtLang)
    if (!u.source.trim() || !u.target.trim() || !src || !tgt) {
      this.counts.rejected++
      this.warn(`unit #${this.n}: empty segment or language, skipped`)
      return
    }
    const dup = stmt(this.db, `SELECT 1 FROM translation_units WHERE source_lang = ? AND source_text = ?
      AND target_lang = ? AND target_text = ? AND deleted_at IS NULL LIMIT 1`).get(src, u.source, tgt, u.target)
    if (dup) {
      this.counts.duplicates++
      return
    }
    const extra: Record<string, string> = { ...u.extra }
    if (u.origin !== undefined) extra['x-origin'] = u.origin
    const created = u.createdAt || this.stamp
    const id = Number(stmt(this.db, `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text,
      origin, origin_detail, note, extra, created_at, changed_at) VALUES (?, ?, ?, ?, 'tmx', ?, ?, ?, ?, ?)`)
      .run(src, tgt, u.source, u.target, this.fileName, u.note ?? '',
        Object.keys(extra).length ? JSON.stringify(extra) : '{}', created, u.changedAt || created).lastInsertRowid)
    this.created = this.created ? [this.created[0], id] : [id, id]
    this.counts.new++
  }
}
