import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { UnsavedDialog } from '../../../src/renderer/src/screens/termbase/unsaved-dialog'
import { UnsavedGuard } from '../../../src/renderer/src/screens/termbase/unsaved-guard'

/** A guard over a fake editor: `dirty` and the save result are set per test; calls are recorded. */
function editor(options: { dirty: boolean; saves?: boolean }) {
  const state = { dirty: options.dirty, asking: false, saves: 0, left: 0 }
  const guard = new UnsavedGuard({
    isDirty: () => state.dirty,
    save: async () => {
      state.saves += 1
      if (options.saves) state.dirty = false
      return options.saves ?? true
    },
    onAsking: (asking) => {
      state.asking = asking
    }
  })
  const leave = () => {
    state.left += 1
  }
  return { state, guard, leave }
}

describe('unsaved changes guard', () => {
  it('lets a clean editor go at once, without asking', () => {
    const { state, guard, leave } = editor({ dirty: false })
    guard.request(leave)
    expect(state).toMatchObject({ left: 1, asking: false, saves: 0 })
  })

  it('holds a dirty editor until the user answers; Keep editing stays', async () => {
    const { state, guard, leave } = editor({ dirty: true })
    guard.request(leave)
    expect(state).toMatchObject({ left: 0, asking: true })
    expect(await guard.answer('keep')).toBe(false)
    expect(state).toMatchObject({ left: 0, asking: false, saves: 0 })
  })

  it('Discard leaves without saving', async () => {
    const { state, guard, leave } = editor({ dirty: true })
    guard.request(leave)
    expect(await guard.answer('discard')).toBe(true)
    expect(state).toMatchObject({ left: 1, asking: false, saves: 0 })
  })

  it('Save saves, then leaves', async () => {
    const { state, guard, leave } = editor({ dirty: true, saves: true })
    guard.request(leave)
    expect(await guard.answer('save')).toBe(true)
    expect(state).toMatchObject({ left: 1, saves: 1, dirty: false })
  })

  it('stays when the save did not happen (a duplicate to confirm, an error): nothing is lost', async () => {
    const { state, guard, leave } = editor({ dirty: true, saves: false })
    guard.request(leave)
    expect(await guard.answer('save')).toBe(false)
    expect(state).toMatchObject({ left: 0, saves: 1, dirty: true, asking: false })
  })

  it('uses the save given with the request (opening a duplicate saves with duplicates allowed)', async () => {
    const { state, guard, leave } = editor({ dirty: true })
    let special = 0
    guard.request(leave, async () => {
      special += 1
      return true
    })
    await guard.answer('save')
    expect({ special, saves: state.saves, left: state.left }).toEqual({ special: 1, saves: 0, left: 1 })
  })

  it('follows the latest way out when a second one is taken while asking', async () => {
    const { guard } = editor({ dirty: true })
    const taken: string[] = []
    guard.request(() => taken.push('concept 2'))
    guard.request(() => taken.push('corpus screen'))
    await guard.answer('discard')
    expect(taken).toEqual(['corpus screen'])
    // Answered once: a stray second answer does nothing.
    expect(await guard.answer('discard')).toBe(false)
    expect(taken).toEqual(['corpus screen'])
  })
})

describe('unsaved changes dialog', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('offers Save, Discard and Keep editing, Save first, in both languages', async () => {
    await i18n.changeLanguage('en')
    const en = renderToStaticMarkup(<UnsavedDialog name="new quality productive forces" onAnswer={() => undefined} />)
    expect(en).toContain('Unsaved changes')
    expect(en).toContain('“new quality productive forces”')
    const order = ['unsaved-save', 'unsaved-discard', 'unsaved-keep'].map((id) => en.indexOf(`data-testid="${id}"`))
    expect(order.every((at) => at > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(en).toMatch(/>Save<.*>Discard<.*>Keep editing</s)

    await i18n.changeLanguage('zh-CN')
    const zh = renderToStaticMarkup(<UnsavedDialog name={null} onAnswer={() => undefined} />)
    expect(zh).toContain('有未保存的更改')
    expect(zh).toContain('这个新概念尚未保存')
    expect(zh).toMatch(/>保存<.*>放弃更改<.*>继续编辑</s)
    await i18n.changeLanguage('en')
  })
})
