/**
 * What the handler (app, browser mode, CLI) does for each team operation. One sync at a time per workspace
 * file in this process: a second call waits for the running one and shares its outcome.
 */
import { randomUUID } from 'node:crypto'

import { describeChange, describeField, describeValue } from '../../core/team/describe'
import { conceptLabel, parseField, withField } from '../../core/team/fields'
import type {
  TeamConflict,
  TeamHistoryEntry,
  TeamStatus,
  TeamSuggestion,
  TeamSyncReport
} from '../../shared/team-models'
import { TEAM_PROTOCOL } from '../../shared/team-protocol'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { editWithHistory } from '../termbase/snapshots'
import { readConceptFields, writeConceptFields } from './concept-fields'
import { conflictCount, getConflict, listConflicts, removeConflict } from './conflicts-repo'
import { getLink, insertLink, updateLinkInfo } from './link-repo'
import { dirtyCount, outboxCounts } from './outbox-repo'
import { requireLink, type SyncOptions, syncWorkspace } from './sync'
import { normalizeServerUrl, TeamClient } from './team-client'
import { TeamError } from './team-errors'
import { teamHistoryOf } from './team-history-repo'

export function teamStatus(db: Db): TeamStatus {
  const link = getLink(db)
  if (!link) {
    return {
      state: 'not-joined',
      url: null,
      teamName: '',
      user: '',
      role: null,
      moderated: false,
      waiting: 0,
      suggested: 0,
      conflicts: 0,
      syncedAt: null,
      lastError: null
    }
  }
  const outbox = outboxCounts(db)
  const waiting = dirtyCount(db) + outbox.pending
  const conflicts = conflictCount(db)
  const error = link.lastError
  const state =
    error?.kind === 'offline'
      ? 'offline'
      : conflicts > 0
        ? 'conflicts'
        : error
          ? 'error'
          : waiting > 0 || link.syncedAt === null
            ? 'waiting'
            : 'synced'
  return {
    state,
    url: link.url,
    teamName: link.teamName,
    user: link.user,
    role: link.role,
    moderated: link.moderated,
    waiting,
    suggested: outbox.suggested,
    conflicts,
    syncedAt: link.syncedAt,
    lastError: error
  }
}

export function clientFor(db: Db): TeamClient {
  const link = requireLink(db)
  return new TeamClient(link.url, link.token, { clientId: link.clientId })
}

/**
 * Joins the team the server belongs to, after the server has accepted the token. A workspace belongs to one
 * team: joining the same team again replaces URL and token (a moved server, a new token after a revocation);
 * another team's server is refused. The concepts already here are offered to the team on the next sync.
 */
export async function joinTeam(db: Db, url: string, token: string, now = new Date()): Promise<TeamStatus> {
  const client = new TeamClient(normalizeServerUrl(url), token.trim())
  const info = await client.info()
  if (info.protocol !== TEAM_PROTOCOL) {
    throw new TeamError('protocol', `The server speaks sync protocol ${info.protocol}, this Shuyu ${TEAM_PROTOCOL}`)
  }
  const link = getLink(db)
  if (link && link.teamId !== info.teamId) {
    throw new TeamError(
      'already-joined',
      `This workspace belongs to team "${link.teamName || link.teamId}" (${link.url}); the server at ${client.url} ` +
        `is team "${info.name || info.teamId}". A workspace syncs with one team: join it in a new workspace (--db FILE)`,
      { ours: link.teamName || link.teamId, theirs: info.name || info.teamId }
    )
  }
  db.transaction(() => {
    const fields = {
      teamName: info.name,
      user: info.user,
      role: info.role,
      moderated: info.moderated,
      serverSeq: info.seq
    }
    if (link) {
      updateLinkInfo(db, { ...fields, url: client.url, token: token.trim() })
      return
    }
    insertLink(db, {
      ...fields,
      url: client.url,
      teamId: info.teamId,
      token: token.trim(),
      clientId: randomUUID(),
      joinedAt: now.toISOString()
    })
    stmt(db, 'INSERT OR IGNORE INTO team_dirty (concept_id) SELECT id FROM concepts WHERE deleted_at IS NULL').run()
  }).immediate()
  return teamStatus(db)
}

const running = new Map<string, Promise<TeamSyncReport & { touched: number[] }>>()

export function syncTeam(db: Db, opts: SyncOptions = {}): Promise<TeamSyncReport & { touched: number[] }> {
  const key = db.name
  const busy = running.get(key)
  if (busy) return busy
  const job = syncWorkspace(db, clientFor(db), opts).finally(() => running.delete(key))
  running.set(key, job)
  return job
}

function labelOf(db: Db, conceptId: number, uid: string): string {
  const fields = readConceptFields(db, conceptId)
  return fields ? conceptLabel(fields, `#${conceptId}`) : uid
}

export function teamConflicts(db: Db): TeamConflict[] {
  return listConflicts(db).map((c) => ({
    id: c.id,
    conceptId: c.conceptId,
    concept: labelOf(db, c.conceptId, c.uid),
    field: c.field,
    fieldLabel: describeField(c.field),
    mergeable: parseField(c.field)?.kind === 'scalar',
    local: c.local,
    remote: c.remote,
    localText: describeValue(c.field, c.local),
    remoteText: describeValue(c.field, c.remote),
    remoteAuthor: c.remoteAuthor,
    reason: c.reason,
    note: c.note,
    at: c.at
  }))
}

/**
 * Resolves a conflict. Keeping mine (or a merge) is an ordinary edit of the concept — undoable, and sent with
 * the next sync as a change based on the team's value, so it applies; keeping theirs only forgets my value.
 */
export function resolveConflict(db: Db, id: number, keep: 'theirs' | 'mine' | 'merged', value?: string): void {
  const conflict = getConflict(db, id)
  if (!conflict) throw new ApiError('not-found', `No conflict ${id}`, { key: 'team.noConflict', params: { id } })
  if (keep === 'theirs') {
    removeConflict(db, id)
    return
  }
  let wanted = conflict.local
  if (keep === 'merged') {
    if (parseField(conflict.field)?.kind !== 'scalar' || typeof value !== 'string') {
      throw new ApiError(
        'invalid-argument',
        'Only a text field (definition, domain, note, source) takes a merged value',
        {
          key: 'team.notMergeable'
        }
      )
    }
    wanted = value
  }
  const fieldLabel = describeField(conflict.field)
  editWithHistory(
    db,
    {
      label: `Keep my value of ${fieldLabel}`,
      labelText: { key: keep === 'mine' ? 'teamKeepMine' : 'teamMerge', params: { field: fieldLabel } },
      conceptIds: [conflict.conceptId]
    },
    () => {
      const fields = readConceptFields(db, conflict.conceptId)
      if (!fields) throw new ApiError('not-found', `No concept ${conflict.conceptId}`)
      const stamp = new Date().toISOString()
      writeConceptFields(db, conflict.conceptId, conflict.uid, withField(fields, conflict.field, wanted), stamp)
      removeConflict(db, id)
      return { result: undefined }
    }
  )
}

export async function teamSuggestions(db: Db): Promise<TeamSuggestion[]> {
  const list = await clientFor(db).suggestions('pending')
  return list.map((s) => ({
    id: s.id,
    concept: s.label,
    author: s.author,
    createdAt: s.createdAt,
    change: describeChange(s.fields),
    fields: s.fields.map((f) => ({
      field: f.field,
      fieldLabel: describeField(f.field),
      proposed: describeValue(f.field, f.value),
      current: describeValue(f.field, s.current[f.field])
    }))
  }))
}

export async function decideSuggestion(
  db: Db,
  id: number,
  decision: 'approve' | 'reject',
  note = ''
): Promise<{ conflicts: number }> {
  const result = await clientFor(db).decide(id, decision, note)
  return { conflicts: result.conflicts.length }
}

export function teamHistory(db: Db, conceptId: number): TeamHistoryEntry[] {
  const uid = stmt(db, 'SELECT uid FROM concepts WHERE id = ?').pluck().get(conceptId) as string | null | undefined
  return uid ? teamHistoryOf(db, uid).map((e) => ({ ...e, fieldLabels: e.fields.map(describeField) })) : []
}
