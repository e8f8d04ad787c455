import { NgramIndex, type MatchLang, type RankedMatch } from '../../core/memory'
import type { Db } from '../db/open-database'

/**
 * The fuzzy-match index: one in-memory n-gram index per source language (English word bigrams,
 * Chinese character bigrams), so a lookup reads a few posting lists instead of scanning the
 * memory. Built on first use from SQLite, extended as units are added; edits and deletions mark
 * it stale and it is rebuilt (also when another process changed the workspace).
 */
export class UnitIndex {
  private indexes: Record<MatchLang, NgramIndex> | null = null
  private fingerprint = ''
  private stale = false

  constructor(private readonly db: () => Db) {}

  private currentFingerprint(): string {
    return JSON.stringify(
      this.db()
        .prepare(
          `SELECT count(*) AS n, max(id) AS m, max(changed_at) AS c,
                  (SELECT count(*) FROM translation_units WHERE deleted_at IS NOT NULL) AS d
           FROM translation_units`
        )
        .get()
    )
  }

  private ensure(): Record<MatchLang, NgramIndex> {
    const fingerprint = this.currentFingerprint()
    if (this.indexes && !this.stale && fingerprint === this.fingerprint) return this.indexes
    const indexes = { en: new NgramIndex('en'), zh: new NgramIndex('zh') }
    const rows = this.db()
      .prepare('SELECT id, source_lang, source_text, target_text FROM translation_units WHERE deleted_at IS NULL')
      .iterate() as Iterable<{ id: number; source_lang: string; source_text: string; target_text: string }>
    for (const r of rows) {
      const lang: MatchLang = r.source_lang.toLowerCase().startsWith('zh') ? 'zh' : 'en'
      indexes[lang].add({ id: r.id, source: r.source_text, target: r.target_text })
    }
    this.indexes = indexes
    this.fingerprint = fingerprint
    this.stale = false
    return indexes
  }

  /** A unit was added by us: index it without a rebuild. */
  added(unit: { id: number; sourceLang: string; source: string; target: string }): void {
    if (!this.indexes || this.stale) return
    const lang: MatchLang = unit.sourceLang.toLowerCase().startsWith('zh') ? 'zh' : 'en'
    this.indexes[lang].add({ id: unit.id, source: unit.source, target: unit.target })
    this.fingerprint = this.currentFingerprint()
  }

  /** Units changed or disappeared: rebuild on next lookup. */
  invalidate(): void {
    this.stale = true
  }

  lookup(text: string, lang: MatchLang, min: number, limit: number): RankedMatch[] {
    return this.ensure()[lang].lookup(text, { min, limit }).matches
  }
}
