import { describe, expect, it } from 'vitest'

import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'
import { recordHistory } from '../../../src/main/workspace/history-repo'

describe('migration 011: team sync', () => {
  it('adds concept uids and example document fields to existing rows, and the team tables empty', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 10 })
    db.prepare("INSERT INTO concepts (id, definition, created_at, modified_at) VALUES (1, 'kept', 'x', 'x')").run()
    db.prepare("INSERT INTO examples (concept_id, text, created_at) VALUES (1, 'A sentence.', 'x')").run()
    migrate(db, { to: 11 })
    expect(schemaVersion(db)).toBe(11)
    expect(db.prepare('SELECT definition, uid FROM concepts').get()).toEqual({ definition: 'kept', uid: null })
    expect(db.prepare('SELECT doc_title, doc_date FROM examples').get()).toEqual({ doc_title: '', doc_date: '' })
    for (const table of [
      'team_link',
      'team_dirty',
      'team_dirty_range',
      'team_shadow',
      'team_outbox',
      'team_conflicts'
    ]) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0)
    }
    // Two concepts may wait for a uid, but a uid is one concept's.
    db.prepare("INSERT INTO concepts (id, created_at, modified_at) VALUES (2, 'x', 'x')").run()
    db.prepare("UPDATE concepts SET uid = 'u1' WHERE id = 1").run()
    expect(() => db.prepare("UPDATE concepts SET uid = 'u1' WHERE id = 2").run()).toThrow(/UNIQUE/)
  })

  it('marks the concepts of term-base history entries dirty, only while the workspace is joined', () => {
    const db = openDatabase(':memory:')
    migrate(db, { to: 11 })
    const edit = (ids: number[]) =>
      recordHistory(db, {
        action: 'termbase.edit',
        label: 'x',
        before: { concepts: Object.fromEntries(ids.map((id) => [id, null])), candidates: {} },
        after: { concepts: Object.fromEntries(ids.map((id) => [id, {}])), candidates: {} }
      })
    edit([1])
    expect(db.prepare('SELECT count(*) FROM team_dirty').pluck().get()).toBe(0)
    db.prepare(
      "INSERT INTO team_link (id, url, team_id, user_name, role, token, client_id, joined_at) VALUES (1, 'u', 't', 'me', 'admin', 'k', 'c', 'x')"
    ).run()
    const entry = edit([3, 4])
    recordHistory(db, {
      action: 'import.termbase',
      label: 'Import',
      before: { concepts: [10, 12], units: null, merged: { concepts: { 7: {} }, candidates: {} } },
      after: { merged: { concepts: {}, candidates: {} } }
    })
    recordHistory(db, { action: 'unit.delete', label: 'x', before: { id: 99 }, after: null })
    expect(db.prepare('SELECT concept_id FROM team_dirty ORDER BY 1').pluck().all()).toEqual([3, 4, 7])
    expect(db.prepare('SELECT from_id, to_id FROM team_dirty_range').all()).toEqual([{ from_id: 10, to_id: 12 }])
    db.prepare('DELETE FROM team_dirty').run()
    // Undo and redo flip `undone`: the same concepts changed again.
    db.prepare('UPDATE history SET undone = 1 WHERE id = ?').run(entry)
    expect(db.prepare('SELECT concept_id FROM team_dirty ORDER BY 1').pluck().all()).toEqual([3, 4])
  })
})
