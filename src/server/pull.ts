/**
 * A pull: the log after the client's cursor, one page at a time, with the current state of every concept the
 * page names (docs/team.md, "Pull"). A concept named again on a later page comes again; applying a state twice
 * changes nothing, so a pull interrupted anywhere resumes from its last stored cursor. The answer is a
 * PullResponse (shared/team-protocol.ts), serialised here.
 */
import type { LogEntry } from '../shared/team-protocol'
import type { Caller } from './auth'
import type { Pool } from './db'
import { HttpError, RawJson } from './errors'

export const DEFAULT_PULL_LIMIT = 1000
export const MAX_PULL_LIMIT = 5000

/** The newest sequence number committed: every number below it is committed too (lockWriters). */
export async function committedSeq(pool: Pool): Promise<number> {
  return (await pool.query('SELECT coalesce(max(seq), 0) AS seq FROM log')).rows[0].seq
}

export async function pull(
  pool: Pool,
  caller: Caller,
  afterText: string | null,
  limitText: string | null,
  client = ''
): Promise<RawJson> {
  const after = afterText === null ? 0 : Number(afterText)
  const limit = limitText === null ? DEFAULT_PULL_LIMIT : Number(limitText)
  if (!Number.isSafeInteger(after) || after < 0) throw new HttpError('bad-request', 'after must be a sequence number')
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PULL_LIMIT) {
    throw new HttpError('bad-request', `limit must be 1 to ${MAX_PULL_LIMIT}`)
  }
  // Read the high-water mark first: rows up to it are all committed, so the cursor may move to it even
  // when the page holds none of them (decisions on other people's suggestions are not sent).
  const high = await committedSeq(pool)
  const rows = (
    await pool.query(
      `SELECT l.seq, l.kind, l.concept_uid, l.rev, a.name AS author, r.name AS reviewer, l.at,
         ARRAY(SELECT jsonb_object_keys(l.fields)) AS fields, l.change_id, l.decision, l.note, l.client_id
       FROM log l JOIN users a ON a.id = l.author_id LEFT JOIN users r ON r.id = l.reviewer_id
       WHERE l.seq > $1 AND l.seq <= $2 AND (l.kind = 'change' OR l.author_id = $3)
       ORDER BY l.seq LIMIT $4`,
      [after, high, caller.userId, limit]
    )
  ).rows
  const entries: LogEntry[] = rows.map((r) => ({
    seq: r.seq,
    kind: r.kind,
    concept: r.concept_uid,
    rev: r.rev,
    author: r.author,
    reviewer: r.reviewer,
    at: r.at.toISOString(),
    fields: r.fields,
    change: r.change_id,
    decision: r.decision,
    note: r.note
  }))
  // A concept whose entries on this page are all changes this very workspace pushed (and the server applied
  // as pushed) is not sent back: its answers already gave the workspace those revisions, and every earlier
  // change by others came on earlier pages. Its entries still come, for the history.
  const fromElsewhere = new Set<string>()
  rows.forEach((r, i) => {
    if (entries[i].kind === 'change' && (client === '' || r.client_id !== client)) fromElsewhere.add(r.concept_uid)
  })
  const uids = [...fromElsewhere]
  // States go out as PostgreSQL stores them: the jsonb text is spliced into the answer, not parsed into objects
  // and serialised again (half the server's work when a new workspace pulls 100,000 concepts).
  const states =
    uids.length === 0
      ? []
      : (
          await pool.query(
            'SELECT uid, rev, fields::text AS fields, field_revs::text AS field_revs FROM concepts WHERE uid = ANY($1)',
            [uids]
          )
        ).rows.map(
          (r) => `{"concept":${JSON.stringify(r.uid)},"rev":${r.rev},"fields":${r.fields},"fieldRevs":${r.field_revs}}`
        )
  const more = entries.length === limit
  const next = more ? entries[entries.length - 1].seq : Math.max(after, high)
  return new RawJson(
    `{"entries":${JSON.stringify(entries)},"concepts":[${states.join(',')}],"next":${next},"more":${more}}`
  )
}
