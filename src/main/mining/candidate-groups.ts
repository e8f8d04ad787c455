import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/**
 * Candidates merged into another one (status 'merged', merged_into = the target) form a group whose
 * figures, variants and contexts are the target's. Only a group's root (a candidate not merged itself)
 * holds the group's combined figures; every member keeps its own, so re-mining can recompute the
 * root's from scratch (store-candidates.ts) and a later merge can add to them.
 */

/** Every member of a root's group, however deep (merges made before groups were flat chain). */
const MEMBERS = `WITH RECURSIVE members(id) AS (
    SELECT id FROM candidates WHERE merged_into = ? AND status = 'merged'
    UNION SELECT c.id FROM candidates c JOIN members m ON c.merged_into = m.id WHERE c.status = 'merged'
  )`

export interface Member {
  id: number
  term: string
  freq: number
  docs: number
  variants: string
}

export function groupMembers(db: Db, rootId: number): Member[] {
  return stmt(
    db,
    `${MEMBERS} SELECT c.id, c.term, c.freq, c.docs, c.variants FROM candidates c
    WHERE c.id IN (SELECT id FROM members) AND c.id <> ?`
  ).all(rootId, rootId) as Member[]
}

/** A WITH clause defining `members(id)` for the root id bound to its one parameter (for contexts). */
export function membersCte(): string {
  return MEMBERS
}

/** Roots that have members: the candidates whose figures re-mining must combine. */
export function groupRoots(db: Db): number[] {
  return (
    stmt(
      db,
      `SELECT DISTINCT t.id FROM candidates m JOIN candidates t ON t.id = m.merged_into
    WHERE m.status = 'merged' AND t.status <> 'merged'`
    ).all() as { id: number }[]
  ).map((r) => r.id)
}

export interface GroupFigures {
  freq: number
  docs: number
  variants: string[]
}

/**
 * A root's combined figures from its own (`own`) and its members' stored ones. Frequencies add up (the
 * members are other word sequences, so no occurrence counts twice). Documents: the distinct documents of
 * the stored occurrences when every list is complete (a candidate stores its first occurrences only,
 * see MineOptions.maxOccurrences); else at least the largest count and the distinct documents stored.
 * Variants: the root's, then each member's term and variants, without repeats.
 */
export function groupFigures(
  db: Db,
  rootId: number,
  own: { freq: number; docs: number; variants: string[] }
): GroupFigures {
  const members = groupMembers(db, rootId)
  const ids = [rootId, ...members.map((m) => m.id)]
  const stored = new Map<number, number>()
  const docs = new Set<number>()
  const occurrences = stmt(
    db,
    `SELECT s.document_id AS doc FROM candidate_occurrences o
    JOIN segments s ON s.id = o.segment_id JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
    WHERE o.candidate_id = ?`
  )
  for (const id of ids) {
    const rows = occurrences.all(id) as { doc: number }[]
    stored.set(id, rows.length)
    for (const r of rows) docs.add(r.doc)
  }
  const complete = stored.get(rootId) === own.freq && members.every((m) => stored.get(m.id) === m.freq)
  const variants = new Set(own.variants)
  for (const m of members) for (const v of [m.term, ...(JSON.parse(m.variants) as string[])]) variants.add(v)
  return {
    freq: own.freq + members.reduce((sum, m) => sum + m.freq, 0),
    docs: complete ? docs.size : Math.max(own.docs, docs.size, ...members.map((m) => m.docs)),
    variants: [...variants]
  }
}

/** Writes a root's combined figures. */
export function storeGroupFigures(db: Db, rootId: number, figures: GroupFigures): void {
  stmt(db, 'UPDATE candidates SET freq = ?, docs = ?, variants = ? WHERE id = ?').run(
    figures.freq,
    figures.docs,
    JSON.stringify(figures.variants),
    rootId
  )
}
