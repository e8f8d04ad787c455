import { existsSync } from 'node:fs'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { FuzzyIndex } from '../../../src/core/memory/fuzzy-index'
import { migrate } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'
import { readSnapshot, snapshotPath, writeSnapshot } from '../../../src/main/memory/fuzzy-snapshot'
import { UnitIndex } from '../../../src/main/memory/unit-index'
import { insertUnit } from '../../../src/main/memory/units-repo'
import { inIdOrder } from '../../helpers/id-order'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const PAIRS: [string, string][] = [
  ['We must develop new quality productive forces in light of local conditions.', '要因地制宜发展新质生产力。'],
  ['We will promote high-quality development across the country.', '我们将在全国推动高质量发展。'],
  ['Rural revitalization remains a priority for the coming year.', '乡村振兴仍是来年的重点。'],
  ['We will deepen reform and expand opening up.', '我们将深化改革、扩大开放。']
]

const db = () => t.app.workspace.db

describe('persistent fuzzy index', () => {
  it('a second process loads the saved index instead of rebuilding it, and catches up with later edits', async () => {
    for (const [source, target] of PAIRS) await t.call('memory/add', { source, target })
    for (let i = 0; i < 50; i++)
      await t.call('memory/add', { source: `Filler sentence number ${i} about trade.`, target: `填充${i}` })
    const first = new UnitIndex(db)
    const query = 'We will promote high-quality development across the whole country.'
    const before = first.lookup(query, 'en', 70, 10)
    expect(first.origin).toBe('rebuilt')
    expect(before[0].target).toBe('我们将在全国推动高质量发展。')
    expect(existsSync(snapshotPath(db().name))).toBe(true)

    // Another process edits, deletes and adds units while this one is not looking.
    const [rural] = (await t.call('memory/list', { text: 'Rural revitalization' })).rows
    await t.call('memory/update', {
      id: rural.id,
      source: 'Rural revitalization remains the top priority for next year.'
    })
    const [reform] = (await t.call('memory/list', { text: 'deepen reform' })).rows
    await t.call('memory/delete', { id: reform.id })
    await t.call('memory/add', {
      source: 'We will build a strong agricultural country.',
      target: '我们将建设农业强国。'
    })

    // A restart: a fresh index on the reopened workspace reads the snapshot and applies the changes.
    await t.reopen()
    const second = new UnitIndex(db)
    expect(second.lookup(query, 'en', 70, 10)).toEqual(before)
    expect(second.origin).toBe('snapshot')
    expect(second.lookup('Rural revitalization remains the top priority for next year.', 'en', 70, 5)[0]).toMatchObject(
      {
        id: rural.id,
        exact: true
      }
    )
    expect(second.lookup('We will deepen reform and expand opening up.', 'en', 70, 5)).toEqual([])
    expect(second.lookup('We will build a strong agricultural country.', 'en', 70, 5)[0].exact).toBe(true)
    // Undoing the deletion brings the unit back without any re-indexing.
    await t.call('workspace/undo', {})
    expect(second.lookup('We will deepen reform and expand opening up.', 'en', 70, 5)[0].id).toBe(reform.id)

    // What the handler answers agrees with a from-scratch build.
    const scratch = new UnitIndex(db, { persist: false })
    const viaHandler = await t.call('memory/match', { text: query })
    expect(viaHandler.map((m) => [m.unit.id, m.score])).toEqual(
      scratch.lookup(query, 'en', 70, 10).map((m) => [m.id, m.score])
    )
    expect(scratch.origin).toBe('rebuilt')
  })

  it('puts a snapshot written in id order (before length order) into length order once, same results', async () => {
    for (const [source, target] of PAIRS) await t.call('memory/add', { source, target })
    const first = new UnitIndex(db)
    const query = 'We will promote high-quality development across the whole country.'
    const before = first.lookup(query, 'en', 70, 10)
    const file = snapshotPath(db().name)
    const saved = readSnapshot(file)!
    writeSnapshot(file, saved.header, inIdOrder(saved.base))
    expect(new FuzzyIndex(readSnapshot(file)!.base).lengthOrdered).toBe(false)
    const second = new UnitIndex(db)
    expect(second.lookup(query, 'en', 70, 10)).toEqual(before)
    expect(second.origin).toBe('snapshot')
    expect(new FuzzyIndex(readSnapshot(file)!.base).lengthOrdered).toBe(true)
  })

  it('does not trust a snapshot that belongs to another state of the workspace', async () => {
    await t.call('memory/add', { source: PAIRS[0][0], target: PAIRS[0][1] })
    const first = new UnitIndex(db)
    first.lookup(PAIRS[0][0], 'en', 70, 10)
    // As after restoring an older backup: the workspace's token no longer names this snapshot.
    db().prepare("UPDATE tm_fuzzy_state SET token = 'other'").run()
    const second = new UnitIndex(db)
    expect(second.lookup(PAIRS[0][0], 'en', 70, 10)[0].exact).toBe(true)
    expect(second.origin).toBe('rebuilt')
  })

  it('saves a compacted snapshot once enough units changed, and re-reads ids freed by a hard delete', async () => {
    const index = new UnitIndex(db, { compactAt: 3 })
    expect(index.lookup('anything at all here', 'en', 70, 10)).toEqual([])
    const ids = PAIRS.map(([source, target]) =>
      insertUnit(db(), { sourceLang: 'en', targetLang: 'zh-CN', source, target, origin: 'typed' })
    )
    expect(index.catchUp()).toBe(4)
    const top = ids[ids.length - 1]
    db().prepare('DELETE FROM translation_units WHERE id = ?').run(top)
    const reused = insertUnit(db(), {
      sourceLang: 'zh-CN',
      targetLang: 'en',
      source: '我们将深化改革。',
      target: 'x',
      origin: 'typed'
    })
    expect(reused).toBe(top)
    expect(index.lookup(PAIRS[3][0], 'en', 70, 10)).toEqual([])
    expect(index.lookup('我们将深化改革。', 'zh', 70, 10)[0].id).toBe(top)
    const fresh = new UnitIndex(db)
    expect(fresh.lookup('我们将深化改革。', 'zh', 70, 10)[0].id).toBe(top)
    expect(fresh.origin).toBe('snapshot')
  })
})

describe('migration 003 (fuzzy index log)', () => {
  it('logs source edits and hard deletes of units that existed before it', () => {
    const d = openDatabase(':memory:')
    migrate(d, { to: 2 })
    const now = new Date().toISOString()
    d.prepare(
      `INSERT INTO translation_units (id, source_lang, target_lang, source_text, target_text, origin, created_at,
      changed_at) VALUES (7, 'en', 'zh-CN', 'a b', '甲', 'typed', ?, ?)`
    ).run(now, now)
    migrate(d, { to: 3 })
    expect(d.prepare('SELECT token FROM tm_fuzzy_state').pluck().get()).toBe('')
    d.prepare("UPDATE translation_units SET target_text = '乙', note = 'n' WHERE id = 7").run()
    expect(d.prepare('SELECT count(*) FROM tm_fuzzy_log').pluck().get()).toBe(0)
    d.prepare("UPDATE translation_units SET source_text = 'a c' WHERE id = 7").run()
    d.prepare('DELETE FROM translation_units WHERE id = 7').run()
    expect(d.prepare('SELECT unit_id FROM tm_fuzzy_log ORDER BY seq').pluck().all()).toEqual([7, 7])
    d.close()
  })
})

describe('warming the index up in steps (after a TMX import)', () => {
  const fill = () => {
    for (let i = 0; i < 120; i++) {
      insertUnit(db(), {
        sourceLang: 'en',
        targetLang: 'zh-CN',
        source: `Filler sentence number ${i} about trade and ports.`,
        target: `填充${i}`,
        origin: 'tmx'
      })
    }
    for (const [source, target] of PAIRS)
      insertUnit(db(), { sourceLang: 'en', targetLang: 'zh-CN', source, target, origin: 'tmx' })
  }
  const query = 'We will promote high-quality development across the whole country.'

  it('indexes page by page with progress, then answers as a rebuilt index does and saves the snapshot', async () => {
    fill()
    const warm = new UnitIndex(db)
    const steps: [number, number][] = []
    expect(await warm.warmUp((d, n) => steps.push([d, n]), undefined, 50)).toBe(124)
    expect(steps).toEqual([
      [0, 124],
      [50, 124],
      [100, 124],
      [124, 124]
    ])
    expect(existsSync(snapshotPath(db().name))).toBe(true)
    const rebuilt = new UnitIndex(db, { persist: false })
    expect(warm.lookup(query, 'en', 50, 10)).toEqual(rebuilt.lookup(query, 'en', 50, 10))
    expect(warm.lookup(query, 'en', 70, 10)[0].target).toBe('我们将在全国推动高质量发展。')
    expect(new UnitIndex(db).lookup(query, 'en', 70, 10)[0].target).toBe('我们将在全国推动高质量发展。')
  })

  it('sees edits and deletions made between its pages, and a cancel leaves the rest to the next lookup', async () => {
    fill()
    const ids = db().prepare('SELECT id FROM translation_units ORDER BY id').pluck().all() as number[]
    const warm = new UnitIndex(db, { persist: false })
    let step = 0
    await warm.warmUp(
      (d) => {
        if (d === 0 || ++step !== 1) return
        // A unit already read is edited, another deleted; one not read yet is edited too.
        db()
          .prepare('UPDATE translation_units SET source_text = ? WHERE id = ?')
          .run('Ports and shipping lanes reopened after the storm.', ids[3])
        db().prepare('DELETE FROM translation_units WHERE id = ?').run(ids[5])
        db()
          .prepare('UPDATE translation_units SET source_text = ? WHERE id = ?')
          .run('We will deepen reform and widen opening up.', ids[ids.length - 1])
      },
      undefined,
      50
    )
    expect(warm.lookup('Ports and shipping lanes reopened after the storm.', 'en', 90, 5)[0].id).toBe(ids[3])
    expect(warm.lookup('Filler sentence number 5 about trade and ports.', 'en', 100, 5).map((m) => m.id)).not.toContain(
      ids[5]
    )
    expect(warm.lookup('We will deepen reform and widen opening up.', 'en', 100, 5)[0].id).toBe(ids[ids.length - 1])

    const controller = new AbortController()
    const cancelled = new UnitIndex(db, { persist: false })
    expect(await cancelled.warmUp((d) => d > 0 && controller.abort(), controller.signal, 50)).toBe(50)
    expect(cancelled.lookup(query, 'en', 70, 10)[0].target).toBe('我们将在全国推动高质量发展。')
  })
})

describe('matching both sides', () => {
  it('a Chinese sentence finds the EN→ZH unit whose target it is, at 100 %, with the English as the proposal', async () => {
    for (const [source, target] of PAIRS) await t.call('memory/add', { source, target })
    const [hit] = await t.call('memory/match', { text: '我们将在全国推动高质量发展。', min: 70, limit: 5 })
    expect(hit).toMatchObject({ side: 'target', score: 100, exact: true })
    expect(hit.unit.source).toBe(PAIRS[1][0])
    // An English sentence still matches the source side.
    const [en] = await t.call('memory/match', { text: PAIRS[2][0], min: 70, limit: 5 })
    expect(en).toMatchObject({ side: 'source', score: 100 })
  })

  it('an edit of the target side reaches the index (another process, through the log)', async () => {
    for (const [source, target] of PAIRS) await t.call('memory/add', { source, target })
    const index = new UnitIndex(db)
    expect(index.lookup('乡村振兴仍是来年的重点。', 'zh', 100, 5)[0]).toMatchObject({ side: 'target' })
    const [rural] = (await t.call('memory/list', { text: 'Rural revitalization' })).rows
    db()
      .prepare('UPDATE translation_units SET target_text = ? WHERE id = ?')
      .run('乡村全面振兴是明年的首要任务。', rural.id)
    expect(index.lookup('乡村振兴仍是来年的重点。', 'zh', 100, 5)).toEqual([])
    expect(index.lookup('乡村全面振兴是明年的首要任务。', 'zh', 100, 5)[0]).toMatchObject({
      id: rural.id,
      side: 'target'
    })
  })
})
