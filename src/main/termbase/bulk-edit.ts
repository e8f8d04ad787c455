import type { BulkEditChange, BulkEditResult } from '../../shared/models'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { editWithHistory } from './snapshots'

/** Language family of a tag: zh-CN → zh. */
const family = (lang: string) => lang.split('-')[0].toLowerCase()

/** History labels: the English text (the recorded label) and its key in history.labels. */
const LABELS: Record<BulkEditChange['kind'], string> = {
  status: 'Set the status of {{count}} concepts',
  domain: 'Set the domain of {{count}} concepts',
  note: 'Edit the note of {{count}} concepts',
  delete: 'Delete {{count}} concepts'
}
const LABEL_KEYS: Record<BulkEditChange['kind'], string> = {
  status: 'bulkStatus',
  domain: 'bulkDomain',
  note: 'bulkNote',
  delete: 'bulkDelete'
}

interface TermRow {
  id: number
  lang: string
  status: string
}

/**
 * One change to many concepts (the term base's selection): in ONE transaction, recorded as ONE history
 * entry (termbase.edit, before/after snapshots of every concept touched), so a single undo restores them all.
 * Concepts that are gone (deleted meanwhile) are skipped, not an error: the selection may be stale.
 */
export function bulkEdit(db: Db, ids: readonly number[], change: BulkEditChange): BulkEditResult {
  const unique = [...new Set(ids)]
  const live = unique.filter((id) => stmt(db, 'SELECT 1 FROM concepts WHERE id = ? AND deleted_at IS NULL').get(id))
  if (live.length === 0) throw new ApiError('not-found', 'None of the selected concepts exists any more')
  let changed = 0
  const labelText = { key: LABEL_KEYS[change.kind], params: { count: live.length } }
  editWithHistory(
    db,
    { label: LABELS[change.kind].replace('{{count}}', String(live.length)), labelText, conceptIds: live },
    () => {
      const stamp = new Date().toISOString()
      for (const id of live) if (apply(db, id, change, stamp)) changed++
      return { result: undefined }
    }
  )
  return { concepts: live.length, changed }
}

/** Applies `change` to one concept; whether anything changed. */
function apply(db: Db, id: number, change: BulkEditChange, stamp: string): boolean {
  const touch = () => stmt(db, 'UPDATE concepts SET modified_at = ? WHERE id = ?').run(stamp, id)
  switch (change.kind) {
    case 'domain': {
      const r = stmt(db, 'UPDATE concepts SET domain = ?, modified_at = ? WHERE id = ? AND domain <> ?')
      return r.run(change.domain, stamp, id, change.domain).changes > 0
    }
    case 'note': {
      const current = (stmt(db, 'SELECT note FROM concepts WHERE id = ?').get(id) as { note: string }).note
      const note = change.mode === 'append' && current ? `${current}\n${change.note}` : change.note
      if (note === current) return false
      stmt(db, 'UPDATE concepts SET note = ?, modified_at = ? WHERE id = ?').run(note, stamp, id)
      return true
    }
    case 'delete':
      stmt(db, 'UPDATE concepts SET deleted_at = ?, modified_at = ? WHERE id = ?').run(stamp, stamp, id)
      // As for one deleted concept: candidates accepted into it return to the queue.
      stmt(db, "UPDATE candidates SET status = 'new', concept_id = NULL WHERE concept_id = ?").run(id)
      return true
    case 'status': {
      const terms = stmt(db, 'SELECT id, lang, status FROM terms WHERE concept_id = ? ORDER BY ordinal, id').all(
        id
      ) as TermRow[]
      const targets = terms.filter((t) => !change.lang || family(t.lang) === family(change.lang))
      // Preferred goes to the head term of each language only, and a term that was preferred beside it
      // becomes admitted: a concept never gets two preferred terms in one language without being asked
      // (the editor asks; a bulk action cannot).
      const heads = new Set<number>()
      const seen = new Set<string>()
      for (const t of targets) {
        if (seen.has(family(t.lang))) continue
        seen.add(family(t.lang))
        heads.add(t.id)
      }
      let any = false
      for (const t of targets) {
        const status =
          change.status !== 'preferred' || heads.has(t.id)
            ? change.status
            : t.status === 'preferred'
              ? 'admitted'
              : null
        if (status === null || t.status === status) continue
        stmt(db, 'UPDATE terms SET status = ?, modified_at = ? WHERE id = ?').run(status, stamp, t.id)
        any = true
      }
      if (any) touch()
      return any
    }
  }
}
