/**
 * Turns the concepts changed here since the last push into outbox changes (docs/team.md, "Outbox"): each
 * concept's fields are compared with its shadow (the server's version it was based on) and the fields that
 * differ become one change, with the revision of each field it started from.
 */
import { randomUUID } from 'node:crypto'

import { type FieldMap, sameValue } from '../../core/team/fields'
import { diffFields } from '../../core/team/merge'
import type { FieldChange } from '../../shared/team-protocol'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { readConceptFields } from './concept-fields'
import { addOutbox, hasPending, suggestedFor } from './outbox-repo'
import { shadowOfConcept } from './shadow-repo'

/** The next `limit` dirty concepts, after an import's ranges were spelled out as single ids. */
function dirtyConcepts(db: Db, limit: number): number[] {
  const ranges = stmt(db, 'SELECT rowid, from_id, to_id FROM team_dirty_range').all() as {
    rowid: number
    from_id: number
    to_id: number
  }[]
  for (const r of ranges) {
    stmt(db, 'INSERT OR IGNORE INTO team_dirty (concept_id) SELECT id FROM concepts WHERE id BETWEEN ? AND ?').run(
      r.from_id,
      r.to_id
    )
    stmt(db, 'DELETE FROM team_dirty_range WHERE rowid = ?').run(r.rowid)
  }
  return stmt(db, 'SELECT concept_id FROM team_dirty ORDER BY concept_id LIMIT ?').pluck().all(limit) as number[]
}

function sameChange(a: FieldChange[], b: FieldChange[]): boolean {
  return a.length === b.length && a.every((f, i) => f.field === b[i].field && sameValue(f.value, b[i].value))
}

/** The concept's team id, given now if it has none. */
function uidOf(db: Db, conceptId: number): string {
  const have = stmt(db, 'SELECT uid FROM concepts WHERE id = ?').pluck().get(conceptId) as string | null
  if (have) return have
  const uid = randomUUID()
  stmt(db, 'UPDATE concepts SET uid = ? WHERE id = ?').run(uid, conceptId)
  return uid
}

/**
 * Seals up to `limit` dirty concepts into the outbox in one transaction; returns how many it looked at (0: none
 * left) and how many changes it made. The caller loops, so a first upload of 100,000 concepts holds the
 * workspace for a moment at a time, not for the whole of it.
 */
export function sealChanges(db: Db, madeAt: string, limit = 2000): { looked: number; made: number } {
  return db
    .transaction(() => {
      let made = 0
      const ids = dirtyConcepts(db, limit)
      const keep: number[] = []
      for (const id of ids) {
        const shadow = shadowOfConcept(db, id)
        let local: FieldMap | null = readConceptFields(db, id)
        if (local === null) {
          // The row is gone (an undo removed a concept): to the team that is a deletion.
          if (!shadow) continue
          local = { ...shadow.fields, deleted: true }
        }
        // Never synced and deleted already: nothing the team needs to hear of.
        if (!shadow && local.deleted === true) continue
        const uid = shadow?.uid ?? uidOf(db, id)
        // An answer is still owed for an earlier change of this concept: a later sync seals this one on top.
        if (hasPending(db, uid)) {
          keep.push(id)
          continue
        }
        const fields = diffFields(shadow?.fields ?? {}, local, shadow?.fieldRevs ?? {})
        if (fields.length === 0) continue
        const suggested = suggestedFor(db, uid)
        if (suggested && sameChange(suggested.fields, fields)) continue
        addOutbox(db, { changeId: randomUUID(), uid, conceptId: id, baseRev: shadow?.rev ?? 0, fields, madeAt })
        made++
      }
      const done = ids.filter((id) => !keep.includes(id))
      stmt(db, 'DELETE FROM team_dirty WHERE concept_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(done))
      return { looked: done.length, made }
    })
    .immediate()
}
