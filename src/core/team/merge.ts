/**
 * The revision rules both sides agree on (docs/team.md, "Conflicts"). A field is the unit: edits of different
 * fields of one concept merge; two edits of the same field are a conflict, never a silent overwrite — the
 * server's value stands and the workspace keeps its own value as a conflict the user resolves.
 */
import type { FieldChange, FieldMap, FieldValue } from '../../shared/team-protocol'
import { sameContent, sameValue, withField } from './fields'

/** What a workspace changed since its base (the server's version it last saw): the fields of its next change. */
export function diffFields(base: FieldMap, local: FieldMap, baseRevs: Record<string, number>): FieldChange[] {
  const out: FieldChange[] = []
  const keys = new Set([...Object.keys(base), ...Object.keys(local)])
  for (const field of keys) {
    if (sameValue(base[field], local[field])) continue
    out.push({ field, baseRev: baseRevs[field] ?? 0, value: local[field] ?? null })
  }
  // A stable order, so the same edit always makes the same change.
  return out.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0))
}

export interface StoredConcept {
  rev: number
  fields: FieldMap
  fieldRevs: Record<string, number>
}

export interface AppliedChange {
  next: StoredConcept
  /**
   * Field → revision, for every field that now holds the value the change asked for: those it wrote (the new
   * revision) and those that already held it (their revision), so the workspace's base is exact either way.
   */
  applied: Record<string, number>
  /** The value each written field got (null = removed). */
  values: Record<string, FieldValue | null>
  conflicts: { field: string; remote: FieldValue | null; remoteRev: number }[]
  /** Fields that moved on the server too but differ from the change only in term order: the server's stands. */
  kept: { field: string; remote: FieldValue | null; remoteRev: number }[]
}

/**
 * The server's rule for one change against the stored concept: a field applies when its revision is still the
 * one the change was based on (nobody wrote it since); when it moved, the change is a conflict unless it asks
 * for the value the field already has. A written field gets the concept's next revision; a removed field keeps
 * its revision (a tombstone), so a change based on the removed value is still caught.
 */
export function applyChange(current: StoredConcept, fields: FieldChange[]): AppliedChange {
  const rev = current.rev + 1
  let next = current.fields
  const fieldRevs = { ...current.fieldRevs }
  const applied: Record<string, number> = {}
  const values: Record<string, FieldValue | null> = {}
  const conflicts: AppliedChange['conflicts'] = []
  const kept: AppliedChange['kept'] = []
  for (const change of fields) {
    const have = current.fields[change.field]
    const haveRev = current.fieldRevs[change.field] ?? 0
    if (sameValue(have, change.value)) {
      applied[change.field] = haveRev
      continue
    }
    if (haveRev !== change.baseRev) {
      const settled = { field: change.field, remote: have ?? null, remoteRev: haveRev }
      if (sameContent(change.field, have, change.value)) kept.push(settled)
      else conflicts.push(settled)
      continue
    }
    next = withField(next, change.field, change.value)
    fieldRevs[change.field] = rev
    applied[change.field] = rev
    values[change.field] = change.value
  }
  const wrote = Object.keys(values).length > 0
  return {
    next: wrote ? { rev, fields: next, fieldRevs } : current,
    applied,
    values,
    conflicts,
    kept
  }
}

export interface MergeResult {
  merged: FieldMap
  conflicts: { field: string; local: FieldValue | null; remote: FieldValue | null }[]
}

/**
 * The workspace's rule when the server's version of a concept arrives: per field, whoever changed it since the
 * base wins; when both did (to different values) the server's value stands and the local one is a conflict —
 * unless the two differ only in term order, which is settled quietly the server's way (see sameContent).
 */
export function threeWay(base: FieldMap, local: FieldMap, remote: FieldMap): MergeResult {
  const merged: FieldMap = { ...remote }
  const conflicts: MergeResult['conflicts'] = []
  const keys = new Set([...Object.keys(base), ...Object.keys(local), ...Object.keys(remote)])
  for (const field of keys) {
    const b = base[field]
    const l = local[field]
    const r = remote[field]
    if (sameValue(l, r) || sameValue(l, b)) continue
    if (sameValue(r, b)) {
      if (l === undefined) delete merged[field]
      else merged[field] = l
    } else if (!sameContent(field, l, r)) conflicts.push({ field, local: l ?? null, remote: r ?? null })
  }
  return { merged, conflicts }
}
