import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import type { TermRecord } from '../../../src/shared/models'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const term = (lang: string, text: string, status: TermRecord['status'] = 'preferred'): TermRecord => ({
  lang,
  text,
  status,
  pos: '',
  usageNote: ''
})

async function mineSeeds() {
  await t.call('corpus/import', { paths: [seedsDir()] })
  await t.call('mining/run', {})
}

describe('review and term base', () => {
  it('accepting a candidate creates a concept with its variants; rejections survive a re-mine', async () => {
    await mineSeeds()
    const page = await t.call('mining/candidates', { limit: 50 })
    expect(page.total).toBeGreaterThan(20)
    const [first, second] = page.rows
    const { conceptIds } = await t.call('mining/accept', { ids: [first.id] })
    const concept = await t.call('termbase/get', { id: conceptIds[0] })
    expect(concept.terms[0]).toMatchObject({ lang: 'en', text: first.term, status: 'preferred' })
    await t.call('mining/reject', { ids: [second.id] })

    await t.call('mining/run', {})
    const rejected = await t.call('mining/candidates', { status: 'rejected', limit: 0 })
    expect(rejected.rows.map((r) => r.id)).toContain(second.id)
    const fresh = await t.call('mining/candidates', { status: 'new', limit: 0 })
    expect(fresh.rows.map((r) => r.id)).not.toContain(second.id)
    const accepted = await t.call('mining/candidates', { status: 'accepted', limit: 0 })
    expect(accepted.rows.find((r) => r.id === first.id)?.conceptId).toBe(conceptIds[0])
  })

  it('saves Chinese equivalents with statuses, and undo/redo survive a restart', async () => {
    const saved = await t.call('termbase/save', {
      terms: [term('en', 'new quality productive forces'), term('zh-CN', '新质生产力')]
    })
    const id = saved.concept!.id
    await t.call('termbase/save', {
      id,
      terms: [...saved.concept!.terms, term('zh-CN', '新型生产力', 'deprecated')],
      expectedModifiedAt: saved.concept!.modifiedAt
    })
    expect((await t.call('termbase/get', { id })).terms.map((x) => x.text)).toContain('新型生产力')

    await t.reopen()
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/get', { id })).terms.map((x) => x.text)).not.toContain('新型生产力')
    await t.reopen()
    await t.call('workspace/redo', {})
    const after = await t.call('termbase/get', { id })
    expect(after.terms.find((x) => x.text === '新型生产力')?.status).toBe('deprecated')
    expect((await t.call('workspace/history', { conceptId: id })).length).toBe(2)
  })

  it('finds Chinese inside words, English by prefix, and notes', async () => {
    await t.call('termbase/save', {
      terms: [term('en', 'new quality productive forces'), term('zh-CN', '新质生产力')],
      note: 'coined 2023'
    })
    await t.call('termbase/save', { terms: [term('en', 'high-quality development'), term('zh-CN', '高质量发展')] })
    const ids = async (text: string) => (await t.call('termbase/search', { text })).rows.map((r) => r.en[0])
    expect(await ids('生产力')).toEqual(['new quality productive forces'])
    expect(await ids('质')).toHaveLength(2)
    expect(await ids('high quality')).toEqual(['high-quality development'])
    expect(await ids('coined')).toEqual(['new quality productive forces'])
    expect(await ids('productiv')).toEqual(['new quality productive forces'])
    expect(await ids('量发展')).toEqual(['high-quality development'])
    expect(await ids('nothing-like-this')).toEqual([])
    const missing = await t.call('termbase/save', { terms: [term('en', 'modernized industrial system')] })
    expect((await t.call('termbase/search', { missingZh: true })).rows.map((r) => r.id)).toEqual([missing.concept!.id])
  })

  it('undoes the change an Undo button belongs to, and only while it is the newest', async () => {
    const newest = async () => (await t.call('workspace/history', { limit: 1 }))[0].id
    const total = async () => (await t.call('termbase/search', {})).total
    await t.call('termbase/save', { terms: [term('en', 'common prosperity')] })
    const first = await newest()
    await t.call('termbase/save', { terms: [term('en', 'dual circulation')] })
    const second = await newest()
    // A later change came after the first: refused, with a key the UI translates, and nothing undone.
    const refused = await dispatch(t.app, createHandlers(t.app), 'workspace/undo', { id: first })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', key: 'history.notLatest' } })
    expect(await total()).toBe(2)
    expect((await t.call('workspace/undo', { id: second }))?.id).toBe(second)
    expect(await total()).toBe(1)
    const again = await dispatch(t.app, createHandlers(t.app), 'workspace/undo', { id: second })
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', key: 'history.alreadyUndone' } })
    expect((await t.call('workspace/undo', { id: first }))?.id).toBe(first)
    expect(await total()).toBe(0)
  })

  it('guards duplicates, merges, deletes, and undoes both', async () => {
    const a = await t.call('termbase/save', { terms: [term('en', 'high-quality development')] })
    const dup = await t.call('termbase/save', { terms: [term('en', 'High quality development')] })
    expect(dup.saved).toBe(false)
    expect(dup.duplicates[0].conceptId).toBe(a.concept!.id)
    const b = await t.call('termbase/save', {
      terms: [term('en', 'High quality development'), term('zh-CN', '高质量发展')],
      allowDuplicates: true
    })
    const merged = await t.call('termbase/merge', { targetId: a.concept!.id, sourceId: b.concept!.id })
    expect(merged.terms.map((x) => x.text)).toContain('高质量发展')
    await expect(t.call('termbase/get', { id: b.concept!.id })).rejects.toThrow(/No concept/)
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/get', { id: b.concept!.id })).terms).toHaveLength(2)
    expect((await t.call('termbase/get', { id: a.concept!.id })).terms).toHaveLength(1)

    await t.call('termbase/delete', { id: a.concept!.id })
    expect((await t.call('termbase/search', {})).total).toBe(1)
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/search', {})).total).toBe(2)
  })

  it('attaches corpus examples linked to their document, with a Chinese rendering stored as a unit', async () => {
    await mineSeeds()
    const saved = await t.call('termbase/save', { terms: [term('en', 'new quality productive forces')] })
    const id = saved.concept!.id
    const contexts = await t.call('termbase/contexts', { id })
    expect(contexts.length).toBeGreaterThan(2)
    const ex = await t.call('termbase/addExample', {
      conceptId: id,
      segmentId: contexts[0].segmentId,
      zh: '发展新质生产力。'
    })
    expect(ex.documentId).toBe(contexts[0].documentId)
    expect(ex.text.slice(ex.start!, ex.end!).toLowerCase()).toBe('new quality productive forces')
    expect(ex.tuId).not.toBeNull()
    const usage = await t.call('termbase/usage', { id })
    expect(usage.reduce((n, p) => n + p.count, 0)).toBeGreaterThanOrEqual(contexts.length)
    await t.call('termbase/removeExample', { id: ex.id })
    expect((await t.call('termbase/get', { id })).examples).toHaveLength(0)
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/get', { id })).examples).toHaveLength(1)
  })

  it('refuses bad terms, keeps markup as text, and reports a concurrent save', async () => {
    await expect(t.call('termbase/save', { terms: [term('en', '   ')] })).rejects.toThrow(/empty/)
    await expect(t.call('termbase/save', { terms: [term('en', 'x'.repeat(10_000))] })).rejects.toThrow(/500/)
    await expect(t.call('termbase/save', { terms: [term('en', '?!…')] })).rejects.toThrow(/letter or digit/)
    const html = '<img src=x onerror=alert(1)>'
    const saved = await t.call('termbase/save', { terms: [term('en', 'dual circulation')], note: html })
    expect((await t.call('termbase/get', { id: saved.concept!.id })).note).toBe(html)

    const loaded = saved.concept!
    // Window A saves; window B, still holding the older version, saves too: B wins, with a notice.
    await new Promise((r) => setTimeout(r, 5))
    await t.call('termbase/save', {
      id: loaded.id,
      terms: loaded.terms,
      definition: 'A',
      expectedModifiedAt: loaded.modifiedAt
    })
    const b = await t.call('termbase/save', {
      id: loaded.id,
      terms: loaded.terms,
      definition: 'B',
      expectedModifiedAt: loaded.modifiedAt
    })
    expect(b.overwrote).not.toBeNull()
    expect(b.concept!.definition).toBe('B')
    expect((await t.call('workspace/history', { conceptId: loaded.id })).length).toBe(3)
  })
})

describe('validation errors carry a translatable key', () => {
  it('names the problem of a punctuation-only term and of a bad concordance query', async () => {
    const t2 = await openTestApp('keys.sqlite')
    const { dispatch } = await import('../../../src/main/dispatch')
    const { createHandlers } = await import('../../../src/main/handlers')
    const handlers = createHandlers(t2.app)
    const bad = await dispatch(t2.app, handlers, 'termbase/save', { terms: [term('en', '!!!')] })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument', key: 'term.noLetter' } })
    const query = await dispatch(t2.app, handlers, 'concordance/search', { query: '(a+)+$', options: { regex: true } })
    expect(query).toMatchObject({ ok: false, error: { key: 'query.unsafe-regex' } })
    t2.close()
  })
})

describe('term base search and other writers', () => {
  it('sees a concept another process wrote, and reflects undo', async () => {
    const t3 = await openTestApp('shared.sqlite')
    const { openDatabase } = await import('../../../src/main/db/open-database')
    await t3.call('termbase/save', { terms: [term('en', 'dual circulation'), term('zh-CN', '双循环')] })
    expect((await t3.call('termbase/search', { text: '循环' })).total).toBe(1)
    // Another process (here: a second connection) adds a concept behind our back.
    const other = openDatabase(t3.app.workspace.file)
    const now = new Date().toISOString()
    const id = Number(
      other.prepare('INSERT INTO concepts (created_at, modified_at) VALUES (?, ?)').run(now, now).lastInsertRowid
    )
    other
      .prepare(
        `INSERT INTO terms (concept_id, lang, text, norm, created_at, modified_at) VALUES (?, 'zh-CN', ?, ?, ?, ?)`
      )
      .run(id, '国内大循环', '国内大循环', now, now)
    other.close()
    expect((await t3.call('termbase/search', { text: '循环' })).total).toBe(2)
    await t3.call('termbase/save', { terms: [term('en', 'green development')] })
    expect((await t3.call('termbase/search', { text: 'green' })).total).toBe(1)
    await t3.call('workspace/undo', {})
    expect((await t3.call('termbase/search', { text: 'green' })).total).toBe(0)
    t3.close()
  })
})

describe('concept list rows', () => {
  it('give the status of each English and Chinese term, position for position', async () => {
    await t.call('termbase/save', {
      terms: [
        term('zh-CN', '新型生产力', 'forbidden'),
        term('en', 'new quality productive forces'),
        term('zh-CN', '新质生产力'),
        term('en', 'new productive forces', 'deprecated'),
        term('fr', 'nouvelles forces productives', 'admitted'),
        term('zh-TW', '新質生產力', 'admitted')
      ]
    })
    const [row] = (await t.call('termbase/search', {})).rows
    expect(row?.en).toEqual(['new quality productive forces', 'new productive forces'])
    expect(row?.enStatuses).toEqual(['preferred', 'deprecated'])
    expect(row?.zh).toEqual(['新型生产力', '新质生产力', '新質生產力'])
    expect(row?.zhStatuses).toEqual(['forbidden', 'preferred', 'admitted'])
  })
})
