import FlexSearch from 'flexsearch'

import { hasHan } from '../../shared/script'
import type { Db } from '../db/open-database'

const HAN_RUN = /\p{Script=Han}+/gu

/**
 * Chinese has no spaces, and word segmentation splits 新质生产力 into 新|质|生产|力, so a word index
 * would miss 生产力. We index every character bigram of Chinese runs (plus single characters) as
 * tokens: any substring of two or more characters is then the AND of its bigrams, verified on the
 * stored text.
 */
export function chineseTokens(text: string): string[] {
  const out: string[] = []
  for (const run of text.match(HAN_RUN) ?? []) {
    if (run.length === 1) out.push(run)
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2))
  }
  return out
}

function indexText(haystack: string): string {
  return `${haystack.replace(HAN_RUN, ' ')} ${chineseTokens(haystack).join(' ')}`
}

/**
 * Instant search over the term base (English, Chinese, notes, definitions) with flexsearch, kept in
 * the main process. Built lazily, refreshed per concept after our own writes, rebuilt whole when
 * another process changed the workspace (detected by a cheap fingerprint).
 */
export class ConceptIndex {
  private index = new FlexSearch.Index({ tokenize: 'forward' })
  private haystacks = new Map<number, string>()
  private fingerprint = ''
  private dirty = new Set<number>()
  private stale = false

  constructor(private readonly db: () => Db) {}

  /** Our own write touched these concepts. */
  invalidate(ids: Iterable<number>): void {
    for (const id of ids) this.dirty.add(id)
  }

  /**
   * SQLite's data_version changes when another connection (another process) commits to the file;
   * our own writes arrive through invalidate(). Cheap enough to ask on every keystroke, unlike
   * counting rows.
   */
  private currentFingerprint(): string {
    return String(this.db().pragma('data_version', { simple: true }))
  }

  /** Anything may have changed (undo/redo, another workspace): rebuild on the next search. */
  invalidateAll(): void {
    this.stale = true
  }

  private load(ids: number[] | null): Map<number, string> {
    const where = ids ? `AND c.id IN (${ids.map(() => '?').join(',')})` : ''
    const rows = this.db()
      .prepare(
        `SELECT c.id, c.note || ' ' || c.definition || ' ' || coalesce(group_concat(t.text, ' '), '') AS hay
         FROM concepts c LEFT JOIN terms t ON t.concept_id = c.id
         WHERE c.deleted_at IS NULL ${where} GROUP BY c.id`
      )
      .all(...(ids ?? [])) as { id: number; hay: string }[]
    return new Map(rows.map((r) => [r.id, r.hay.toLowerCase()]))
  }

  private refresh(): void {
    const fingerprint = this.currentFingerprint()
    if (!this.stale && this.fingerprint === fingerprint && this.dirty.size > 0 && this.dirty.size < 5000) {
      const ids = [...this.dirty]
      const fresh = this.load(ids)
      for (const id of ids) {
        if (this.haystacks.has(id)) this.index.remove(id)
        this.haystacks.delete(id)
        const hay = fresh.get(id)
        if (hay !== undefined) {
          this.haystacks.set(id, hay)
          this.index.add(id, indexText(hay))
        }
      }
      this.dirty.clear()
      this.fingerprint = fingerprint
      return
    }
    if (!this.stale && fingerprint === this.fingerprint && this.dirty.size === 0) return
    this.index = new FlexSearch.Index({ tokenize: 'forward' })
    this.haystacks = this.load(null)
    for (const [id, hay] of this.haystacks) this.index.add(id, indexText(hay))
    this.dirty.clear()
    this.stale = false
    this.fingerprint = fingerprint
  }

  /** Concept ids whose text contains every word of the query (Chinese: as a substring). */
  search(query: string): number[] {
    this.refresh()
    const q = query.toLowerCase().trim()
    if (!q) return []
    const latin = q.replace(HAN_RUN, ' ').trim()
    const tokens = [latin, ...chineseTokens(q)].filter(Boolean).join(' ')
    const hits = this.index.search(tokens, { limit: 1_000_000 }) as number[]
    const han = q.match(HAN_RUN) ?? []
    // flexsearch narrows; the stored text decides (Chinese substrings, punctuation-only parts).
    return hits.filter((id) => {
      const hay = this.haystacks.get(id) ?? ''
      return han.every((run) => hay.includes(run)) && (!hasHan(q) || han.length > 0)
    })
  }
}
