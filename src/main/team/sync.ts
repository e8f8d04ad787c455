/**
 * One sync of a workspace with its team (docs/team.md, "A sync"): resend what an earlier sync left unanswered
 * (same change ids: the server applies each once), seal new local changes, push them in batches, pull the
 * team's log page by page. Each step commits locally before the next network call, so a sync cut off anywhere
 * loses nothing and the next one resumes where this one stopped.
 */
import { sameValue } from '../../core/team/fields'
import type { ChangeResult, LogEntry, PullResponse } from '../../shared/team-protocol'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { applyRemote } from './apply-remote'
import { readConceptFields, writeConceptFields } from './concept-fields'
import { addConflict, conflictCount } from './conflicts-repo'
import { getLink, recordSyncOutcome, setPulledSeq, type TeamLink, updateLinkInfo } from './link-repo'
import {
  countSent,
  dirtyCount,
  markSuggested,
  outboxByChange,
  outboxCounts,
  type OutboxEntry,
  pendingOutbox,
  removeOutbox,
  toChangeRecord
} from './outbox-repo'
import { sealChanges } from './seal'
import { getShadow, putShadow } from './shadow-repo'
import type { TeamClient } from './team-client'
import { TeamError } from './team-errors'
import { addTeamHistory } from './team-history-repo'

export interface SyncReport {
  /** Changes the server answered in this sync (applied, made suggestions, or refused). */
  pushed: number
  /** Concepts of this workspace the team's changes updated. */
  pulled: number
  /** Conflicts this sync added (the server's value stood; the local value waits in the Conflicts list). */
  conflicts: number
  /** Local changes not sent because this member may not write (a viewer). */
  held: number
  /** Concept ids that changed here (for the search index). */
  touched: number[]
}

export interface SyncOptions {
  /** The workspace's clock: stamps only (what the user sees); order always comes from the server's log. */
  now?: () => Date
  pushBatch?: number
  pullPage?: number
  /** Called after each pulled page: done = log number reached, total = the server's newest. */
  progress?: (done: number, total: number) => void
}

const PUSH_BATCH = 500
const PULL_PAGE = 2000

export async function syncWorkspace(db: Db, client: TeamClient, opts: SyncOptions = {}): Promise<SyncReport> {
  const now = () => (opts.now?.() ?? new Date()).toISOString()
  const link = requireLink(db)
  const report: SyncReport = { pushed: 0, pulled: 0, conflicts: 0, held: 0, touched: [] }
  const conflictsBefore = conflictCount(db)
  try {
    const info = await client.info().catch(async (error: unknown) => {
      // A token this server does not know may mean the address now reaches another team's server.
      if (error instanceof TeamError && (error.kind === 'unauthorized' || error.kind === 'revoked')) {
        const health = await client.health().catch(() => null)
        if (health?.teamId && health.teamId !== link.teamId) throw mismatch(link, client.url, '', health.teamId)
      }
      throw error
    })
    if (info.teamId !== link.teamId) throw mismatch(link, client.url, info.name, info.teamId)
    updateLinkInfo(db, {
      teamName: info.name,
      user: info.user,
      role: info.role,
      moderated: info.moderated,
      serverSeq: info.seq
    })
    if (info.role === 'viewer') {
      report.held = dirtyCount(db) + outboxCounts(db).pending
    } else {
      // First what an earlier sync sent without hearing back; only then new changes, sealed on a settled base,
      // a slice at a time (each slice is pushed before the next is sealed).
      report.pushed += await pushPending(db, client, now, opts.pushBatch ?? PUSH_BATCH, report)
      while (sealChanges(db, now()).looked > 0) {
        report.pushed += await pushPending(db, client, now, opts.pushBatch ?? PUSH_BATCH, report)
      }
    }
    await pullAll(db, client, now, opts, report)
    recordSyncOutcome(db, now(), null)
  } catch (error) {
    const kind = error instanceof TeamError ? error.kind : 'server'
    recordSyncOutcome(db, null, { kind, message: (error as Error).message, at: now() })
    if (error instanceof TeamError && error.kind !== 'mismatch') {
      const waiting = dirtyCount(db) + outboxCounts(db).pending
      error.message += `. ${waiting} local change${waiting === 1 ? '' : 's'} kept in this workspace for the next sync`
      error.params.waiting = waiting
    }
    throw error
  }
  report.conflicts = Math.max(0, conflictCount(db) - conflictsBefore)
  report.touched = [...new Set(report.touched)]
  return report
}

export function requireLink(db: Db): TeamLink {
  const link = getLink(db)
  if (!link) {
    throw new TeamError('not-joined', 'This workspace has not joined a team (shuyu team join URL --token T)')
  }
  return link
}

function mismatch(link: TeamLink, url: string, name: string, teamId: string): TeamError {
  return new TeamError(
    'mismatch',
    `The server at ${url} belongs to another team ("${name || teamId}", ${teamId}) than this workspace ` +
      `("${link.teamName || link.teamId}", ${link.teamId}); nothing was sent or received. Join that team in a new ` +
      'workspace (--db FILE), or point this one back at its own server',
    { url, theirs: name || teamId, ours: link.teamName || link.teamId }
  )
}

async function pushPending(
  db: Db,
  client: TeamClient,
  now: () => string,
  batchSize: number,
  report: SyncReport
): Promise<number> {
  let answered = 0
  for (;;) {
    const batch = pendingOutbox(db, batchSize)
    if (batch.length === 0) return answered
    countSent(
      db,
      batch.map((e) => e.changeId)
    )
    const response = await client.push(batch.map(toChangeRecord))
    db.transaction(() => {
      const stamp = now()
      for (const result of response.results) {
        const entry = outboxByChange(db, result.id)
        if (entry?.state === 'pending') settle(db, entry, result, stamp, report)
      }
    }).immediate()
    answered += response.results.length
    // A server that answered none of them would make this loop forever.
    if (batch.every((e) => outboxByChange(db, e.changeId)?.state === 'pending')) {
      throw new TeamError('server', `The team server at ${client.url} answered the push without results`)
    }
  }
}

/** Takes the server's answer to one change into the workspace. */
function settle(db: Db, entry: OutboxEntry, result: ChangeResult, stamp: string, report: SyncReport): void {
  if (result.status === 'suggested') {
    markSuggested(db, entry.changeId, entry.uid, result.suggestion)
    return
  }
  removeOutbox(db, entry.changeId)
  if (result.status === 'refused') {
    // Never dropped: the local values go to the Conflicts list, the concept back to the team's version.
    revertToShadow(db, entry, stamp, 'refused', result.reason, report)
    return
  }
  // Accepted fields: the server holds our value now, which becomes the base. The concept itself is not
  // touched: an edit made here since this change was sealed stays, and goes out with the next one.
  const shadow = getShadow(db, entry.uid) ?? {
    uid: entry.uid,
    conceptId: entry.conceptId,
    rev: result.rev,
    fields: {},
    fieldRevs: {}
  }
  const fields = { ...shadow.fields }
  const fieldRevs = { ...shadow.fieldRevs }
  for (const f of entry.fields) {
    const rev = result.applied[f.field]
    if (rev === undefined) continue
    if (f.value === null) delete fields[f.field]
    else fields[f.field] = f.value
    fieldRevs[f.field] = rev
  }
  // An order-only difference the server kept its way (`kept`): the server's order is the team's, so it must
  // replace ours. Taking our value as the base makes the three-way merge below take theirs; with the old base
  // it could keep ours as "on its way" although the server had just declined it, and the workspaces never
  // agreed on term order again (the 8-client convergence test, under load).
  const local = result.kept?.length ? readConceptFields(db, entry.conceptId) : null
  for (const c of result.kept ?? []) {
    const mine = local?.[c.field]
    if (mine === undefined) delete fields[c.field]
    else fields[c.field] = mine
  }
  putShadow(db, { ...shadow, fields, fieldRevs })
  // Conflicts, and order-only differences (which applyRemote settles the server's way without a conflict).
  for (const c of [...result.conflicts, ...(result.kept ?? [])]) {
    const outcome = applyRemote(
      db,
      {
        uid: entry.uid,
        fields: c.remote === null ? {} : { [c.field]: c.remote },
        fieldRevs: { [c.field]: c.remoteRev },
        keys: [c.field],
        rev: shadow.rev,
        author: c.remoteAuthor,
        conceptId: entry.conceptId
      },
      stamp
    )
    if (outcome.changed && outcome.conceptId !== null) report.touched.push(outcome.conceptId)
  }
}

/** The concept's fields of `entry` go back to the team's values; the local values become conflicts. */
function revertToShadow(
  db: Db,
  entry: OutboxEntry,
  stamp: string,
  reason: 'refused' | 'rejected',
  note: string,
  report: SyncReport,
  author = ''
): void {
  const shadow = getShadow(db, entry.uid)
  const conceptId =
    (stmt(db, 'SELECT id FROM concepts WHERE uid = ?').pluck().get(entry.uid) as number | undefined) ?? null
  const local = conceptId === null ? null : readConceptFields(db, conceptId)
  if (conceptId === null || local === null) return
  if (!shadow) {
    // A concept the team never had (a refused or rejected new concept): one conflict says so, and it is deleted
    // here. Keeping mine brings it back, and the next sync offers it again.
    addConflict(db, {
      uid: entry.uid,
      conceptId,
      field: 'deleted',
      local: false,
      remote: true,
      remoteAuthor: author,
      reason,
      note,
      at: stamp
    })
    if (local.deleted !== true) {
      writeConceptFields(db, conceptId, entry.uid, { ...local, deleted: true }, stamp)
      report.touched.push(conceptId)
    }
    return
  }
  let next = { ...local }
  for (const f of entry.fields) {
    const theirs = shadow.fields[f.field]
    addConflict(db, {
      uid: entry.uid,
      conceptId,
      field: f.field,
      local: f.value,
      remote: theirs ?? null,
      remoteAuthor: author,
      reason,
      note,
      at: stamp
    })
    // Only where the field still holds what was sent: a later edit here is newer than the refusal.
    if (!sameValue(local[f.field], f.value)) continue
    if (theirs === undefined) delete next[f.field]
    else next = { ...next, [f.field]: theirs }
  }
  if (!sameValue(next, local)) {
    writeConceptFields(db, conceptId, entry.uid, next, stamp)
    report.touched.push(conceptId)
  }
}

async function pullAll(
  db: Db,
  client: TeamClient,
  now: () => string,
  opts: SyncOptions,
  report: SyncReport
): Promise<void> {
  const limit = opts.pullPage ?? PULL_PAGE
  let next: Promise<PullResponse> = client.pull(requireLink(db).pulledSeq, limit)
  for (;;) {
    const page = await next
    // The next page travels while this one is written (writing is CPU here, fetching is waiting): a first
    // sync of a large term base takes the longer of the two, not their sum. The cursor only moves as each
    // page commits, so a sync cut off here resumes after the last page written.
    if (page.more) next = client.pull(page.next, limit)
    try {
      db.transaction(() => applyPage(db, page, now(), report)).immediate()
    } catch (error) {
      if (page.more) next.catch(() => {})
      throw error
    }
    opts.progress?.(page.next, Math.max(page.next, requireLink(db).serverSeq))
    if (!page.more) return
  }
}

function applyPage(db: Db, page: PullResponse, stamp: string, report: SyncReport): void {
  const authors = new Map<string, string>()
  for (const e of page.entries) if (e.kind === 'change') authors.set(e.concept, e.author)
  for (const state of page.concepts) {
    const outcome = applyRemote(
      db,
      {
        uid: state.concept,
        fields: state.fields,
        fieldRevs: state.fieldRevs,
        keys: 'all',
        rev: state.rev,
        author: authors.get(state.concept) ?? ''
      },
      stamp
    )
    if (outcome.changed && outcome.conceptId !== null) {
      report.pulled++
      report.touched.push(outcome.conceptId)
    }
  }
  for (const entry of page.entries) {
    addTeamHistory(db, entry)
    if (entry.kind === 'decision') decided(db, entry, stamp, report)
  }
  setPulledSeq(db, page.next)
}

/** A reviewer decided on one of this workspace's suggestions. */
function decided(db: Db, entry: LogEntry, stamp: string, report: SyncReport): void {
  const suggestion = entry.change ? outboxByChange(db, entry.change) : null
  if (!suggestion) return
  removeOutbox(db, suggestion.changeId)
  if (entry.decision === 'rejected') {
    revertToShadow(db, suggestion, stamp, 'rejected', entry.note, report, entry.reviewer ?? '')
  }
}
