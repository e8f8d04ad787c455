import { describe, expect, it } from 'vitest'

import { parseLooseDate } from '../../../src/core/text/parse-date'

describe('parseLooseDate', () => {
  it.each([
    ['2025-03-08', '2025-03-08'],
    ['2025-3-8', '2025-03-08'],
    ['2025/03/08', '2025-03-08'],
    ['2025.3.8', '2025-03-08'],
    ['2023-05-30 12:57', '2023-05-30'],
    ['2025-03-08T09:30:00+08:00', '2025-03-08'],
    ['2025年3月8日', '2025-03-08'],
    ['March 8, 2025', '2025-03-08'],
    ['Sept. 4, 2023', '2023-09-04'],
    ['Mar 8 2025', '2025-03-08'],
    ['8 March 2025', '2025-03-08'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null], // not a leap year
    ['2025-13-01', null],
    ['Smarch 8, 2025', null],
    ['08:33, March 12, 2025', null], // a time first is not a date line
    ['yesterday', null],
    ['', null]
  ])('%j → %s', (input, expected) => {
    expect(parseLooseDate(input)).toBe(expected)
  })
})
