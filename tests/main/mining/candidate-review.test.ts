import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { captureState, TERMBASE_EDIT } from '../../../src/main/termbase/snapshots'
import { recordHistory } from '../../../src/main/workspace/history-repo'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

async function mineSeeds() {
  await t.call('corpus/import', { paths: [seedsDir()] })
  await t.call('mining/run', {})
}

describe('reviewing candidates', () => {
  it('undo after accepting an accepted candidate again works (it failed on a foreign key)', async () => {
    await mineSeeds()
    const [first] = (await t.call('mining/candidates', { limit: 1 })).rows
    const { conceptIds } = await t.call('mining/accept', { ids: [first.id] })
    await t.call('mining/accept', { ids: [first.id] })
    await t.call('workspace/undo', {})
    const rows = (await t.call('mining/candidates', { status: 'all', limit: 0 })).rows
    expect(rows.find((r) => r.id === first.id)?.status).toBe('new')
    await expect(t.call('termbase/get', { id: conceptIds[0] })).rejects.toThrow()
  })

  it('accepting into an existing concept, then undo, keeps that concept and its links', async () => {
    await mineSeeds()
    const [first, second] = (await t.call('mining/candidates', { limit: 2 })).rows
    const {
      conceptIds: [conceptId]
    } = await t.call('mining/accept', { ids: [first.id] })
    // The second candidate renamed to the first one's term: accepting it joins the existing concept.
    await t.call('mining/edit', { id: second.id, term: first.term })
    const joined = await t.call('mining/accept', { ids: [second.id] })
    expect(joined.conceptIds).toEqual([conceptId])
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/get', { id: conceptId })).terms[0].text).toBe(first.term)
    const rows = (await t.call('mining/candidates', { status: 'all', limit: 0 })).rows
    expect(rows.find((r) => r.id === first.id)).toMatchObject({ status: 'accepted', conceptId })
    expect(rows.find((r) => r.id === second.id)).toMatchObject({ status: 'new', conceptId: null })
  })

  it('accepting a term a saved concept already has, then undo, does not delete that concept', async () => {
    await mineSeeds()
    const [first] = (await t.call('mining/candidates', { limit: 1 })).rows
    const saved = await t.call('termbase/save', {
      terms: [{ lang: 'en', text: first.term, status: 'preferred', pos: '', usageNote: '' }]
    })
    const conceptId = saved.concept!.id
    expect((await t.call('mining/accept', { ids: [first.id] })).conceptIds).toEqual([conceptId])
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/get', { id: conceptId })).terms[0].text).toBe(first.term)
  })

  it('accepting an accepted candidate again changes nothing, and the undo of the first accept works', async () => {
    await mineSeeds()
    const [first] = (await t.call('mining/candidates', { limit: 1 })).rows
    const { conceptIds } = await t.call('mining/accept', { ids: [first.id] })
    const historyBefore = await t.call('workspace/history', {})
    const again = await t.call('mining/accept', { ids: [first.id] })
    expect(again.conceptIds).toEqual(conceptIds)
    expect(await t.call('workspace/history', {})).toEqual(historyBefore)
    expect((await t.call('workspace/history', { conceptId: conceptIds[0] })).length).toBe(1)
    const concepts = await t.call('termbase/search', { limit: 100 })
    expect(concepts.total).toBe(1)

    await t.call('workspace/undo', {})
    const [row] = (await t.call('mining/candidates', { status: 'all', text: first.term, limit: 0 })).rows.filter(
      (r) => r.id === first.id
    )
    expect(row.status).toBe('new')
    expect((await t.call('termbase/search', { limit: 100 })).total).toBe(0)
  })

  it('undoes history entries written before the fix without deleting the concept they joined', async () => {
    await mineSeeds()
    const db = t.app.workspace.db
    const [first] = (await t.call('mining/candidates', { limit: 1 })).rows
    const {
      conceptIds: [conceptId]
    } = await t.call('mining/accept', { ids: [first.id] })
    // What accepting the accepted candidate again used to record: its concept "absent" before.
    const before = captureState(db, [], [first.id])
    before.concepts[conceptId] = null
    recordHistory(db, {
      action: TERMBASE_EDIT,
      label: 'Accept again',
      conceptId,
      before,
      after: captureState(db, [conceptId], [first.id])
    })
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/get', { id: conceptId })).terms[0].text).toBe(first.term)
    await t.call('workspace/undo', {})
    await expect(t.call('termbase/get', { id: conceptId })).rejects.toThrow()
  })

  it('refuses an undo the database rejects with a translated reason, not the SQLite message', async () => {
    await mineSeeds()
    const db = t.app.workspace.db
    const [first] = (await t.call('mining/candidates', { limit: 1 })).rows
    const before = captureState(db, [], [first.id])
    before.candidates[first.id] = { ...before.candidates[first.id], concept_id: 99_999 }
    recordHistory(db, { action: TERMBASE_EDIT, label: 'Broken', before, after: captureState(db, [], [first.id]) })
    const result = await dispatch(t.app, createHandlers(t.app), 'workspace/undo', {})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'conflict', key: 'history.undoRefused' })
    expect((await t.call('workspace/history', { limit: 1 }))[0]).toMatchObject({ label: 'Broken', undone: false })
  })
})
