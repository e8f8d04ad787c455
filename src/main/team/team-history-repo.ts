import type { LogEntry } from '../../shared/team-protocol'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** One entry of a concept's team history: who changed what, when (server time). */
export interface TeamHistoryRecord {
  seq: number
  kind: 'change' | 'decision'
  author: string
  reviewer: string | null
  at: string
  fields: string[]
  decision: 'approved' | 'rejected' | null
  note: string
}

export function addTeamHistory(db: Db, e: LogEntry): void {
  stmt(
    db,
    `INSERT OR IGNORE INTO team_history (seq, uid, kind, author, reviewer, at, fields, decision, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(e.seq, e.concept, e.kind, e.author, e.reviewer, e.at, JSON.stringify(e.fields), e.decision, e.note)
}

export function teamHistoryOf(db: Db, uid: string, limit = 200): TeamHistoryRecord[] {
  const rows = stmt(db, 'SELECT * FROM team_history WHERE uid = ? ORDER BY seq DESC LIMIT ?').all(uid, limit) as {
    seq: number
    kind: 'change' | 'decision'
    author: string
    reviewer: string | null
    at: string
    fields: string
    decision: 'approved' | 'rejected' | null
    note: string
  }[]
  return rows.map((r) => ({ ...r, fields: JSON.parse(r.fields) as string[] }))
}
