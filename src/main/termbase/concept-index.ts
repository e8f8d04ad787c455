import { setImmediate } from 'node:timers/promises'

import FlexSearch from 'flexsearch'

import { pinyinLookups, pinyinPairTokens, readsAsPinyin } from '../../core/termbase/pinyin-keys'
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
 * The text index (words by prefix, Chinese bigrams) and the pinyin index (syllable pairs of the Chinese,
 * whole tokens only: a prefix of "gaozhi" must not match, nor must an English prefix meet a reading).
 */
class Indexes {
  readonly text = new FlexSearch.Index({ tokenize: 'forward' })
  readonly pinyin = new FlexSearch.Index({ tokenize: 'strict' })

  add(id: number, hay: string): void {
    this.text.add(id, indexText(hay))
    const pairs = pinyinPairTokens(hay)
    if (pairs.length > 0) this.pinyin.add(id, pairs.join(' '))
  }

  remove(id: number): void {
    this.text.remove(id)
    this.pinyin.remove(id)
  }
}

/** Concepts read per page, and main-thread time per slice, of a rebuild in the background. */
const PAGE = 250
const SLICE_MS = 15

export interface ConceptIndexOptions {
  /**
   * The app's main thread: a full rebuild (100,000 concepts: seconds) runs in slices between requests
   * while searches use the index as it was (and, before the first build is done, the terms' text in
   * SQL), instead of freezing every window. Without it (CLI, tests) a rebuild happens inline.
   */
  background?: boolean
}

/**
 * Instant search over the term base (English, Chinese, notes, definitions) with flexsearch, kept in
 * the main process. Built lazily, refreshed per concept after our own writes, rebuilt whole when
 * another connection changed the workspace (a job's worker, another process: detected by a cheap
 * fingerprint), in the background on the app's main thread.
 */
export class ConceptIndex {
  private index = new Indexes()
  private haystacks = new Map<number, string>()
  private fingerprint = ''
  private dirty = new Set<number>()
  private stale = false
  private built = false
  /** Bumped by invalidateAll: a background rebuild started before it is stale when it ends. */
  private generation = 0
  private rebuilding: Promise<void> | null = null

  constructor(
    private readonly db: () => Db,
    private readonly options: ConceptIndexOptions = {}
  ) {}

  /** Our own write touched these concepts. */
  invalidate(ids: Iterable<number>): void {
    for (const id of ids) this.dirty.add(id)
  }

  private lastDataVersion = -1
  private lastFingerprint = ''

  /**
   * Whether another connection (a job's worker, another process) changed the term base; our own writes
   * arrive through invalidate(). SQLite's data_version moves on any commit of another connection
   * (cheap enough to ask on every keystroke); only then the term base's own marks are read: the newest
   * history entry and how many are undone (every term-base write records one), the newest concept and
   * term. A commit elsewhere (units indexed, candidates stored) then costs no rebuild.
   */
  private currentFingerprint(): string {
    const db = this.db()
    const version = db.pragma('data_version', { simple: true }) as number
    if (version === this.lastDataVersion) return this.lastFingerprint
    const marks = db
      .prepare(
        `SELECT (SELECT max(id) FROM history), (SELECT total(undone) FROM history),
          (SELECT max(id) FROM concepts), (SELECT max(id) FROM terms)`
      )
      .raw()
      .get() as unknown[]
    this.lastDataVersion = version
    this.lastFingerprint = JSON.stringify(marks)
    return this.lastFingerprint
  }

  /** Anything may have changed (undo/redo, another workspace): rebuild on the next search. */
  invalidateAll(): void {
    this.stale = true
    this.generation++
  }

  /** The app's main thread: build the index now, in the background, so the first search finds it ready. */
  warmUp(): Promise<void> {
    if (this.built && !this.stale) return Promise.resolve()
    return this.rebuildInBackground()
  }

  private load(ids: number[] | null, afterId = 0, limit = -1): Map<number, string> {
    const where = ids ? `AND c.id IN (${ids.map(() => '?').join(',')})` : 'AND c.id > ?'
    const rows = this.db()
      .prepare(
        `SELECT c.id, c.note || ' ' || c.definition || ' ' || coalesce(group_concat(t.text, ' '), '') AS hay
         FROM concepts c LEFT JOIN terms t ON t.concept_id = c.id
         WHERE c.deleted_at IS NULL ${where} GROUP BY c.id ORDER BY c.id LIMIT ?`
      )
      .all(...(ids ?? [afterId]), limit) as { id: number; hay: string }[]
    return new Map(rows.map((r) => [r.id, r.hay.toLowerCase()]))
  }

  private applyDirty(): void {
    const ids = [...this.dirty]
    const fresh = this.load(ids)
    for (const id of ids) {
      if (this.haystacks.has(id)) this.index.remove(id)
      this.haystacks.delete(id)
      const hay = fresh.get(id)
      if (hay !== undefined) {
        this.haystacks.set(id, hay)
        this.index.add(id, hay)
      }
    }
    this.dirty.clear()
  }

  private refresh(): void {
    const fingerprint = this.currentFingerprint()
    const current = this.built && !this.stale && this.fingerprint === fingerprint
    if (current && this.dirty.size === 0) return
    if (current && this.dirty.size < 5000) {
      this.applyDirty()
      return
    }
    if (this.options.background) {
      // Serve what there is; small changes of our own show at once, the rest when the rebuild is done.
      if (this.built && this.dirty.size > 0 && this.dirty.size < 5000) this.applyDirty()
      void this.rebuildInBackground()
      return
    }
    this.index = new Indexes()
    this.haystacks = this.load(null)
    for (const [id, hay] of this.haystacks) this.index.add(id, hay)
    this.dirty.clear()
    this.stale = false
    this.built = true
    this.fingerprint = fingerprint
  }

  /** A whole rebuild in slices of SLICE_MS, swapped in when complete; again if the workspace moved meanwhile. */
  private rebuildInBackground(): Promise<void> {
    if (this.rebuilding) return this.rebuilding
    const rebuild = async (): Promise<void> => {
      for (;;) {
        const fingerprint = this.currentFingerprint()
        const generation = this.generation
        const index = new Indexes()
        const haystacks = new Map<number, string>()
        let after = 0
        for (;;) {
          const sliceEnd = performance.now() + SLICE_MS
          let page: Map<number, string>
          do {
            page = this.load(null, after, PAGE)
            for (const [id, hay] of page) {
              haystacks.set(id, hay)
              index.add(id, hay)
              after = id
            }
          } while (page.size === PAGE && performance.now() < sliceEnd)
          if (page.size < PAGE) break
          await setImmediate()
        }
        this.index = index
        this.haystacks = haystacks
        this.built = true
        this.fingerprint = fingerprint
        // Changes made while it was built: own writes stay dirty (applied next search); others rebuild again.
        this.stale = generation !== this.generation
        if (!this.stale && this.currentFingerprint() === fingerprint) return
      }
    }
    // Cleared after the assignment (a rebuild with nothing to wait for settles before it returns). A rebuild
    // nobody awaits must never reject: the workspace may close under it (the app quits, another is opened);
    // then the index is simply stale and the next search rebuilds it from whatever workspace is open.
    this.rebuilding = rebuild()
      .catch(() => {
        this.stale = true
      })
      .finally(() => {
        this.rebuilding = null
      })
    return this.rebuilding
  }

  /**
   * Concept ids whose text contains every word of the query (Chinese: as a substring), and, when the
   * query reads as two or more pinyin syllables (gaozhiliang, gao zhi liang, gāo zhì liàng), those whose
   * Chinese reads that way (高质量发展): the union, in index order.
   */
  search(query: string): number[] {
    this.refresh()
    const q = query.toLowerCase().trim()
    if (!q) return []
    if (!this.built) return this.searchTerms(q)
    const latin = q.replace(HAN_RUN, ' ').trim()
    const tokens = [latin, ...chineseTokens(q)].filter(Boolean).join(' ')
    const hits = this.index.text.search(tokens, { limit: 1_000_000 }) as number[]
    const han = q.match(HAN_RUN) ?? []
    // flexsearch narrows; the stored text decides (Chinese substrings, punctuation-only parts).
    const found = hits.filter((id) => {
      const hay = this.haystacks.get(id) ?? ''
      return han.every((run) => hay.includes(run)) && (!hasHan(q) || han.length > 0)
    })
    const byPinyin = this.searchPinyin(q)
    if (byPinyin.length === 0) return found
    const seen = new Set(found)
    return [...found, ...byPinyin.filter((id) => !seen.has(id))]
  }

  /** Concepts whose Chinese reads as the query's syllables (pairs narrow, the text's readings decide). */
  private searchPinyin(q: string): number[] {
    const out = new Set<number>()
    for (const lookup of pinyinLookups(q)) {
      const hits = this.index.pinyin.search(lookup.tokens.join(' '), { limit: 1_000_000 }) as number[]
      for (const id of hits) {
        if (!out.has(id) && readsAsPinyin(this.haystacks.get(id) ?? '', lookup.syllables)) out.add(id)
      }
    }
    return [...out]
  }

  /** Before the first build is done (background): concepts with a term containing every word of the query. */
  private searchTerms(q: string): number[] {
    const words = q.split(/\s+/).filter(Boolean).slice(0, 8)
    const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const clauses = words.map(() => "lower(t.text) LIKE ? ESCAPE '\\'").join(' AND ')
    return this.db()
      .prepare(
        `SELECT DISTINCT t.concept_id FROM terms t JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL
         WHERE ${clauses}`
      )
      .pluck()
      .all(...words.map(like)) as number[]
  }
}
