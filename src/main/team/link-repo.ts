import type { TeamRole } from '../../shared/team-protocol'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** Which team this workspace belongs to, as team/join stored it. */
export interface TeamLink {
  url: string
  teamId: string
  teamName: string
  user: string
  role: TeamRole
  moderated: boolean
  token: string
  /** This workspace's id to the server, so a pull does not bring back the concepts it just pushed. */
  clientId: string
  pulledSeq: number
  serverSeq: number
  joinedAt: string
  syncedAt: string | null
  lastError: SyncErrorRecord | null
}

/** The last sync's failure, kept for the status line. */
export interface SyncErrorRecord {
  kind: string
  message: string
  at: string
}

interface LinkRow {
  url: string
  team_id: string
  team_name: string
  user_name: string
  role: TeamRole
  moderated: number
  token: string
  client_id: string
  pulled_seq: number
  server_seq: number
  joined_at: string
  synced_at: string | null
  last_error: string | null
}

export function getLink(db: Db): TeamLink | null {
  const r = stmt(db, 'SELECT * FROM team_link WHERE id = 1').get() as LinkRow | undefined
  if (!r) return null
  return {
    url: r.url,
    teamId: r.team_id,
    teamName: r.team_name,
    user: r.user_name,
    role: r.role,
    moderated: r.moderated === 1,
    token: r.token,
    clientId: r.client_id,
    pulledSeq: r.pulled_seq,
    serverSeq: r.server_seq,
    joinedAt: r.joined_at,
    syncedAt: r.synced_at,
    lastError: r.last_error ? (JSON.parse(r.last_error) as SyncErrorRecord) : null
  }
}

export function insertLink(db: Db, link: Omit<TeamLink, 'pulledSeq' | 'syncedAt' | 'lastError'>): void {
  stmt(
    db,
    `INSERT INTO team_link (id, url, team_id, team_name, user_name, role, moderated, token, client_id, server_seq,
       joined_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    link.url,
    link.teamId,
    link.teamName,
    link.user,
    link.role,
    link.moderated ? 1 : 0,
    link.token,
    link.clientId,
    link.serverSeq,
    link.joinedAt
  )
}

/** What the server said about the team and the caller (on join and at the start of each sync). */
export function updateLinkInfo(
  db: Db,
  info: {
    url?: string
    token?: string
    teamName: string
    user: string
    role: TeamRole
    moderated: boolean
    serverSeq: number
  }
): void {
  stmt(
    db,
    `UPDATE team_link SET url = coalesce(?, url), token = coalesce(?, token), team_name = ?, user_name = ?, role = ?,
       moderated = ?, server_seq = ? WHERE id = 1`
  ).run(
    info.url ?? null,
    info.token ?? null,
    info.teamName,
    info.user,
    info.role,
    info.moderated ? 1 : 0,
    info.serverSeq
  )
}

export function setPulledSeq(db: Db, seq: number): void {
  stmt(db, 'UPDATE team_link SET pulled_seq = ? WHERE id = 1').run(seq)
}

export function recordSyncOutcome(db: Db, syncedAt: string | null, error: SyncErrorRecord | null): void {
  if (error) stmt(db, 'UPDATE team_link SET last_error = ? WHERE id = 1').run(JSON.stringify(error))
  else stmt(db, 'UPDATE team_link SET synced_at = ?, last_error = NULL WHERE id = 1').run(syncedAt)
}
