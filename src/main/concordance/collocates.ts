/**
 * Collocates of a concordance query: words within ±window tokens of its hits, ranked by logDice
 * or MI against corpus frequencies from the FTS vocabulary (fts5vocab 'row': instances per term).
 * Very frequent nodes are sampled (the first MAX_HITS hits in corpus order) and say so.
 */
import type { Database } from 'better-sqlite3'
import { addWindow, rankCollocates } from '../../core/concordance/collocates'
import { scanTokens } from '../../core/concordance/tokens'
import type { CollocatesRequest, CollocatesResult } from '../../shared/api/concordance'
import { searchConcordance } from './search'

export const MAX_HITS = 20_000

export type { CollocatesRequest, CollocatesResult } from '../../shared/api/concordance'

const sizes = new WeakMap<Database, { key: number; size: number }>()

/** Total word tokens in the index (sum of instance counts), cached per data version. */
function corpusSize(db: Database): number {
  const key = (db.prepare('SELECT count(*) AS n FROM segments').get() as { n: number }).n
  const cached = sizes.get(db)
  if (cached && cached.key === key) return cached.size
  const size = (db.prepare('SELECT coalesce(sum(cnt), 0) AS n FROM seg_fts_vocab').get() as { n: number }).n
  sizes.set(db, { key, size })
  return size
}

export function findCollocates(db: Database, req: CollocatesRequest): CollocatesResult {
  const window = Math.min(10, Math.max(1, req.window ?? 5))
  const first = searchConcordance(db, { ...req, sort: [], offset: 0, limit: 500 })
  const counts = new Map<string, number>()
  let seen = 0
  let offset = 0
  let page = first
  for (;;) {
    for (const hit of page.hits) {
      const tokens = scanTokens(hit.text)
      const firstTok = tokens.findIndex((t) => t.end > hit.start)
      let lastTok = firstTok
      while (lastTok + 1 < tokens.length && tokens[lastTok + 1].start < hit.end) lastTok++
      if (firstTok >= 0) addWindow(tokens, firstTok, lastTok, window, counts)
      seen++
    }
    offset += page.hits.length
    if (page.hits.length < 500 || seen >= MAX_HITS) break
    page = searchConcordance(db, { ...req, sort: [], offset, limit: 500 })
  }
  const done = seen < MAX_HITS
  const nodeFreq = done ? seen : Math.max(seen, page.total)
  const scale = done ? 1 : nodeFreq / seen
  if (scale !== 1) for (const [w, c] of counts) counts.set(w, Math.round(c * scale))
  const freqStmt = db.prepare('SELECT cnt FROM seg_fts_vocab WHERE term = ?')
  const corpusFreq = (w: string): number => ((freqStmt.get(w) as { cnt: number } | undefined)?.cnt ?? 0)
  const collocates = rankCollocates(counts, nodeFreq, corpusFreq, corpusSize(db), {
    minFreq: req.minFreq ?? 3,
    by: req.by,
    limit: req.top ?? 50,
    span: window * 2
  })
  return { collocates, nodeFreq, corpusSize: corpusSize(db), sampled: !done }
}
