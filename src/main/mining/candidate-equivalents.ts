/**
 * The miner's equivalents column: for each English candidate, the Chinese the workspace's memory
 * proposes (its imported and aligned pairs), computed for the whole list at once. The units holding
 * any candidate come from the concordance's index (an even sample per candidate), are read in one
 * query, and core/memory/suggest-batch.ts trains one lexicon for them all.
 */
import { suggestEquivalentsBatch, type SuggestUnit } from '../../core/memory'
import type { CandidateEquivalents } from '../../shared/models'
import { hasHan } from '../../shared/script'
import { indexPending } from '../concordance/index-segments'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { memoryBackground } from '../memory/background-sample'
import { suggestSegmenter } from '../memory/memory-service'
import { evenly, termFtsQuery } from '../memory/term-units'

/**
 * Units examined per candidate: the column needs the best rendering, not ten ranked ones. With 40 units,
 * 60 strings examined per candidate and a lexicon of 2,000 units, the dev set's official terms come out
 * as with 60/80/3,000 (17 of 20 listed official first, bench/mining/equivalents-eval.ts) at 70 % of the CPU.
 */
const PER_CANDIDATE = 40
/** Index hits read per candidate (a fifth more: some hits hold the words apart). */
const HITS_READ = Math.round(PER_CANDIDATE * 1.2)

const PAIR = `((t.source_lang LIKE 'en%' AND t.target_lang LIKE 'zh%') OR (t.source_lang LIKE 'zh%' AND t.target_lang LIKE 'en%'))`

export function candidateEquivalents(db: Db, ids: number[], limit = 3): CandidateEquivalents[] {
  const rows = stmt(db, 'SELECT id, lang, term FROM candidates WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids)
  ) as { id: number; lang: string; term: string }[]
  // English candidates only (a Chinese one would need the other direction).
  const termOf = new Map(rows.filter((r) => r.lang === 'en' && !hasHan(r.term)).map((r) => [r.id, r.term]))
  const asked = [...new Set(ids)].filter((id) => termOf.has(id) && termFtsQuery(termOf.get(id)!) !== null)
  const none = (id: number): CandidateEquivalents => ({ id, equivalents: [], pairs: 0 })
  if (asked.length === 0) return ids.map(none)

  indexPending(db)
  const hits = stmt(db, 'SELECT rowid FROM tu_fts WHERE tu_fts MATCH ? ORDER BY rowid').pluck()
  const picked = new Set<number>()
  const hitCounts = asked.map((id) => {
    const all = hits.all(termFtsQuery(termOf.get(id)!)) as number[]
    for (const rowid of evenly(all, HITS_READ)) picked.add(rowid)
    return all.length
  })
  const units = stmt(
    db,
    `SELECT t.id,
            CASE WHEN t.source_lang LIKE 'en%' THEN t.source_text ELSE t.target_text END AS en,
            CASE WHEN t.source_lang LIKE 'en%' THEN t.target_text ELSE t.source_text END AS zh
     FROM translation_units t
     WHERE t.id IN (SELECT value FROM json_each(?)) AND t.deleted_at IS NULL AND ${PAIR}
     ORDER BY t.id`
  ).all(JSON.stringify([...picked].sort((a, b) => a - b))) as SuggestUnit[]
  const found = suggestEquivalentsBatch(
    asked.map((id) => termOf.get(id)!),
    units,
    {
      background: memoryBackground(db),
      segmenter: suggestSegmenter(),
      limit,
      maxUnitsPerTerm: PER_CANDIDATE,
      // A candidate's units in the whole memory: its index hits, scaled by the share of those read
      // that hold it (the core counts those).
      termUnits: (k, held) => Math.round((held * hitCounts[k]) / Math.max(1, Math.min(hitCounts[k], HITS_READ)))
    }
  )
  const byId = new Map(
    asked.map((id, k) => [
      id,
      {
        id,
        pairs: found[k].termUnits,
        equivalents: found[k].proposals
          .filter((p) => !p.known && p.freq > 0)
          .map((p) => ({ text: p.zh, support: p.freq, score: Math.round(p.score * 1000) / 1000 }))
      }
    ])
  )
  return ids.map((id) => byId.get(id) ?? none(id))
}
