/**
 * Collocates of a concordance query: words within ±window tokens of its hits, ranked by logDice
 * or MI against corpus frequencies from the FTS vocabulary (fts5vocab 'row': instances per term).
 * Frequent nodes are sampled: the first MAX_HITS hits in corpus order (read like a first page,
 * never a full search), window counts scaled to the estimated number of hits, and said so.
 * Corpus frequencies and the corpus size (word tokens) come from concordance_terms, kept by the
 * indexer: fts5vocab would read a whole doclist per word (~70 ms for "the"), and FTS5's own token
 * totals drift on a contentless table whose rows are deleted.
 */
import { addWindow, rankCollocates } from '../../core/concordance/collocates'
import { addHanWindow } from '../../core/concordance/han-words'
import { scanTokens } from '../../core/concordance/tokens'
import type { CollocatesRequest, CollocatesResult } from '../../shared/api/concordance'
import { hasHan } from '../../shared/script'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { hanBackground } from './han-background'
import { streamFirstHits } from './search'

export const MAX_HITS = 2_000
/** Chinese windows are cut into words by Intl.Segmenter (~0.1 ms a hit): fewer hits, same evidence. */
export const MAX_HAN_HITS = 500

export type { CollocatesRequest, CollocatesResult } from '../../shared/api/concordance'

/** Word tokens in the segments: the indexer keeps the total in the term list's '' row. */
function corpusSize(db: Db): number {
  const total = stmt(db, "SELECT cnt FROM concordance_terms WHERE term = ''").pluck().get()
  return (total as number | undefined) ?? 0
}

export function findCollocates(db: Db, req: CollocatesRequest): CollocatesResult {
  const window = Math.min(10, Math.max(1, req.window ?? 5))
  const counts = new Map<string, number>()
  // A Chinese node: its collocates are Chinese words (segmented), with estimated corpus frequencies.
  const han = req.pinyin === true || hasHan(req.query)
  const maxHits = han ? MAX_HAN_HITS : MAX_HITS
  let used = 0
  const sample = { ...req, offset: 0 }
  const { seen, total, exact, parsed } = streamFirstHits(db, sample, maxHits, (text, toks, start, end) => {
    if (used >= maxHits) return
    used++
    if (han) {
      addHanWindow(text, start, end, window, counts)
      return
    }
    // Collocates compare folded words: case-sensitive and regex searches tokenize again, folded.
    const tokens = toks && !req.options?.matchCase ? toks : scanTokens(text)
    const firstTok = tokens.findIndex((t) => t.end > start)
    let lastTok = firstTok
    while (lastTok + 1 < tokens.length && tokens[lastTok + 1].start < end) lastTok++
    if (firstTok >= 0) addWindow(tokens, firstTok, lastTok, window, counts)
  })
  const sampled = !exact || seen > used
  const termFreq = stmt(db, 'SELECT cnt FROM concordance_terms WHERE term = ?').pluck()
  const background = han ? hanBackground(db) : null
  const corpusFreq = background ? background.freq : (w: string): number => (termFreq.get(w) as number | undefined) ?? 0
  let nodeFreq = sampled ? Math.max(used, total) : used
  // A plain one-word node over the whole corpus: its exact count is known without a full search.
  const [only] = parsed.terms
  if (
    sampled &&
    plainCorpusRequest(req) &&
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
  if (scale !== 1) {
    for (const [w, c] of counts) {
      // Seen once in a sample is no evidence, and scaling would lift it past minFreq.
      if (c < 2) counts.delete(w)
      else counts.set(w, Math.round(c * scale))
    }
  }
  const size = background ? background.size : corpusSize(db)
  const collocates = rankCollocates(counts, nodeFreq, corpusFreq, size, {
    minFreq: req.minFreq ?? 3,
    by: req.by,
    limit: req.top ?? 50,
    span: window * 2
  })
  return { collocates, nodeFreq, corpusSize: size, sampled: sampled || (background?.sampled ?? false) }
}

/** No filter and corpus scope: the request covers what concordance_terms counts. */
function plainCorpusRequest(req: CollocatesRequest): boolean {
  const filtered = req.language || req.dateFrom || req.dateTo || req.documentIds
  return (req.scope ?? 'corpus') === 'corpus' && !filtered
}
