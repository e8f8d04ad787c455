import type { Db } from '../db/open-database'
import type { MinedCandidate } from '../../core/mining/types'

/**
 * Writes a mining run in one transaction. Candidates are matched to earlier runs by their group key,
 * so review decisions survive re-mining: a rejected candidate stays rejected, an accepted one stays
 * linked to its concept, a merged one stays merged. Unreviewed candidates the corpus no longer
 * supports are dropped.
 */
export function storeCandidates(db: Db, candidates: MinedCandidate[], now = new Date().toISOString()): number {
  const existing = db.prepare('SELECT id, status FROM candidates WHERE key = ?')
  const insert = db.prepare(
    `INSERT INTO candidates (key, term, score, freq, docs, variants, status, mined_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?)`
  )
  const update = db.prepare(
    `UPDATE candidates SET score = ?, freq = ?, docs = ?, variants = ?, mined_at = ?,
       term = CASE WHEN status = 'new' THEN ? ELSE term END
     WHERE id = ?`
  )
  const insertOccurrence = db.prepare(
    'INSERT OR IGNORE INTO candidate_occurrences (candidate_id, segment_id, start, end) VALUES (?, ?, ?, ?)'
  )
  let kept = 0
  db.transaction(() => {
    db.exec('DELETE FROM candidate_occurrences')
    for (const c of candidates) {
      const variants = JSON.stringify(c.variants)
      const row = existing.get(c.key) as { id: number; status: string } | undefined
      let id: number
      if (row) {
        update.run(c.score, c.freq, c.docs, variants, now, c.term, row.id)
        id = row.id
        if (row.status !== 'new' && row.status !== 'skipped') kept++
      } else {
        id = Number(insert.run(c.key, c.term, c.score, c.freq, c.docs, variants, now, now).lastInsertRowid)
      }
      for (const o of c.occurrences) insertOccurrence.run(id, o.segmentId, o.start, o.end)
    }
    // Unreviewed candidates this run did not propose any more.
    db.prepare(`DELETE FROM candidates WHERE status IN ('new', 'skipped') AND mined_at <> ?`).run(now)
    // Reviewed candidates no longer found keep their decision but carry no stale figures.
    db.prepare('UPDATE candidates SET freq = 0, docs = 0, score = 0 WHERE mined_at <> ?').run(now)
  })()
  return kept
}
