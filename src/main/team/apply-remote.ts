/**
 * The team's version of a concept arriving in the workspace (docs/team.md, "Pull" and "Conflicts"): per field,
 * a value changed only by the team is taken, one changed only here is kept (it is on its way, or a suggestion
 * waiting for review), and one changed on both sides keeps the team's value, the local one becoming a conflict.
 * Written without history, so nothing arriving here goes back out as a local change.
 */
import { type FieldMap, sameValue } from '../../core/team/fields'
import { threeWay } from '../../core/team/merge'
import type { FieldValue } from '../../shared/team-protocol'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { readConceptFields, writeConceptFields } from './concept-fields'
import { addConflict, type ConflictReason } from './conflicts-repo'
import { getShadow, putShadow, type Shadow } from './shadow-repo'

export interface RemoteFields {
  uid: string
  /** The server's values of `keys` (absent = the field does not exist on the server). */
  fields: FieldMap
  fieldRevs: Record<string, number>
  /** The fields this update covers: all of them for a pulled concept, the change's for a push answer. */
  keys: 'all' | string[]
  /** The concept revision the server reported (kept only as information). */
  rev: number
  author: string
  /** The local concept, when the caller knows it (a push answer). */
  conceptId?: number
}

export interface ApplyOutcome {
  conceptId: number | null
  /** The local term base changed. */
  changed: boolean
  conflicts: number
}

/** The local concept holding `uid`: by its uid, else the row the shadow remembers if it is still this concept. */
function localConcept(db: Db, uid: string, shadow: Shadow | null): { id: number | null; exists: boolean } {
  const byUid = stmt(db, 'SELECT id FROM concepts WHERE uid = ?').pluck().get(uid) as number | undefined
  if (byUid !== undefined) return { id: byUid, exists: true }
  if (!shadow) return { id: null, exists: false }
  const other = stmt(db, 'SELECT uid FROM concepts WHERE id = ?').get(shadow.conceptId) as
    { uid: string | null } | undefined
  // The row was removed here (undo of its creation) and its id not reused: write it back under that id.
  return other === undefined ? { id: shadow.conceptId, exists: false } : { id: null, exists: false }
}

function pick(fields: FieldMap, keys: string[]): FieldMap {
  const out: FieldMap = {}
  for (const k of keys) if (k in fields) out[k] = fields[k]
  return out
}

export function applyRemote(
  db: Db,
  remote: RemoteFields,
  stamp: string,
  reason: ConflictReason = 'conflict'
): ApplyOutcome {
  const shadow = getShadow(db, remote.uid)
  const where = localConcept(db, remote.uid, shadow)
  const keys =
    remote.keys === 'all'
      ? [...new Set([...Object.keys(shadow?.fields ?? {}), ...Object.keys(remote.fields)])]
      : remote.keys
  // Already seen: nothing to do (a page may name a concept an earlier page already brought).
  if (
    shadow &&
    remote.keys === 'all' &&
    sameValue(shadow.fields, remote.fields) &&
    sameValue(shadow.fieldRevs, remote.fieldRevs) &&
    where.exists
  ) {
    return { conceptId: where.id, changed: false, conflicts: 0 }
  }
  const base = pick(shadow?.fields ?? {}, keys)
  const theirs = pick(remote.fields, keys)
  let localAll: FieldMap | null = where.exists && where.id !== null ? readConceptFields(db, where.id) : null
  if (localAll === null && shadow) localAll = { ...shadow.fields, deleted: true }
  const conflicts: { field: string; local: FieldValue | null; remote: FieldValue | null }[] = []
  let next: FieldMap
  if (localAll === null) {
    next = remote.fields
  } else {
    const merged = threeWay(base, pick(localAll, keys), theirs)
    conflicts.push(...merged.conflicts)
    next = { ...localAll }
    for (const k of keys) {
      if (merged.merged[k] === undefined) delete next[k]
      else next[k] = merged.merged[k]
    }
  }
  let conceptId = where.exists ? where.id : null
  const changed = localAll === null || !sameValue(next, localAll)
  // A concept the team created and deleted before this workspace saw it need not appear here at all.
  const skip = localAll === null && next.deleted === true
  if (changed && !skip) conceptId = writeConceptFields(db, where.id, remote.uid, next, stamp)
  const shadowFields = { ...(shadow?.fields ?? {}) }
  const shadowRevs = { ...(shadow?.fieldRevs ?? {}) }
  for (const k of keys) {
    if (remote.fields[k] === undefined) delete shadowFields[k]
    else shadowFields[k] = remote.fields[k]
    if (remote.fieldRevs[k] !== undefined) shadowRevs[k] = remote.fieldRevs[k]
  }
  if (conceptId !== null) {
    putShadow(db, {
      uid: remote.uid,
      conceptId,
      rev: Math.max(shadow?.rev ?? 0, remote.rev),
      fields: shadowFields,
      fieldRevs: shadowRevs
    })
    for (const c of conflicts) {
      addConflict(db, {
        uid: remote.uid,
        conceptId,
        field: c.field,
        local: c.local,
        remote: c.remote,
        remoteAuthor: remote.author,
        reason,
        note: '',
        at: stamp
      })
    }
  }
  return { conceptId, changed: changed && !skip, conflicts: conceptId === null ? 0 : conflicts.length }
}
