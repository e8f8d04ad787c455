import type { MinedCandidate, MinedOccurrence } from '../../core/mining/types'
import type { Lang } from '../../shared/vocabulary'
import type { Db } from '../db/open-database'
import { groupFigures, groupRoots, storeGroupFigures } from './candidate-groups'

const REBUILD_INDEX_ROWS = 200_000

/** A workspace already holding many occurrences is most likely re-mined with most lists unchanged: then
 *  keeping the index beats rebuilding it. */
function holdsManyOccurrences(db: Db, many: number): boolean {
  const n = (db.prepare('SELECT count(*) AS n FROM candidate_occurrences').get() as { n: number }).n
  return n >= many
}

/** FNV-1a over the occurrence triples: equal lists, equal digests (a collision only skips a rewrite). */
export function occurrencesDigest(list: MinedOccurrence[]): string {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (const o of list) {
    for (const v of [o.segmentId, o.start, o.end]) {
      a = Math.imul(a ^ v, 0x01000193)
      b = Math.imul(b ^ v, 0x5bd1e995) ^ (b >>> 15)
    }
  }
  return `${list.length}:${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`
}

/**
 * The rows now hold the figures and variants this run found for each candidate alone: a candidate others
 * were merged into gets its group's back (candidate-groups.ts). All computed before any is written, since
 * a merge chain from before groups were flat would otherwise count a member twice.
 */
function combineGroups(db: Db, lang: Lang): void {
  const own = db.prepare('SELECT freq, docs, variants, lang FROM candidates WHERE id = ?')
  // Only this run's language: the other list's roots hold their combined figures already.
  const roots = groupRoots(db).filter((id) => (own.get(id) as { lang: Lang }).lang === lang)
  const combined = roots.map((id) => {
    const row = own.get(id) as { freq: number; docs: number; variants: string }
    return { id, figures: groupFigures(db, id, { ...row, variants: JSON.parse(row.variants) as string[] }) }
  })
  for (const { id, figures } of combined) storeGroupFigures(db, id, figures)
}

/**
 * Writes a mining run in one transaction. Candidates are matched to earlier runs by their group key,
 * so review decisions survive re-mining: a rejected candidate stays rejected, an accepted one stays
 * linked to its concept, a merged one stays merged. Unreviewed candidates the corpus no longer
 * supports are dropped. Occurrence lists are rewritten only where their digest changed (after an
 * incremental run, the lists of candidates the new documents did not touch stay as they are). Candidates
 * merged into another stay merged, and the target keeps the group's combined figures and variants.
 */
export function storeCandidates(
  db: Db,
  candidates: MinedCandidate[],
  now = new Date().toISOString(),
  rebuildIndexRows = REBUILD_INDEX_ROWS,
  lang: Lang = 'en'
): number {
  // Each miner's run replaces its own language's list only (migration 014: keys are unique per language).
  const existing = db.prepare(
    'SELECT id, status, occurrences_digest AS digest FROM candidates WHERE lang = ? AND key = ?'
  )
  const insert = db.prepare(
    `INSERT INTO candidates (lang, key, term, score, freq, docs, variants, kind, status, mined_at, updated_at,
       occurrences_digest)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)`
  )
  const update = db.prepare(
    `UPDATE candidates SET score = ?, freq = ?, docs = ?, variants = ?, kind = ?, mined_at = ?,
       occurrences_digest = ?, term = CASE WHEN status = 'new' THEN ? ELSE term END
     WHERE id = ?`
  )
  const clearOccurrences = db.prepare('DELETE FROM candidate_occurrences WHERE candidate_id = ?')
  const insertOccurrence = db.prepare(
    'INSERT OR IGNORE INTO candidate_occurrences (candidate_id, segment_id, start, end) VALUES (?, ?, ?, ?)'
  )
  let kept = 0
  let rows = 0
  for (const c of candidates) rows += c.occurrences.length
  db.transaction(() => {
    // A large rewrite (a first run at 10M words writes ~1M rows): building the segment index once after
    // the inserts measured ~25 % faster than updating it row by row. Same definition as migration 001.
    const rebuildIndex = rows >= rebuildIndexRows && !holdsManyOccurrences(db, rebuildIndexRows)
    if (rebuildIndex) db.exec('DROP INDEX IF EXISTS candidate_occurrences_segment')
    for (const c of candidates) {
      const variants = JSON.stringify(c.variants)
      const digest = occurrencesDigest(c.occurrences)
      const row = existing.get(lang, c.key) as { id: number; status: string; digest: string } | undefined
      let id: number
      if (row) {
        update.run(c.score, c.freq, c.docs, variants, c.kind, now, digest, c.term, row.id)
        id = row.id
        if (row.status !== 'new' && row.status !== 'skipped') kept++
        if (row.digest === digest) continue
        clearOccurrences.run(id)
      } else {
        id = Number(
          insert.run(lang, c.key, c.term, c.score, c.freq, c.docs, variants, c.kind, now, now, digest).lastInsertRowid
        )
      }
      for (const o of c.occurrences) insertOccurrence.run(id, o.segmentId, o.start, o.end)
    }
    // Unreviewed candidates this run did not propose any more (their occurrences go by cascade); one that
    // others were merged into is a review decision all the same.
    db.prepare(
      `DELETE FROM candidates WHERE lang = ? AND status IN ('new', 'skipped') AND mined_at <> ?
      AND id NOT IN (SELECT merged_into FROM candidates WHERE status = 'merged' AND merged_into IS NOT NULL)`
    ).run(lang, now)
    // Reviewed candidates no longer found keep their decision but carry no stale figures or contexts.
    db.prepare(
      `DELETE FROM candidate_occurrences WHERE candidate_id IN
      (SELECT id FROM candidates WHERE lang = ? AND mined_at <> ?)`
    ).run(lang, now)
    db.prepare(
      `UPDATE candidates SET freq = 0, docs = 0, score = 0, occurrences_digest = ''
      WHERE lang = ? AND mined_at <> ?`
    ).run(lang, now)
    if (rebuildIndex) db.exec('CREATE INDEX candidate_occurrences_segment ON candidate_occurrences(segment_id)')
    combineGroups(db, lang)
  })()
  return kept
}
