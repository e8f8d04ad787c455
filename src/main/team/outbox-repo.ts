import type { ChangeRecord, FieldChange } from '../../shared/team-protocol'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** A change waiting for the server ('pending') or for a reviewer ('suggested'). */
export interface OutboxEntry {
  changeId: string
  uid: string
  conceptId: number
  state: 'pending' | 'suggested'
  baseRev: number
  fields: FieldChange[]
  madeAt: string
  sent: number
  suggestion: number | null
}

interface OutboxRow {
  change_id: string
  uid: string
  concept_id: number
  state: 'pending' | 'suggested'
  base_rev: number
  fields: string
  made_at: string
  sent: number
  suggestion: number | null
}

const toEntry = (r: OutboxRow): OutboxEntry => ({
  changeId: r.change_id,
  uid: r.uid,
  conceptId: r.concept_id,
  state: r.state,
  baseRev: r.base_rev,
  fields: JSON.parse(r.fields) as FieldChange[],
  madeAt: r.made_at,
  sent: r.sent,
  suggestion: r.suggestion
})

export function toChangeRecord(e: OutboxEntry): ChangeRecord {
  return { id: e.changeId, concept: e.uid, baseRev: e.baseRev, fields: e.fields, madeAt: e.madeAt }
}

export function addOutbox(db: Db, e: Omit<OutboxEntry, 'sent' | 'suggestion' | 'state'>): void {
  stmt(
    db,
    `INSERT INTO team_outbox (change_id, uid, concept_id, state, base_rev, fields, made_at)
     VALUES (?, ?, ?, 'pending', ?, ?, ?)`
  ).run(e.changeId, e.uid, e.conceptId, e.baseRev, JSON.stringify(e.fields), e.madeAt)
}

/** Pending changes in the order they were made, the oldest first. */
export function pendingOutbox(db: Db, limit: number): OutboxEntry[] {
  return (
    stmt(db, "SELECT * FROM team_outbox WHERE state = 'pending' ORDER BY rowid LIMIT ?").all(limit) as OutboxRow[]
  ).map(toEntry)
}

export function outboxByChange(db: Db, changeId: string): OutboxEntry | null {
  const r = stmt(db, 'SELECT * FROM team_outbox WHERE change_id = ?').get(changeId) as OutboxRow | undefined
  return r ? toEntry(r) : null
}

export function suggestedFor(db: Db, uid: string): OutboxEntry | null {
  const r = stmt(db, "SELECT * FROM team_outbox WHERE uid = ? AND state = 'suggested' ORDER BY rowid DESC LIMIT 1").get(
    uid
  ) as OutboxRow | undefined
  return r ? toEntry(r) : null
}

export function hasPending(db: Db, uid: string): boolean {
  return stmt(db, "SELECT 1 FROM team_outbox WHERE uid = ? AND state = 'pending'").get(uid) !== undefined
}

export function countSent(db: Db, changeIds: string[]): void {
  stmt(db, 'UPDATE team_outbox SET sent = sent + 1 WHERE change_id IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(changeIds)
  )
}

export function removeOutbox(db: Db, changeId: string): void {
  stmt(db, 'DELETE FROM team_outbox WHERE change_id = ?').run(changeId)
}

/** A suggestion replaces the author's earlier one for the concept (the server supersedes it too). */
export function markSuggested(db: Db, changeId: string, uid: string, suggestion: number): void {
  stmt(db, "DELETE FROM team_outbox WHERE uid = ? AND state = 'suggested' AND change_id <> ?").run(uid, changeId)
  stmt(db, "UPDATE team_outbox SET state = 'suggested', suggestion = ? WHERE change_id = ?").run(suggestion, changeId)
}

export function outboxCounts(db: Db): { pending: number; suggested: number } {
  const r = stmt(
    db,
    "SELECT count(*) FILTER (WHERE state = 'pending') AS pending, count(*) FILTER (WHERE state = 'suggested') AS suggested FROM team_outbox"
  ).get() as { pending: number; suggested: number }
  return r
}

/** Concepts changed since the last push that are not yet in the outbox (counted for the status line). */
export function dirtyCount(db: Db): number {
  const ids = stmt(db, 'SELECT count(*) AS n FROM team_dirty').get() as { n: number }
  const ranges = stmt(db, 'SELECT coalesce(sum(to_id - from_id + 1), 0) AS n FROM team_dirty_range').get() as {
    n: number
  }
  return ids.n + ranges.n
}
