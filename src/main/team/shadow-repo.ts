import type { FieldMap } from '../../core/team/fields'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** The server's version of a concept as this workspace last saw it: the base of its three-way merges. */
export interface Shadow {
  uid: string
  conceptId: number
  rev: number
  fields: FieldMap
  fieldRevs: Record<string, number>
}

interface ShadowRow {
  uid: string
  concept_id: number
  rev: number
  fields: string
  field_revs: string
}

const toShadow = (r: ShadowRow): Shadow => ({
  uid: r.uid,
  conceptId: r.concept_id,
  rev: r.rev,
  fields: JSON.parse(r.fields) as FieldMap,
  fieldRevs: JSON.parse(r.field_revs) as Record<string, number>
})

export function getShadow(db: Db, uid: string): Shadow | null {
  const r = stmt(db, 'SELECT * FROM team_shadow WHERE uid = ?').get(uid) as ShadowRow | undefined
  return r ? toShadow(r) : null
}

/** The shadow of a local concept: also found when the concept's row is gone (an undo removed it). */
export function shadowOfConcept(db: Db, conceptId: number): Shadow | null {
  const r = stmt(db, 'SELECT * FROM team_shadow WHERE concept_id = ?').get(conceptId) as ShadowRow | undefined
  return r ? toShadow(r) : null
}

export function putShadow(db: Db, s: Shadow): void {
  stmt(
    db,
    `INSERT INTO team_shadow (uid, concept_id, rev, fields, field_revs) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (uid) DO UPDATE SET concept_id = excluded.concept_id, rev = excluded.rev, fields = excluded.fields,
       field_revs = excluded.field_revs`
  ).run(s.uid, s.conceptId, s.rev, JSON.stringify(s.fields), JSON.stringify(s.fieldRevs))
}
