/**
 * Corpus frequencies of Chinese words, for collocates of Chinese queries. concordance_terms counts
 * English words only (Chinese is indexed as bigrams, not words), so the frequencies are estimated
 * from an even sample of the visible Chinese texts of the scope (segments of Chinese documents, Chinese
 * sides of units), cut into words by the same segmenter as the collocate windows, scaled to the whole;
 * cached until the index, the data or the segmenter's dictionary changes. An estimate, and the result says
 * collocates are sampled when it is one.
 */
import { hanWords } from '../../core/concordance/han-words'
import type { Segmenter } from '../../core/text/segmenter'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { dictionaryVersion } from '../text/term-dictionary'
import { indexGeneration } from './index-segments'

/** Texts read per source (segments, unit sides). */
const SAMPLE = 1_000

export interface HanBackground {
  /** Estimated occurrences of a (folded) word in the Chinese part of the scope. */
  freq(word: string): number
  /** Estimated Chinese words in the scope. */
  size: number
  /** Counted from a sample of the texts (a large Chinese corpus), not all of them. */
  sampled: boolean
}

type Scope = 'corpus' | 'memory' | 'both'

const caches = new WeakMap<Db, Map<string, HanBackground>>()

/** Visible rows with Chinese text of one source: how many, and the Chinese of every `step`-th of them. */
const SOURCES = {
  seg: {
    count: `SELECT count(*) FROM segments s JOIN documents d ON d.id = s.document_id
      WHERE d.language = 'zh' AND d.deleted_at IS NULL`,
    sample: `SELECT s.text FROM segments s JOIN documents d ON d.id = s.document_id
      WHERE d.language = 'zh' AND d.deleted_at IS NULL AND s.id % ? = 0`
  },
  tu: {
    count: `SELECT count(*) FROM translation_units t LEFT JOIN documents d ON d.id = t.document_id
      WHERE t.deleted_at IS NULL AND d.deleted_at IS NULL AND (t.source_lang LIKE 'zh%' OR t.target_lang LIKE 'zh%')`,
    sample: `SELECT CASE WHEN t.source_lang LIKE 'zh%' THEN t.source_text ELSE '' END
        || char(10) || CASE WHEN t.target_lang LIKE 'zh%' THEN t.target_text ELSE '' END
      FROM translation_units t LEFT JOIN documents d ON d.id = t.document_id
      WHERE t.deleted_at IS NULL AND d.deleted_at IS NULL AND (t.source_lang LIKE 'zh%' OR t.target_lang LIKE 'zh%')
        AND t.id % ? = 0`
  }
} as const

export function hanBackground(db: Db, segmenter: Segmenter, scope: Scope = 'corpus'): HanBackground {
  const key = [scope, indexGeneration(db), db.pragma('data_version', { simple: true }), dictionaryVersion()].join(':')
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const hit = cache.get(key)
  if (hit) return hit
  const kinds =
    scope === 'corpus' ? (['seg'] as const) : scope === 'memory' ? (['tu'] as const) : (['seg', 'tu'] as const)
  const counts = new Map<string, number>()
  let size = 0
  let sampled = false
  for (const kind of kinds) {
    const total = stmt(db, SOURCES[kind].count).pluck().get() as number
    if (total === 0) continue
    const step = Math.max(1, Math.ceil(total / SAMPLE))
    const local = new Map<string, number>()
    let words = 0
    let read = 0
    for (const text of stmt(db, SOURCES[kind].sample).pluck().iterate(step) as IterableIterator<string>) {
      read++
      for (const w of hanWords(text, segmenter)) {
        local.set(w, (local.get(w) ?? 0) + 1)
        words++
      }
    }
    const scale = read ? total / read : 0
    for (const [w, n] of local) counts.set(w, (counts.get(w) ?? 0) + n * scale)
    size += words * scale
    if (step > 1) sampled = true
  }
  const bg: HanBackground = {
    freq: (w) => Math.round(counts.get(w) ?? 0),
    size: Math.round(size),
    sampled
  }
  // One entry per scope at most: older keys are of data that has changed since.
  for (const k of cache.keys()) if (k.startsWith(`${scope}:`)) cache.delete(k)
  cache.set(key, bg)
  return bg
}
