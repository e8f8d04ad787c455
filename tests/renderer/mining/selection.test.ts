import { describe, expect, it } from 'vitest'

import { formatScore } from '../../../src/renderer/src/screens/mining/candidate-format'
import { moveCursor, rangeIds, reviewKey, toggleId } from '../../../src/renderer/src/screens/mining/selection'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods
})

describe('review queue helpers', () => {
  it('maps review keys, and leaves modifier chords (Ctrl+Z, Ctrl+S) to the app', () => {
    expect(reviewKey(key('j'))).toBe('down')
    expect(reviewKey(key('ArrowUp'))).toBe('up')
    expect(reviewKey(key('a'))).toBe('accept')
    expect(reviewKey(key('r'))).toBe('reject')
    expect(reviewKey(key('s'))).toBe('skip')
    expect(reviewKey(key('e'))).toBe('edit')
    expect(reviewKey(key('m'))).toBe('merge')
    expect(reviewKey(key(' '))).toBe('toggle')
    expect(reviewKey(key('s', { ctrlKey: true }))).toBeNull()
    expect(reviewKey(key('a', { metaKey: true }))).toBeNull()
    expect(reviewKey(key('x'))).toBeNull()
  })

  it('keeps the cursor inside the list', () => {
    expect(moveCursor(0, -1, 10)).toBe(0)
    expect(moveCursor(9, 1, 10)).toBe(9)
    expect(moveCursor(3, 1, 10)).toBe(4)
    expect(moveCursor(-1, 1, 10)).toBe(0)
    expect(moveCursor(5, 1, 0)).toBe(-1)
    // After rows vanish (rejected under the "to review" filter), the cursor clamps to the new end.
    expect(moveCursor(40, 0, 12)).toBe(11)
  })

  it('toggles ids and selects Shift+click ranges in either direction, skipping unloaded rows', () => {
    const selected = toggleId(new Set([1, 2]), 2)
    expect([...selected]).toEqual([1])
    expect([...toggleId(selected, 7)]).toEqual([1, 7])
    const rows = [{ id: 10 }, { id: 11 }, undefined, { id: 13 }]
    expect(rangeIds((i) => rows[i], 3, 0)).toEqual([10, 11, 13])
    expect(rangeIds((i) => rows[i], 1, 1)).toEqual([11])
  })

  it('formats scores with two decimals in the interface language', () => {
    expect(formatScore(4.8, 'en')).toBe('4.80')
    expect(formatScore(1234.5, 'de')).toBe('1.234,50')
  })
})
