/**
 * Moderation (docs/team.md, "Roles and moderation"): in a moderated team a translator's change waits as a
 * suggestion, which only its author's workspace shows, until a terminologist approves it (it is then applied
 * as the author's change, with the same revision checks as a push) or rejects it with a note.
 */
import { conceptLabel } from '../core/team/fields'
import {
  type DecisionResponse,
  type FieldChange,
  type FieldMap,
  REVIEWING_ROLES,
  type SuggestionInfo
} from '../shared/team-protocol'
import { type Caller, requireRole } from './auth'
import { inTransaction, lockConcepts, type Pool } from './db'
import { HttpError } from './errors'
import { assertSchemaKnown } from './migrate'
import { Batch } from './push'

const STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const

/** Reviewers see every suggestion with the status asked for; anyone else sees their own. */
export async function listSuggestions(
  pool: Pool,
  caller: Caller,
  statusText: string | null
): Promise<SuggestionInfo[]> {
  const status = statusText ?? 'pending'
  if (!(STATUSES as readonly string[]).includes(status)) {
    throw new HttpError('bad-request', `status must be one of ${STATUSES.join(', ')}`)
  }
  const everyone = (REVIEWING_ROLES as readonly string[]).includes(caller.role)
  const rows = (
    await pool.query(
      `SELECT s.id, s.concept_uid, u.name AS author, s.created_at, s.status, s.fields, s.note, c.fields AS current
       FROM suggestions s JOIN users u ON u.id = s.author_id LEFT JOIN concepts c ON c.uid = s.concept_uid
       WHERE s.status = $1 AND ($2 OR s.author_id = $3) ORDER BY s.id LIMIT 5000`,
      [status, everyone, caller.userId]
    )
  ).rows
  return rows.map((r) => {
    const fields = r.fields as FieldChange[]
    const current = (r.current ?? {}) as FieldMap
    const proposed: FieldMap = { ...current }
    for (const f of fields) if (f.value !== null) proposed[f.field] = f.value
    return {
      id: r.id,
      concept: r.concept_uid,
      label: conceptLabel(proposed, r.concept_uid),
      author: r.author,
      createdAt: r.created_at.toISOString(),
      status: r.status,
      fields,
      current: Object.fromEntries(fields.map((f) => [f.field, current[f.field] ?? null])),
      note: r.note
    }
  })
}

export async function decide(
  pool: Pool,
  caller: Caller,
  id: number,
  decision: 'approved' | 'rejected',
  note: string
): Promise<DecisionResponse> {
  requireRole(caller, REVIEWING_ROLES, 'approve or reject suggestions')
  if (note.length > 10_000) throw new HttpError('bad-request', 'A note has at most 10,000 characters')
  return inTransaction(pool, async (client) => {
    await assertSchemaKnown(client)
    // The concept's lock before the suggestion's row, the order a push takes them in (no deadlock).
    const target = (await client.query('SELECT concept_uid FROM suggestions WHERE id = $1', [id])).rows[0]
    if (!target) throw new HttpError('not-found', `No suggestion ${id}`)
    await lockConcepts(client, [target.concept_uid])
    const row = (
      await client.query(
        `SELECT id, change_id, concept_uid, author_id, base_rev, fields, made_at, status FROM suggestions
         WHERE id = $1 FOR UPDATE`,
        [id]
      )
    ).rows[0]
    if (!row) throw new HttpError('not-found', `No suggestion ${id}`)
    if (row.status !== 'pending') throw new HttpError('bad-request', `Suggestion ${id} is ${row.status} already`)
    const batch = new Batch(client, caller)
    await batch.loadConcepts([row.concept_uid])
    let conflicts: DecisionResponse['conflicts'] = []
    if (decision === 'approved') {
      const change = {
        id: row.change_id,
        concept: row.concept_uid,
        baseRev: row.base_rev,
        fields: row.fields as FieldChange[],
        madeAt: row.made_at
      }
      // Checked like a push: a field changed on the server since the suggestion was made keeps the server's value.
      const result = await batch.applyAs(change, row.author_id, caller.userId)
      if (result.status === 'applied') conflicts = result.conflicts
    }
    batch.logDecision({
      uid: row.concept_uid,
      changeId: row.change_id,
      authorId: row.author_id,
      reviewerId: caller.userId,
      madeAt: row.made_at,
      decision,
      note
    })
    await batch.flush()
    await client.query(
      'UPDATE suggestions SET status = $2, decided_by = $3, decided_at = now(), note = $4 WHERE id = $1',
      [id, decision, caller.userId, note]
    )
    return { id, status: decision, conflicts }
  })
}
