/** What the app and the CLI see of the team sync (contract: shared/api/team.ts; wire: shared/team-protocol.ts). */
import type { FieldValue, TeamRole } from './team-protocol'

/** The status line: synced / n changes waiting / offline / n conflicts. */
export type TeamSyncState = 'not-joined' | 'synced' | 'waiting' | 'offline' | 'conflicts' | 'error'

export interface TeamStatus {
  state: TeamSyncState
  url: string | null
  teamName: string
  user: string
  role: TeamRole | null
  moderated: boolean
  /** Local changes the server has not accepted yet (not sent, or sent without an answer). */
  waiting: number
  /** This member's suggestions waiting for a terminologist. */
  suggested: number
  conflicts: number
  syncedAt: string | null
  lastError: { kind: string; message: string; at: string } | null
}

export interface TeamSyncReport {
  pushed: number
  pulled: number
  conflicts: number
  /** Local changes kept back because this member reads only (viewer). */
  held: number
}

/** A field where the team's value won over this workspace's: resolve by keeping theirs, mine, or a merge. */
export interface TeamConflict {
  id: number
  conceptId: number
  /** The concept's name (its first English term). */
  concept: string
  field: string
  /** The field in words: definition, term en "…", example "…". */
  fieldLabel: string
  /** Only text fields (definition, domain, note, source) can be merged by hand. */
  mergeable: boolean
  local: FieldValue | null
  remote: FieldValue | null
  localText: string
  remoteText: string
  remoteAuthor: string
  /** conflict: both changed it; rejected: a reviewer rejected this suggestion; refused: the server refused it. */
  reason: 'conflict' | 'rejected' | 'refused'
  note: string
  at: string
}

export interface TeamSuggestion {
  id: number
  concept: string
  author: string
  createdAt: string
  /** The change in words (describeChange). */
  change: string
  fields: { field: string; fieldLabel: string; proposed: string; current: string }[]
}

export interface TeamHistoryEntry {
  seq: number
  kind: 'change' | 'decision'
  author: string
  reviewer: string | null
  at: string
  fields: string[]
  /** The fields in words (definition, term en "…"). */
  fieldLabels: string[]
  decision: 'approved' | 'rejected' | null
  note: string
}
