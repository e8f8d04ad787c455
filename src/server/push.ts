/**
 * A push: a batch of concept-level changes applied in one transaction (docs/team.md, "Push"). Each change is
 * checked field by field against the revisions it was based on (core/team/merge.ts); its outcome is kept as
 * a receipt under its id, so a batch sent again after a lost reply applies nothing twice.
 */
import { applyChange, type StoredConcept } from '../core/team/merge'
import { changeProblem } from '../core/team/validate'
import {
  type ChangeRecord,
  type ChangeResult,
  type FieldConflict,
  type PushResponse,
  WRITING_ROLES
} from '../shared/team-protocol'
import { type Caller, requireRole } from './auth'
import { type Client, inTransaction, lockConcepts, lockWriters, type Pool } from './db'
import { HttpError } from './errors'
import { assertSchemaKnown } from './migrate'

export const MAX_CHANGES_PER_PUSH = 1000

interface ConceptWrite {
  uid: string
  state: StoredConcept
  /** Index of its last row in the batch's log writes (which gets the concept's sequence number). */
  log: number
  createdBy: number
  modifiedBy: number
}

export interface LogWrite {
  kind: 'change' | 'decision'
  uid: string
  rev: number | null
  changeId: string
  authorId: number
  reviewerId: number | null
  madeAt: string
  clientId: string
  fields: Record<string, unknown>
  decision: 'approved' | 'rejected' | null
  note: string
}

/** A workspace's id as it sends it (Shuyu-Client header); '' when absent or malformed. */
export function clientId(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(header) ? header : ''
}

export async function push(pool: Pool, caller: Caller, body: unknown, client = ''): Promise<PushResponse> {
  requireRole(caller, WRITING_ROLES, 'change the team term base (viewers read only)')
  const changes = (body as { changes?: unknown } | null)?.changes
  if (!Array.isArray(changes)) throw new HttpError('bad-request', 'A push is {"changes": [...]}')
  if (changes.length > MAX_CHANGES_PER_PUSH) {
    throw new HttpError('too-large', `A push carries at most ${MAX_CHANGES_PER_PUSH} changes`)
  }
  return inTransaction(pool, async (db) => {
    await assertSchemaKnown(db)
    const batch = new Batch(db, caller, client)
    await batch.load(changes)
    const results: ChangeResult[] = []
    for (const change of changes) results.push(await batch.apply(change))
    await batch.flush()
    return { results }
  })
}

/** The state of one push transaction: what it read once, what it will write at the end. */
export class Batch {
  private moderated = false
  private receipts = new Map<string, ChangeResult>()
  private concepts = new Map<string, StoredConcept & { createdBy: number }>()
  private conceptWrites = new Map<string, ConceptWrite>()
  private logWrites: LogWrite[] = []
  private newReceipts: { id: string; result: ChangeResult }[] = []

  constructor(
    private readonly client: Client,
    private readonly caller: Caller,
    /** The pushing workspace ('' for an approval: the author's workspace has not got it as applied). */
    private readonly workspace = ''
  ) {}

  async load(changes: unknown[]): Promise<void> {
    this.moderated = (await this.client.query('SELECT moderated FROM team')).rows[0]?.moderated === true
    const ids = changes.map((c) => (c as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string')
    const uids = changes
      .map((c) => (c as { concept?: unknown })?.concept)
      .filter((id): id is string => typeof id === 'string')
    // Locks first, then read: a receipt or a revision written by a transaction we waited for is seen.
    await lockConcepts(this.client, uids)
    for (const r of (await this.client.query('SELECT change_id, result FROM receipts WHERE change_id = ANY($1)', [ids]))
      .rows) {
      this.receipts.set(r.change_id, r.result)
    }
    await this.loadConcepts(uids)
  }

  async loadConcepts(uids: string[]): Promise<void> {
    const rows = await this.client.query(
      'SELECT uid, rev, fields, field_revs, created_by FROM concepts WHERE uid = ANY($1)',
      [uids]
    )
    for (const r of rows.rows) {
      this.concepts.set(r.uid, { rev: r.rev, fields: r.fields, fieldRevs: r.field_revs, createdBy: r.created_by })
    }
  }

  current(uid: string): StoredConcept {
    return this.concepts.get(uid) ?? { rev: 0, fields: {}, fieldRevs: {} }
  }

  async apply(raw: unknown): Promise<ChangeResult> {
    const id = (raw as { id?: unknown })?.id
    const known = typeof id === 'string' ? this.receipts.get(id) : undefined
    if (known) return known
    const problem = changeProblem(raw)
    if (problem) {
      const result: ChangeResult = { id: typeof id === 'string' ? id : '', status: 'refused', reason: problem }
      if (typeof id === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(id)) this.remember(id, result)
      return result
    }
    const change = raw as ChangeRecord
    const result: ChangeResult =
      this.moderated && this.caller.role === 'translator'
        ? await this.suggest(change)
        : await this.applyAs(change, this.caller.userId, null)
    this.remember(change.id, result)
    return result
  }

  private remember(id: string, result: ChangeResult): void {
    this.receipts.set(id, result)
    this.newReceipts.push({ id, result })
  }

  /** Applies a change (a push, or an approved suggestion) to the concept as this transaction sees it. */
  async applyAs(change: ChangeRecord, authorId: number, reviewerId: number | null): Promise<ChangeResult> {
    const current = this.current(change.concept)
    const outcome = applyChange(current, change.fields)
    const wrote = Object.keys(outcome.values).length > 0
    if (wrote) {
      const createdBy = this.concepts.get(change.concept)?.createdBy ?? authorId
      this.concepts.set(change.concept, { ...outcome.next, createdBy })
      this.conceptWrites.set(change.concept, {
        uid: change.concept,
        state: outcome.next,
        log: this.logWrites.length,
        createdBy,
        modifiedBy: authorId
      })
      this.logWrites.push({
        kind: 'change',
        uid: change.concept,
        rev: outcome.next.rev,
        changeId: change.id,
        authorId,
        reviewerId,
        madeAt: change.madeAt,
        clientId: reviewerId === null ? this.workspace : '',
        fields: outcome.values,
        decision: null,
        note: ''
      })
    }
    const conflicts: FieldConflict[] = []
    for (const c of outcome.conflicts) {
      conflicts.push({ ...c, remoteAuthor: await this.authorOf(change.concept, c.remoteRev) })
    }
    const kept = outcome.kept.map((k) => ({ ...k, remoteAuthor: '' }))
    return { id: change.id, status: 'applied', rev: outcome.next.rev, applied: outcome.applied, conflicts, kept }
  }

  private async suggest(change: ChangeRecord): Promise<ChangeResult> {
    // One pending suggestion per author and concept: the newer carries all of the author's edits.
    await this.client.query(
      "UPDATE suggestions SET status = 'superseded' WHERE author_id = $1 AND concept_uid = $2 AND status = 'pending'",
      [this.caller.userId, change.concept]
    )
    const row = await this.client.query(
      `INSERT INTO suggestions (change_id, concept_uid, author_id, base_rev, fields, made_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [change.id, change.concept, this.caller.userId, change.baseRev, JSON.stringify(change.fields), change.madeAt]
    )
    return { id: change.id, status: 'suggested', suggestion: row.rows[0].id }
  }

  /** A decision on a suggestion, for its author's workspace to learn of on its next pull. */
  logDecision(row: Omit<LogWrite, 'kind' | 'rev' | 'fields' | 'clientId'>): void {
    this.logWrites.push({ ...row, kind: 'decision', rev: null, fields: {}, clientId: '' })
  }

  /** Who wrote revision `rev` of a concept: pending writes of this batch first, then the log. */
  private async authorOf(uid: string, rev: number): Promise<string> {
    if (rev === 0) return ''
    const pending = this.logWrites.find((l) => l.uid === uid && l.rev === rev)
    if (pending) {
      return pending.authorId === this.caller.userId ? this.caller.name : await this.userName(pending.authorId)
    }
    const row = await this.client.query(
      'SELECT u.name FROM log l JOIN users u ON u.id = l.author_id WHERE l.concept_uid = $1 AND l.rev = $2 LIMIT 1',
      [uid, rev]
    )
    return row.rows[0]?.name ?? ''
  }

  private async userName(id: number): Promise<string> {
    return (await this.client.query('SELECT name FROM users WHERE id = $1', [id])).rows[0]?.name ?? ''
  }

  /** Writes what the batch decided: concepts, log rows and receipts, a few statements for the whole batch. */
  async flush(): Promise<void> {
    if (this.logWrites.length === 0 && this.newReceipts.length === 0) return
    // Sequence numbers in log order, taken under the writers' lock (see lockWriters).
    if (this.logWrites.length > 0) await lockWriters(this.client)
    const seqs = (
      await this.client.query("SELECT nextval('log_seq') AS seq FROM generate_series(1, $1)", [this.logWrites.length])
    ).rows
      .map((r) => r.seq as number)
      .sort((a, b) => a - b)
    const concepts = [...this.conceptWrites.values()]
    if (concepts.length > 0) {
      await this.client.query(
        `INSERT INTO concepts (uid, rev, seq, fields, field_revs, created_by, modified_by)
         SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::jsonb[], $5::jsonb[], $6::bigint[], $7::bigint[])
         ON CONFLICT (uid) DO UPDATE SET rev = excluded.rev, seq = excluded.seq, fields = excluded.fields,
           field_revs = excluded.field_revs, modified_by = excluded.modified_by, modified_at = now()`,
        [
          concepts.map((c) => c.uid),
          concepts.map((c) => c.state.rev),
          concepts.map((c) => seqs[c.log]),
          concepts.map((c) => JSON.stringify(c.state.fields)),
          concepts.map((c) => JSON.stringify(c.state.fieldRevs)),
          concepts.map((c) => c.createdBy),
          concepts.map((c) => c.modifiedBy)
        ]
      )
    }
    if (this.logWrites.length > 0) {
      const l = this.logWrites
      await this.client.query(
        `INSERT INTO log (seq, kind, concept_uid, rev, change_id, author_id, reviewer_id, made_at, fields, decision, note,
           client_id)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::bigint[], $7::bigint[],
           $8::text[], $9::jsonb[], $10::text[], $11::text[], $12::text[])`,
        [
          seqs,
          l.map((w) => w.kind),
          l.map((w) => w.uid),
          l.map((w) => w.rev),
          l.map((w) => w.changeId),
          l.map((w) => w.authorId),
          l.map((w) => w.reviewerId),
          l.map((w) => w.madeAt),
          l.map((w) => JSON.stringify(w.fields)),
          l.map((w) => w.decision),
          l.map((w) => w.note),
          l.map((w) => w.clientId)
        ]
      )
    }
    if (this.newReceipts.length > 0) {
      await this.client.query(
        `INSERT INTO receipts (change_id, user_id, result)
         SELECT c, $1, r FROM unnest($2::text[], $3::jsonb[]) AS x(c, r) ON CONFLICT (change_id) DO NOTHING`,
        [this.caller.userId, this.newReceipts.map((r) => r.id), this.newReceipts.map((r) => JSON.stringify(r.result))]
      )
    }
    this.conceptWrites.clear()
    this.logWrites = []
    this.newReceipts = []
  }
}
