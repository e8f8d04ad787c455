import { afterEach, beforeEach, describe, expect, it } from 'vitest'

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

async function concept(en: string, zh: string, domain = '', extra: TermRecord[] = []): Promise<number> {
  const saved = await t.call('termbase/save', { terms: [term('en', en), term('zh-CN', zh), ...extra], domain })
  return saved.concept!.id
}

const ids = async (arg: Parameters<typeof t.call<'termbase/search'>>[1]) =>
  (await t.call('termbase/search', { limit: 100, ...arg })).rows.map((r) => r.id).sort()

describe('term-base search by pinyin', () => {
  it('finds 高质量发展 by gaozhiliang, spaced, with tone marks or digits, and not by other readings', async () => {
    const hq = await concept('high-quality development', '高质量发展')
    const other = await concept('quality control', '质量控制')
    for (const q of [
      'gaozhiliang',
      'gao zhi liang',
      'gāo zhì liàng',
      'gao1zhi4liang4',
      'GaoZhiLiang',
      'zhiliangfazhan'
    ]) {
      expect(await ids({ text: q }), q).toEqual([hq])
    }
    // 质量 (zhiliang) is in both; a reading that is not there finds nothing; a prefix of a syllable pair is not pinyin.
    expect(await ids({ text: 'zhiliang' })).toEqual([hq, other].sort())
    expect(await ids({ text: 'gaoliang' })).toEqual([])
    expect(await ids({ text: 'gaozh' })).toEqual([])
  })

  it('a word search still works beside it, and an edit is found at once', async () => {
    const id = await concept('new quality productive forces', '新质生产力')
    expect(await ids({ text: 'quality' })).toEqual([id])
    expect(await ids({ text: 'xinzhishengchanli' })).toEqual([id])
    const c = await t.call('termbase/get', { id })
    await t.call('termbase/save', { id, terms: [c.terms[0], { ...term('zh-CN', '新型生产力') }] })
    expect(await ids({ text: 'xinzhishengchanli' })).toEqual([])
    expect(await ids({ text: 'xinxing shengchanli' })).toEqual([id])
  })
})

describe('domain filter', () => {
  it('is a case-insensitive prefix; % and _ are literal', async () => {
    const a = await concept('green economy', '绿色经济', 'economy')
    const b = await concept('finance', '金融', 'Economy/Finance')
    await concept('ecology', '生态', 'ecology')
    const odd = await concept('odd', '奇', '50%_share')
    expect(await ids({ domain: 'Econ' })).toEqual([a, b].sort())
    expect(await ids({ domain: 'economy/' })).toEqual([b])
    expect(await ids({ domain: '50%' })).toEqual([odd])
    expect(await ids({ domain: '5_' })).toEqual([])
  })
})

describe('termbase/bulkEdit', () => {
  it('sets the domain of three concepts in one history entry that one undo restores', async () => {
    const a = await concept('reform', '改革', 'politics')
    const b = await concept('opening up', '对外开放')
    const c = await concept('rural revitalization', '乡村振兴', 'agriculture')
    const before = (await t.call('workspace/history', { limit: 100 })).length
    const result = await t.call('termbase/bulkEdit', { ids: [a, b, c], change: { kind: 'domain', domain: 'Policy' } })
    expect(result).toEqual({ concepts: 3, changed: 3 })
    const history = await t.call('workspace/history', { limit: 100 })
    expect(history.length).toBe(before + 1)
    expect(history[0].label).toBe('Set the domain of 3 concepts')
    expect(await ids({ domain: 'policy' })).toEqual([a, b, c].sort())
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/get', { id: a })).domain).toBe('politics')
    expect((await t.call('termbase/get', { id: b })).domain).toBe('')
    expect((await t.call('termbase/get', { id: c })).domain).toBe('agriculture')
    await t.call('workspace/redo', {})
    expect(await ids({ domain: 'Policy' })).toEqual([a, b, c].sort())
  })

  it('sets the status of one language, and preferred only on the head term', async () => {
    const a = await concept('reform', '改革', '', [term('zh-CN', '改革开放政策', 'admitted')])
    await t.call('termbase/bulkEdit', { ids: [a], change: { kind: 'status', status: 'deprecated', lang: 'zh' } })
    let terms = (await t.call('termbase/get', { id: a })).terms
    expect(terms.map((x) => [x.lang, x.status])).toEqual([
      ['en', 'preferred'],
      ['zh-CN', 'deprecated'],
      ['zh-CN', 'deprecated']
    ])
    await t.call('termbase/bulkEdit', { ids: [a], change: { kind: 'status', status: 'preferred' } })
    terms = (await t.call('termbase/get', { id: a })).terms
    expect(terms.map((x) => x.status)).toEqual(['preferred', 'preferred', 'deprecated'])
  })

  it('sets and appends notes, deletes as one undoable step, skips concepts already gone', async () => {
    const a = await concept('reform', '改革')
    const b = await concept('opening up', '对外开放')
    await t.call('termbase/bulkEdit', {
      ids: [a, b],
      change: { kind: 'note', note: 'from the 2024 report', mode: 'set' }
    })
    await t.call('termbase/bulkEdit', { ids: [a, b], change: { kind: 'note', note: 'checked', mode: 'append' } })
    expect((await t.call('termbase/get', { id: b })).note).toBe('from the 2024 report\nchecked')
    await t.call('termbase/delete', { id: b })
    const deleted = await t.call('termbase/bulkEdit', { ids: [a, b], change: { kind: 'delete' } })
    expect(deleted).toEqual({ concepts: 1, changed: 1 })
    expect((await t.call('termbase/search', {})).total).toBe(0)
    await t.call('workspace/undo', {})
    expect(await ids({})).toEqual([a])
    expect(await ids({ text: 'gaige' })).toEqual([a])
  })

  it('refuses an unknown change, and a selection that no longer exists', async () => {
    await expect(t.call('termbase/bulkEdit', { ids: [1], change: { kind: 'rename' } as never })).rejects.toThrow()
    await expect(t.call('termbase/bulkEdit', { ids: [999], change: { kind: 'delete' } })).rejects.toThrow(/exists/)
  })

  it('search returns every matching id on request (select all shown)', async () => {
    const a = await concept('reform', '改革', 'politics')
    await concept('opening up', '对外开放')
    const page = await t.call('termbase/search', { domain: 'pol', withIds: true, limit: 1 })
    expect(page.ids).toEqual([a])
    expect((await t.call('termbase/search', {})).ids).toBeUndefined()
  })
})
