import type { TeamConflict, TeamHistoryEntry, TeamStatus, TeamSuggestion, TeamSyncReport } from '../team-models'

/** The shared team term base (docs/team.md): join, sync, conflicts and moderation. */
export interface TeamApi {
  'team/status': (arg: Record<string, never>) => Promise<TeamStatus>
  /** Joins this workspace to a team server with a member's API token (checked with the server first). */
  'team/join': (arg: { url: string; token: string }) => Promise<TeamStatus>
  /** Pushes local changes and pulls the team's; fails with a clear reason when offline, nothing lost. */
  'team/sync': (arg: { jobId?: string }) => Promise<TeamSyncReport>
  'team/conflicts': (arg: Record<string, never>) => Promise<TeamConflict[]>
  /** theirs: drop my value; mine: make my value the next change; merged: a hand-merged text. */
  'team/resolve': (arg: { id: number; keep: 'theirs' | 'mine' | 'merged'; value?: string }) => Promise<{ ok: true }>
  /** Pending suggestions: every one for a terminologist, one's own for a translator (online). */
  'team/suggestions': (arg: Record<string, never>) => Promise<TeamSuggestion[]>
  'team/approve': (arg: { id: number }) => Promise<{ conflicts: number }>
  'team/reject': (arg: { id: number; note?: string }) => Promise<{ ok: true }>
  /** The team's history of a concept: who changed which fields, when (server time). */
  'team/history': (arg: { conceptId: number }) => Promise<TeamHistoryEntry[]>
}
