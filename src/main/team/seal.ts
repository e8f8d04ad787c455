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

/** The concepts waiting in team_dirty and team_dirty_range. */
function dirtyConcepts(db: Db): number[] {
  const ids = new Set((stmt(db, 'SELECT concept_id FROM team_dirty').pluck().all() as number[]) ?? [])
  for (const r of stmt(db, 'SELECT from_id, to_id FROM team_dirty_range').all() as {
    from_id: number
    to_id: number
  }[]) {
    for (const id of stmt(db, 'SELECT id FROM concepts WHERE id BETWEEN ? AND ?')
      .pluck()
      .all(r.from_id, r.to_id) as number[]) {
      ids.add(id)
    }
  }
  return [...ids].sort((a, b) => a - b)
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

/** Seals every dirty concept into the outbox in one transaction; returns how many changes it made. */
export function sealChanges(db: Db, madeAt: string): number {
  return db
    .transaction(() => {
      let made = 0
      const keep: number[] = []
      for (const id of dirtyConcepts(db)) {
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
        // An answer is still owed for an earlier change of this concept: the next sync seals this one on top.
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
      stmt(db, 'DELETE FROM team_dirty').run()
      stmt(db, 'DELETE FROM team_dirty_range').run()
      for (const id of keep) stmt(db, 'INSERT OR IGNORE INTO team_dirty (concept_id) VALUES (?)').run(id)
      return made
    })
    .immediate()
}
