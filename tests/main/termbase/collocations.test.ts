import { afterEach, describe, expect, it } from 'vitest'

import { openTestApp } from '../../helpers/test-app'

type App = Awaited<ReturnType<typeof openTestApp>>

async function concept(t: App, en: string, zh: string): Promise<number> {
  const saved = await t.call('termbase/save', {
    terms: [
      { lang: 'en', text: en, status: 'preferred', pos: '', usageNote: '' },
      { lang: 'zh-CN', text: zh, status: 'preferred', pos: '', usageNote: '' }
    ]
  })
  if (!('concept' in saved) || !saved.concept) throw new Error('not saved')
  return saved.concept.id
}

describe('collocations stored with a concept', () => {
  let t: App | null = null
  afterEach(() => {
    t?.close()
    t = null
  })

  it('adds once per collocate (again = fresher figures), undoes, redoes and survives a restart', async () => {
    t = await openTestApp()
    const id = await concept(t, 'new quality productive forces', '新质生产力')
    await t.call('termbase/addCollocation', {
      conceptId: id,
      node: 'productive forces',
      word: 'develop',
      freq: 4,
      logDice: 10.1,
      mi: 5.2,
      window: 5
    })
    await t.call('termbase/addCollocation', {
      conceptId: id,
      node: 'productive forces',
      word: 'cultivate',
      freq: 2,
      logDice: 8.4,
      mi: 6
    })
    const again = await t.call('termbase/addCollocation', {
      conceptId: id,
      node: ' productive  forces ',
      word: 'develop',
      freq: 7,
      logDice: 11,
      mi: 5
    })
    expect(again.freq).toBe(7)
    let list = await t.call('termbase/collocations', { conceptId: id })
    expect(list.map((c) => [c.word, c.freq])).toEqual([
      ['develop', 7],
      ['cultivate', 2]
    ])

    await t.call('workspace/undo', {})
    list = await t.call('termbase/collocations', { conceptId: id })
    expect(list.find((c) => c.word === 'develop')?.freq).toBe(4)
    await t.call('workspace/redo', {})
    await t.reopen()
    list = await t.call('termbase/collocations', { conceptId: id })
    expect(list.find((c) => c.word === 'develop')?.freq).toBe(7)

    await t.call('termbase/removeCollocation', { id: list[1].id })
    expect((await t.call('termbase/collocations', { conceptId: id })).map((c) => c.word)).toEqual(['develop'])
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/collocations', { conceptId: id })).map((c) => c.word)).toEqual([
      'develop',
      'cultivate'
    ])
  })

  it('moves with a merge, keeping one row where both concepts held the same collocate', async () => {
    t = await openTestApp()
    const a = await concept(t, 'high-quality development', '高质量发展')
    const b = await concept(t, 'high quality growth', '高质量增长')
    await t.call('termbase/addCollocation', { conceptId: a, node: 'high-quality development', word: 'promote' })
    await t.call('termbase/addCollocation', { conceptId: b, node: 'high-quality development', word: 'promote' })
    await t.call('termbase/addCollocation', { conceptId: b, node: 'high-quality development', word: 'pursue' })
    await t.call('termbase/merge', { targetId: a, sourceId: b })
    expect((await t.call('termbase/collocations', { conceptId: a })).map((c) => c.word).sort()).toEqual([
      'promote',
      'pursue'
    ])
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/collocations', { conceptId: b })).map((c) => c.word).sort()).toEqual([
      'promote',
      'pursue'
    ])
    expect((await t.call('termbase/collocations', { conceptId: a })).map((c) => c.word)).toEqual(['promote'])
  })

  it('refuses an unknown concept and an empty collocate', async () => {
    t = await openTestApp()
    await expect(t.call('termbase/addCollocation', { conceptId: 999, node: 'x', word: 'y' })).rejects.toMatchObject({
      code: 'not-found'
    })
    const id = await concept(t, 'Belt and Road Initiative', '一带一路倡议')
    await expect(t.call('termbase/addCollocation', { conceptId: id, node: 'x', word: '   ' })).rejects.toMatchObject({
      code: 'invalid-argument'
    })
  })
})
