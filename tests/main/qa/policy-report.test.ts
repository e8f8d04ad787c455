import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type Direction,
  EN_ERRORS,
  reportUnits,
  toTmx,
  toXliff12,
  toXliff20,
  ZH_ERRORS
} from '../../fixtures/qa/policy-report'
import { appWithTerms, type TestApp, writeHomeFile } from './qa-helpers'

// The judged behaviour (issue #19): on a report with injected errors, given as TMX, XLIFF 1.2 and XLIFF 2.0,
// every injected error is flagged and no other unit is; the clean report gives no finding at all.
let t: TestApp
beforeAll(async () => {
  t = await appWithTerms()
})
afterAll(() => t.close())

const formats = [
  ['TMX', 'tmx', toTmx],
  ['XLIFF 1.2', 'xlf', toXliff12],
  ['XLIFF 2.0', 'xlf', toXliff20]
] as const

const injected: Record<Direction, { id: string; text: string; check: string }[]> = {
  'en-zh': ZH_ERRORS.map((e) => ({ id: e.id, text: e.zh, check: e.check })),
  'zh-en': EN_ERRORS.map((e) => ({ id: e.id, text: e.en, check: e.check }))
}

describe.each(['en-zh', 'zh-en'] as const)('policy report %s', (direction) => {
  const errors = injected[direction]
  describe.each(formats)('%s', (label, ext, write) => {
    it('flags exactly the units with injected errors, each with the check that fits', async () => {
      const units = reportUnits(direction, Object.fromEntries(errors.map((e) => [e.id, e.text])))
      const path = writeHomeFile(t, `report-${direction}-${label.replace(/\W/g, '')}.${ext}`, write(direction, units))
      const report = await t.call('qa/run', { path })
      expect(report.units).toBe(units.length)
      expect(report.checked).toBe(units.length)
      const flagged = [...new Set(report.findings.map((f) => f.unit))].sort()
      expect(flagged).toEqual(errors.map((e) => e.id).sort())
      for (const e of errors) {
        expect(
          report.findings.filter((f) => f.unit === e.id).map((f) => f.check),
          e.id
        ).toContain(e.check)
      }
    })

    it('gives no finding on the clean report', async () => {
      const path = writeHomeFile(t, `clean-${direction}.${ext}`, write(direction, reportUnits(direction)))
      const report = await t.call('qa/run', { path })
      expect(report.findings.map((f) => [f.unit, f.check, f.term, f.found])).toEqual([])
      expect(report.withTerms).toBeGreaterThan(15)
    })
  })
})
