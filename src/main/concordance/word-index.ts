/**
 * The Chinese words of each segment in seg_zhw (migration 013), for whole-word search: jieba's words of the
 * folded text, one FTS token each, a run of anything else between them the token 0. A whole-word query of
 * Chinese strings becomes an OR of word phrases (word-compositions.ts) and FTS reads only the rows where the
 * query can stand as words, instead of every row holding its characters: on 2M characters, 质生产 held as
 * characters 23,346 times and never as words took seconds to rule out one row at a time.
 *
 * The words depend on the segmenter's dictionary, which grows with the term base: term-dictionary.ts queues
 * the segments holding a newly learnt word in concordance_zhw_queue, and indexing writes them again. While
 * that queue is not empty, whole-word search checks every character match instead (wordIndexReady).
 */
import { foldText } from '../../core/concordance/fold'
import { compositions, phrasesQuery } from '../../core/concordance/word-compositions'
import type { Segmenter } from '../../core/text/segmenter'
import { hasHan } from '../../shared/script'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { dictionaryWordsIn } from '../text/jieba-segmenter'

/** Han characters for SQLite's GLOB (CJK unified, extension A, compatibility, supplementary planes). */
export const HAN_GLOB = '*[㐀-鿿豈-﫿𠀀-𳿿]*'

/** Most word phrases one query may become; more and every character match is checked instead. */
const MAX_PHRASES = 64

/** The token string seg_zhw holds for a text. */
export function wordTokens(text: string, segmenter: Segmenter): string {
  const folded = foldText(text, { matchCase: true })
  const words = segmenter.words ? segmenter.words(folded) : segmenter.segment(folded).map((w) => w.text)
  const out: string[] = []
  for (const w of words) {
    if (hasHan(w)) out.push(w)
    else if (out.length && out[out.length - 1] !== '0' && w.trim()) out.push('0')
  }
  return out.join(' ')
}

/**
 * (Re)writes the word rows of these segments; rows without Han text get none. `fresh`: the table and its
 * queue were just emptied (a rebuild), nothing to delete first.
 */
export function writeWordRows(
  db: Db,
  rows: readonly { id: number; text: string }[],
  segmenter: () => Segmenter,
  fresh = false
): void {
  const del = stmt(db, 'DELETE FROM seg_zhw WHERE rowid = ?')
  const ins = stmt(db, 'INSERT INTO seg_zhw (rowid, words) VALUES (?, ?)')
  const done = stmt(db, 'DELETE FROM concordance_zhw_queue WHERE id = ?')
  for (const row of rows) {
    if (!fresh) {
      del.run(row.id)
      done.run(row.id)
    }
    if (hasHan(row.text)) ins.run(row.id, wordTokens(row.text, segmenter()))
  }
}

/** Writes the word rows of up to `limit` queued segments; returns how many were taken off the queue. */
export function refreshQueuedWords(db: Db, limit: number, segmenter: () => Segmenter): number {
  const take = stmt(db, 'SELECT q.id, s.text FROM concordance_zhw_queue q LEFT JOIN segments s ON s.id = q.id LIMIT ?')
  const rows = take.all(limit) as { id: number; text: string | null }[]
  writeWordRows(
    db,
    rows.map((r) => ({ id: r.id, text: r.text ?? '' })),
    segmenter
  )
  return rows.length
}

export function hasQueuedWords(db: Db): boolean {
  return stmt(db, 'SELECT EXISTS (SELECT 1 FROM concordance_zhw_queue)').pluck().get() === 1
}

/** Are the word rows of every indexed segment written with the segmenter's current dictionary? */
export function wordIndexReady(db: Db): boolean {
  return !hasQueuedWords(db)
}

/**
 * Queues for rewriting the segments that hold any of these (new) dictionary words as characters; many words
 * at once (a term base imported) queue every segment with Han text.
 */
export function queueSegmentsHolding(db: Db, words: readonly string[]): void {
  if (words.length > 200) {
    stmt(db, 'INSERT OR IGNORE INTO concordance_zhw_queue (id) SELECT id FROM segments WHERE text GLOB ?').run(HAN_GLOB)
    return
  }
  const queue = stmt(
    db,
    'INSERT OR IGNORE INTO concordance_zhw_queue (id) SELECT rowid FROM seg_fts WHERE seg_fts MATCH ?'
  )
  for (const word of words) {
    const chars = [...foldText(word, { matchCase: true })].filter((c) => hasHan(c))
    if (chars.length < 2) continue
    // The bigram phrase of the word (bigrams.ts): any row holding it as characters.
    const bigrams: string[] = []
    for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + chars[i + 1])
    queue.run(`"${bigrams.join(' ')}"`)
  }
}

/**
 * The FTS query over seg_zhw for whole-word occurrences of any of these Chinese strings (folded), or null
 * when one of them may stand as too many different cuts.
 */
export function wordPhrasesQuery(strings: readonly string[]): string | null {
  const cuts: string[][] = []
  for (const s of strings) {
    const words = new Set(dictionaryWordsIn(s))
    const found = compositions(s, words, MAX_PHRASES - cuts.length)
    if (!found) return null
    cuts.push(...found)
  }
  return cuts.length ? phrasesQuery(cuts) : null
}
