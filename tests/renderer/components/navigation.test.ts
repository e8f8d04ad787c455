import { describe, expect, it } from 'vitest'

import { LeaveGuardSlot, leavesScreen } from '../../../src/renderer/src/components/navigation'

describe('navigation leave guard', () => {
  it('asks when the sidebar goes to another screen or a target opens, not when re-selecting the screen', () => {
    expect(leavesScreen('termbase', 'corpus')).toBe(true)
    expect(leavesScreen('termbase', 'termbase', { conceptId: 4 })).toBe(true)
    expect(leavesScreen('termbase', 'termbase')).toBe(false)
  })

  it('navigates at once with no guard, and through the screen guard while one is installed', () => {
    const slot = new LeaveGuardSlot()
    const went: string[] = []
    slot.leave(() => went.push('free'))
    expect(went).toEqual(['free'])

    // The guard holds the way out, as the editor does while its dialog is up.
    const held: { proceed?: () => void } = {}
    const remove = slot.set((proceed) => {
      held.proceed = proceed
    })
    slot.leave(() => went.push('guarded'))
    expect(went).toEqual(['free'])
    held.proceed?.()
    expect(went).toEqual(['free', 'guarded'])

    // The screen unmounts: its guard goes with it.
    remove()
    slot.leave(() => went.push('after'))
    expect(went).toEqual(['free', 'guarded', 'after'])
  })

  it('keeps a newer guard when an older screen removes its own late', () => {
    const slot = new LeaveGuardSlot()
    const removeOld = slot.set((proceed) => proceed())
    let asked = false
    slot.set(() => {
      asked = true
    })
    removeOld()
    slot.leave(() => undefined)
    expect(asked).toBe(true)
  })
})
