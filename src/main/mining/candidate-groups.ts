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

/** A stored occurrence: its segment and span (in live documents only). */
interface Place {
  seg: number
  start: number
  end: number
}

const PLACES = `SELECT o.segment_id AS seg, o.start, o.end FROM candidate_occurrences o
    JOIN segments s ON s.id = o.segment_id JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
    WHERE o.candidate_id = ?`

/**
 * Distinct occurrences among stored places: spans in one segment that overlap are one occurrence
 * ("new quality productive forces" and the "productive forces" inside it are found at one place).
 */
export function distinctPlaces(places: Place[]): number {
  const sorted = [...places].sort((a, b) => a.seg - b.seg || a.start - b.start)
  let n = 0
  let seg = -1
  let end = -1
  for (const p of sorted) {
    if (p.seg !== seg || p.start >= end) {
      n++
      seg = p.seg
      end = p.end
    } else end = Math.max(end, p.end)
  }
  return n
}

interface GroupPlaces {
  /** Stored places per candidate of the group (root first). */
  stored: Map<number, number>
  /** Distinct occurrences among all the group's stored places. */
  distinct: number
  /** Distinct documents among them. */
  docs: number
}

function groupPlaces(db: Db, ids: number[]): GroupPlaces {
  const stored = new Map<number, number>()
  const all: Place[] = []
  const docs = new Set<number>()
  const query = stmt(db, PLACES)
  const docOf = stmt(db, 'SELECT document_id AS doc FROM segments WHERE id = ?')
  const segDocs = new Map<number, number>()
  for (const id of ids) {
    const rows = query.all(id) as Place[]
    stored.set(id, rows.length)
    for (const r of rows) {
      all.push(r)
      let doc = segDocs.get(r.seg)
      if (doc === undefined) {
        doc = (docOf.get(r.seg) as { doc: number }).doc
        segDocs.set(r.seg, doc)
      }
      docs.add(doc)
    }
  }
  return { stored, distinct: distinctPlaces(all), docs: docs.size }
}

/**
 * A root's combined figures from its own (`own`) and its members' stored ones. Frequency: the distinct
 * occurrences among the group's stored places (overlapping fragments of one place count once, issue
 * #15), plus the occurrences no list holds (a candidate stores its first occurrences only, see
 * MineOptions.maxOccurrences: freq − stored, for each). Documents: the distinct documents of the stored
 * occurrences when every list is complete; else at least the largest count and the distinct documents
 * stored. Variants: the root's, then each member's term and variants, without repeats.
 */
export function groupFigures(
  db: Db,
  rootId: number,
  own: { freq: number; docs: number; variants: string[] }
): GroupFigures {
  const members = groupMembers(db, rootId)
  const places = groupPlaces(db, [rootId, ...members.map((m) => m.id)])
  const unstored = (freq: number, id: number): number => Math.max(0, freq - (places.stored.get(id) ?? 0))
  const complete = unstored(own.freq, rootId) === 0 && members.every((m) => unstored(m.freq, m.id) === 0)
  const variants = new Set(own.variants)
  for (const m of members) for (const v of [m.term, ...(JSON.parse(m.variants) as string[])]) variants.add(v)
  return {
    freq: places.distinct + unstored(own.freq, rootId) + members.reduce((sum, m) => sum + unstored(m.freq, m.id), 0),
    docs: complete ? places.docs : Math.max(own.docs, places.docs, ...members.map((m) => m.docs)),
    variants: [...variants]
  }
}

/**
 * A root's own frequency, recovered from its stored group frequency: the inverse of groupFigures (the
 * stored places have not changed since it ran: only re-mining changes them, and it rewrites both).
 */
export function ownFrequency(db: Db, rootId: number, groupFreq: number): number {
  const members = groupMembers(db, rootId)
  if (members.length === 0) return groupFreq
  const places = groupPlaces(db, [rootId, ...members.map((m) => m.id)])
  const membersUnstored = members.reduce((sum, m) => sum + Math.max(0, m.freq - (places.stored.get(m.id) ?? 0)), 0)
  const rootUnstored = Math.max(0, groupFreq - places.distinct - membersUnstored)
  return (places.stored.get(rootId) ?? 0) + rootUnstored
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
