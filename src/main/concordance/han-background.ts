/**
 * Corpus frequencies of Chinese words, for collocates of Chinese queries. concordance_terms counts
 * English words only (Chinese is indexed as bigrams, not words), so the frequencies are estimated
 * from an even sample of the Chinese segments, cut into words like the collocate windows, scaled to
 * the whole; cached until the index changes. An estimate, and the result says collocates are sampled.
 */
import { hanWords } from '../../core/concordance/han-words'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { indexGeneration } from './index-segments'

const SAMPLE = 1_000

export interface HanBackground {
  /** Estimated occurrences of a word in the Chinese part of the corpus. */
  freq(word: string): number
  /** Estimated Chinese words in the corpus. */
  size: number
  /** Counted from a sample of the segments (a large Chinese corpus), not all of them. */
  sampled: boolean
}

const caches = new WeakMap<Db, { key: string; bg: HanBackground }>()

export function hanBackground(db: Db): HanBackground {
  const key = `${indexGeneration(db)}:${db.pragma('data_version', { simple: true }) as number}`
  const hit = caches.get(db)
  if (hit && hit.key === key) return hit.bg
  const live = `FROM segments s JOIN documents d ON d.id = s.document_id
    WHERE d.language = 'zh' AND d.deleted_at IS NULL`
  const total = stmt(db, `SELECT count(*) ${live}`).pluck().get() as number
  const step = Math.max(1, Math.ceil(total / SAMPLE))
  const counts = new Map<string, number>()
  let words = 0
  let sampled = 0
  for (const text of stmt(db, `SELECT s.text ${live} AND s.id % ? = 0`)
    .pluck()
    .iterate(step) as IterableIterator<string>) {
    sampled++
    for (const w of hanWords(text)) {
      counts.set(w, (counts.get(w) ?? 0) + 1)
      words++
    }
  }
  const scale = sampled ? total / sampled : 0
  const bg: HanBackground = {
    freq: (w) => Math.round((counts.get(w) ?? 0) * scale),
    size: Math.round(words * scale),
    sampled: step > 1
  }
  caches.set(db, { key, bg })
  return bg
}
