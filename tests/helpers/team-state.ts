import { readConceptFields } from '../../src/main/team/concept-fields'
import type { FieldMap } from '../../src/shared/team-protocol'
import type { TestWorkspace } from './team'

/** A workspace's term base as the team sees it: every concept with a team id, by that id, fields sorted. */
export function teamView(ws: TestWorkspace): Record<string, FieldMap> {
  const db = ws.app.workspace.db
  const rows = db.prepare('SELECT id, uid FROM concepts WHERE uid IS NOT NULL ORDER BY uid').all() as {
    id: number
    uid: string
  }[]
  const out: Record<string, FieldMap> = {}
  for (const r of rows) {
    const fields = readConceptFields(db, r.id) as FieldMap
    out[r.uid] = Object.fromEntries(
      Object.keys(fields)
        .sort()
        .map((k) => [k, fields[k]])
    )
  }
  return out
}

/** The live concept whose terms include `text`, with its fields. */
export function conceptByTerm(ws: TestWorkspace, text: string): { id: number; fields: FieldMap } | null {
  const db = ws.app.workspace.db
  const row = db
    .prepare(
      'SELECT c.id FROM concepts c JOIN terms t ON t.concept_id = c.id WHERE t.text = ? AND c.deleted_at IS NULL LIMIT 1'
    )
    .get(text) as { id: number } | undefined
  return row ? { id: row.id, fields: readConceptFields(db, row.id) as FieldMap } : null
}
