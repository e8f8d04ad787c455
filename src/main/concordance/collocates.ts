/**
 * Collocates of a concordance query: words within ±window tokens of its hits, ranked by logDice
 * or MI against frequencies of what is visible in the scope searched.
 * - English: corpus frequencies from concordance_terms, kept by the indexer: `cnt` for segments of
 *   live documents, `tu_cnt` for live translation units (a deleted document or unit leaves both).
 *   fts5vocab would read a whole doclist per word (~70 ms for "the"), and FTS5's own token totals
 *   drift on a contentless table whose rows are deleted.
 * - Chinese: words cut by the workspace's segmenter (jieba with the accepted Chinese terms), with
 *   frequencies estimated from a sample (han-background.ts).
 * - The corpus size reported is the one word count of the app (core/text/count-words.ts): the corpus's
 *   documents.word_count summed over the documents searched, which is the corpus table's figure, plus, for
 *   the memory (no other screen counts its words), its word tokens as the index counts them.
 * - Function words (en-function-words.ts, zh-function-words.ts) are left out unless asked for.
 * - Each word is shown in the form it is written in (CollocateCounts): names keep their capitals.
 * Frequent nodes are sampled: the first MAX_HITS hits in corpus order (read like a first page,
 * never a full search), window counts scaled to the estimated number of hits, and said so.
 */
import { addWindow, CollocateCounts, rankCollocates } from '../../core/concordance/collocates'
import { addHanWindow } from '../../core/concordance/han-words'
import { scanTokens } from '../../core/concordance/tokens'
import { isEnFunctionWord } from '../../core/text/en-function-words'
import { isZhFunctionWord } from '../../core/text/zh-function-words'
import type { CollocatesRequest, CollocatesResult } from '../../shared/api/concordance'
import { hasHan } from '../../shared/script'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { workspaceSegmenter } from '../text/term-dictionary'
import { hanBackground } from './han-background'
import { streamFirstHits } from './search'

export const MAX_HITS = 2_000
/** Chinese windows are segmented per hit (jieba, ~0.05 ms a hit): fewer hits, same evidence. */
export const MAX_HAN_HITS = 500

export type { CollocatesRequest, CollocatesResult } from '../../shared/api/concordance'

type Scope = NonNullable<CollocatesRequest['scope']>

/** Words of the documents searched, as the corpus table counts them (filters applied, deleted ones left out). */
function corpusWords(db: Db, req: CollocatesRequest): number {
  const where = ['deleted_at IS NULL']
  const args: unknown[] = []
  const add = (clause: string, value: unknown): void => {
    where.push(clause)
    args.push(value)
  }
  if (req.language) add('language = ?', req.language)
  if (req.dateFrom) add('date >= ?', req.dateFrom)
  if (req.dateTo) add('date <= ?', req.dateTo)
  if (req.documentIds) add('id IN (SELECT value FROM json_each(?))', JSON.stringify(req.documentIds))
  const sql = `SELECT coalesce(sum(word_count), 0) FROM documents WHERE ${where.join(' AND ')}`
  return stmt(db, sql)
    .pluck()
    .get(...args) as number
}

/** Word tokens of the visible translation units (both sides), kept by the indexer in the '' row. */
function memoryWords(db: Db): number {
  return (stmt(db, "SELECT tu_cnt FROM concordance_terms WHERE term = ''").pluck().get() as number | undefined) ?? 0
}

function scopeWords(db: Db, req: CollocatesRequest, scope: Scope): number {
  return (scope !== 'memory' ? corpusWords(db, req) : 0) + (scope !== 'corpus' ? memoryWords(db) : 0)
}

/** Occurrences of a folded word in the visible texts of the scope. */
function termFrequency(db: Db, scope: Scope): (word: string) => number {
  const column = scope === 'corpus' ? 'cnt' : scope === 'memory' ? 'tu_cnt' : 'cnt + tu_cnt'
  const get = stmt(db, `SELECT ${column} FROM concordance_terms WHERE term = ?`).pluck()
  return (w) => (get.get(w) as number | undefined) ?? 0
}

export function findCollocates(db: Db, req: CollocatesRequest): CollocatesResult {
  const window = Math.min(10, Math.max(1, req.window ?? 5))
  const scope = req.scope ?? 'corpus'
  const counts = new CollocateCounts()
  // A Chinese node: its collocates are Chinese words (segmented), with estimated corpus frequencies.
  const han = req.pinyin === true || hasHan(req.query)
  const segmenter = han ? workspaceSegmenter(db) : null
  const maxHits = han ? MAX_HAN_HITS : MAX_HITS
  let used = 0
  const sample = { ...req, offset: 0 }
  const { seen, total, exact, parsed } = streamFirstHits(db, sample, maxHits, (text, toks, start, end) => {
    if (used >= maxHits) return
    used++
    if (segmenter) {
      addHanWindow(text, start, end, window, counts, segmenter)
      return
    }
    // Collocates compare folded words: case-sensitive and regex searches tokenize again, folded.
    const tokens = toks && !req.options?.matchCase ? toks : scanTokens(text)
    const firstTok = tokens.findIndex((t) => t.end > start)
    let lastTok = firstTok
    while (lastTok + 1 < tokens.length && tokens[lastTok + 1].start < end) lastTok++
    if (firstTok >= 0) addWindow(tokens, firstTok, lastTok, window, counts, text)
  })
  if (req.functionWords !== true) counts.dropWhere(han ? isZhFunctionWord : isEnFunctionWord)
  const sampled = !exact || seen > used
  const background = segmenter ? hanBackground(db, segmenter, scope) : null
  const corpusFreq = background ? background.freq : termFrequency(db, scope)
  let nodeFreq = sampled ? Math.max(used, total) : used
  // A plain one-word node over the whole scope: its exact count is known without a full search.
  const [only] = parsed.terms
  if (
    sampled &&
    unfiltered(req) &&
    parsed.terms.length === 1 &&
    only.kind === 'word' &&
    !only.pattern &&
    !only.forms &&
    !parsed.matchCase &&
    !parsed.regex
  ) {
    nodeFreq = Math.max(used, corpusFreq(only.norm))
  }
  const scale = used ? nodeFreq / used : 1
  const found = counts.counts
  if (scale !== 1) {
    for (const [w, c] of found) {
      // Seen once in a sample is no evidence, and scaling would lift it past minFreq.
      if (c < 2) found.delete(w)
      else found.set(w, Math.round(c * scale))
    }
  }
  const size = scopeWords(db, req, scope)
  const collocates = rankCollocates(found, nodeFreq, corpusFreq, background ? background.size : size, {
    minFreq: req.minFreq ?? 3,
    by: req.by,
    limit: req.top ?? 50,
    span: window * 2,
    form: (w) => counts.form(w)
  })
  return { collocates, nodeFreq, corpusSize: size, sampled: sampled || (background?.sampled ?? false) }
}

/** No filter: the request covers what the frequencies count. */
function unfiltered(req: CollocatesRequest): boolean {
  return !(req.language || req.dateFrom || req.dateTo || req.documentIds || (req.side && req.side !== 'both'))
}
