import type { FieldValue } from '../../shared/team-protocol'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

export type ConflictReason = 'conflict' | 'rejected' | 'refused'

/** A field where the server's value won over this workspace's: the local value waits here for the user. */
export interface ConflictRecord {
  id: number
  uid: string
  conceptId: number
  field: string
  local: FieldValue | null
  remote: FieldValue | null
  remoteAuthor: string
  reason: ConflictReason
  note: string
  at: string
}

interface ConflictRow {
  id: number
  uid: string
  concept_id: number
  field: string
  local: string | null
  remote: string | null
  remote_author: string
  reason: ConflictReason
  note: string
  at: string
}

const parse = (json: string | null): FieldValue | null => (json === null ? null : (JSON.parse(json) as FieldValue))

const toRecord = (r: ConflictRow): ConflictRecord => ({
  id: r.id,
  uid: r.uid,
  conceptId: r.concept_id,
  field: r.field,
  local: parse(r.local),
  remote: parse(r.remote),
  remoteAuthor: r.remote_author,
  reason: r.reason,
  note: r.note,
  at: r.at
})

/**
 * Records a conflict. The same local value of the same field already waiting (a suggestion overtaken by a team
 * change, then rejected) is one conflict: its record is brought up to date instead.
 */
export function addConflict(db: Db, c: Omit<ConflictRecord, 'id'>): void {
  const local = c.local === null ? null : JSON.stringify(c.local)
  const remote = c.remote === null ? null : JSON.stringify(c.remote)
  const same = stmt(db, 'SELECT id FROM team_conflicts WHERE uid = ? AND field = ? AND local IS ?').get(
    c.uid,
    c.field,
    local
  ) as { id: number } | undefined
  if (same) {
    stmt(
      db,
      'UPDATE team_conflicts SET remote = ?, remote_author = ?, reason = ?, note = ?, at = ?, concept_id = ? WHERE id = ?'
    ).run(remote, c.remoteAuthor, c.reason, c.note, c.at, c.conceptId, same.id)
    return
  }
  stmt(
    db,
    `INSERT INTO team_conflicts (uid, concept_id, field, local, remote, remote_author, reason, note, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(c.uid, c.conceptId, c.field, local, remote, c.remoteAuthor, c.reason, c.note, c.at)
}

export function listConflicts(db: Db): ConflictRecord[] {
  return (stmt(db, 'SELECT * FROM team_conflicts ORDER BY id').all() as ConflictRow[]).map(toRecord)
}

export function getConflict(db: Db, id: number): ConflictRecord | null {
  const r = stmt(db, 'SELECT * FROM team_conflicts WHERE id = ?').get(id) as ConflictRow | undefined
  return r ? toRecord(r) : null
}

export function removeConflict(db: Db, id: number): void {
  stmt(db, 'DELETE FROM team_conflicts WHERE id = ?').run(id)
}

export function conflictCount(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM team_conflicts').get() as { n: number }).n
}
