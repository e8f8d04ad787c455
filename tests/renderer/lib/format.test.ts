import { describe, expect, it } from 'vitest'

import { formatCalendarDate, formatNumber, progressPercent } from '../../../src/renderer/src/lib/format'

describe('localised formatting', () => {
  it('formats calendar dates per locale without a time-zone shift', () => {
    expect(formatCalendarDate('2025-03-08', 'zh-CN')).toBe('2025年3月8日')
    expect(formatCalendarDate('2025-03-08', 'en')).toBe('Mar 8, 2025')
    expect(formatCalendarDate('2023-01-01', 'en')).toBe('Jan 1, 2023')
    expect(formatCalendarDate(null, 'en')).toBeNull()
    expect(formatCalendarDate('sometime', 'en')).toBe('sometime')
  })

  it('groups digits per locale', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567')
    expect(formatNumber(1234567, 'zh-CN')).toBe('1,234,567')
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5')
  })

  it('gives a clamped whole percentage, or null while the total is unknown', () => {
    expect(progressPercent(1, 3)).toBe(33)
    expect(progressPercent(5, 4)).toBe(100)
    expect(progressPercent(0, 0)).toBeNull()
  })
})
