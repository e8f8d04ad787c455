import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import { noContext } from '../../../src/main/call-context'
import { mineWorkspace } from '../../../src/main/mining/mine-workspace'
import { SNAPSHOT_TOKEN_KEY } from '../../../src/main/mining/plan-run'
import { statsSnapshotPath } from '../../../src/main/mining/stats-snapshot'
import { setSetting } from '../../../src/main/workspace/settings-repo'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const EXTRA = `Extra policy brief
date 2025-03-01
The State Council released a plan to accelerate new quality productive forces and high-quality development.
The plan strengthens the modernized industrial system and the innovation-driven development strategy.
Provincial governments will build green hydrogen corridors and expand green hydrogen pilot zones.
Green hydrogen corridors link ports, and the new quality productive forces grow in pilot zones.
`

function addDocument(text = EXTRA, name = 'extra.txt'): Promise<unknown> {
  const file = join(t.home.dir, name)
  writeFileSync(file, text)
  return t.call('corpus/import', { paths: [file] })
}

const db = () => t.app.workspace.db

describe('incremental re-mining', () => {
  it('mines only the new document and ranks exactly as a full run', async () => {
    await t.call('corpus/import', { paths: [seedsDir()] })
    const first = await t.call('mining/run', {})
    expect(first.mode).toBe('full')
    expect(first.documentsMined).toBe(5)
    await addDocument()

    const again = await t.call('mining/run', {})
    expect(again.mode).toBe('incremental')
    expect(again.documentsMined).toBe(1)
    expect(again.wordsMined).toBeGreaterThan(40)
    expect(again.wordsMined).toBeLessThan(120)
    expect(again.documents).toBe(6)
    expect(again.words).toBeGreaterThan(first.words)

    const incremental = await mineWorkspace(db(), noContext)
    expect(incremental.plan.mode).toBe('incremental')
    expect(incremental.documentsMined).toBe(0)
    const full = await mineWorkspace(db(), noContext, { full: true })
    expect(full.plan.mode).toBe('full')
    expect(full.documentsMined).toBe(6)
    // Same keys, figures, order, surface forms and occurrences.
    expect(incremental.result).toEqual(full.result)
    const hydrogen = full.result.candidates.find((c) => c.key === 'green hydrogen corridor')
    expect(hydrogen?.freq).toBe(2)
  })

  it('keeps a rejected candidate rejected and an accepted one linked to its concept', async () => {
    await t.call('corpus/import', { paths: [seedsDir()] })
    await t.call('mining/run', {})
    const page = await t.call('mining/candidates', { limit: 10 })
    const [first, second] = page.rows
    const { conceptIds } = await t.call('mining/accept', { ids: [first.id] })
    await t.call('mining/reject', { ids: [second.id] })
    await addDocument()

    const again = await t.call('mining/run', {})
    expect(again.mode).toBe('incremental')
    expect(again.kept).toBeGreaterThanOrEqual(2)
    const rejected = await t.call('mining/candidates', { status: 'rejected', limit: 0 })
    expect(rejected.rows.map((r) => r.id)).toEqual([second.id])
    const fresh = await t.call('mining/candidates', { status: 'new', limit: 0 })
    expect(fresh.rows.map((r) => r.id)).not.toContain(second.id)
    expect(fresh.rows.map((r) => r.term)).not.toContain(second.term)
    const accepted = await t.call('mining/candidates', { status: 'accepted', limit: 0 })
    expect(accepted.rows.find((r) => r.id === first.id)?.conceptId).toBe(conceptIds[0])
  })

  it('falls back to a full run when a mined document was deleted, and says why', async () => {
    await t.call('corpus/import', { paths: [seedsDir()] })
    await addDocument()
    await t.call('mining/run', {})
    const extraId = (db().prepare('SELECT max(id) AS id FROM documents').get() as { id: number }).id
    db().prepare("UPDATE documents SET deleted_at = '2025-01-01' WHERE id = ?").run(extraId)

    const again = await t.call('mining/run', {})
    expect(again.mode).toBe('full')
    expect(again.documentsMined).toBe(5)
    expect(again.notes?.join(' ')).toMatch(/deleted/)
    const list = await t.call('mining/candidates', { status: 'all', limit: 0 })
    expect(list.rows.map((r) => r.term)).not.toContain('green hydrogen corridors')
    // Restored, it is the highest id again: mined alone, merged after the snapshot, same as a full run.
    db().prepare('UPDATE documents SET deleted_at = NULL WHERE id = ?').run(extraId)
    const restored = await mineWorkspace(db(), noContext)
    expect(restored.plan.mode).toBe('incremental')
    expect(restored.documentsMined).toBe(1)
    expect(restored.result).toEqual((await mineWorkspace(db(), noContext, { full: true })).result)
    // A restored document below the snapshot's highest id is not "new": a full run.
    db().prepare('UPDATE documents SET deleted_at = ? WHERE id = 1').run('2025-01-01')
    await mineWorkspace(db(), noContext)
    db().prepare('UPDATE documents SET deleted_at = NULL WHERE id = 1').run()
    const older = await mineWorkspace(db(), noContext)
    expect(older.plan.mode).toBe('full')
    expect(older.plan.notes.join(' ')).toMatch(/restored/)
    expect(older.documentsMined).toBe(6)
  })

  it('falls back to a full run when the snapshot is foreign, damaged or missing', async () => {
    await t.call('corpus/import', { paths: [seedsDir()] })
    await t.call('mining/run', {})
    const file = statsSnapshotPath(db().name)
    const reference = await mineWorkspace(db(), noContext, { full: true })

    setSetting(db(), SNAPSHOT_TOKEN_KEY, 'another-workspace')
    const foreign = await t.call('mining/run', {})
    expect(foreign.mode).toBe('full')
    expect(foreign.notes?.join(' ')).toMatch(/another workspace/)

    // A flipped byte deep in the body: the header still reads, the checksum catches it while merging.
    const bytes = readFileSync(file)
    bytes[bytes.length - 1000] ^= 0x55
    writeFileSync(file, bytes)
    await addDocument()
    const damaged = await mineWorkspace(db(), noContext)
    expect(damaged.plan.mode).toBe('full')
    expect(damaged.plan.notes.join(' ')).toMatch(/unreadable/)
    expect(damaged.documentsMined).toBe(6)

    writeFileSync(file, 'not a snapshot')
    const garbage = await t.call('mining/run', {})
    expect(garbage.mode).toBe('full')
    expect(garbage.notes?.join(' ')).toMatch(/unreadable/)
    // And afterwards incremental again, with the same candidates as a full run.
    const next = await mineWorkspace(db(), noContext)
    expect(next.plan.mode).toBe('incremental')
    expect(next.result).toEqual((await mineWorkspace(db(), noContext, { full: true })).result)
    expect(next.result.candidates.length).toBeGreaterThan(reference.result.candidates.length - 50)
  })
})
