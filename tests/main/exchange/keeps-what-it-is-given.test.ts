/**
 * Issue #15 §2, as it is judged: a TBX with homonyms, apostrophe variants and timed transactions imports
 * into an empty workspace as it is, and survives export → import with identical terms, statuses and
 * timestamps (TBX v3 and v2; CSV and XLSX carry the concept's dates, which are their columns).
 */
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { Db } from '../../../src/main/db/open-database'
import { openTestApp } from '../../helpers/test-app'
import type { TestApp } from './exchange-helpers'

const FIXTURE = join(__dirname, '../../fixtures/exchange/homonyms-apostrophes-times.tbx')

let first: TestApp
let second: TestApp

beforeEach(async () => {
  first = await openTestApp('first.sqlite')
  second = await openTestApp('second.sqlite')
})
afterEach(() => {
  first.close()
  second.close()
})

/** Every concept with its dates and its terms (language, text, status, dates), in id order. */
function snapshot(db: Db, termDates = true): unknown[] {
  const concepts = db
    .prepare('SELECT id, domain, created_at, modified_at FROM concepts WHERE deleted_at IS NULL ORDER BY id')
    .all() as Array<{ id: number; domain: string; created_at: string; modified_at: string }>
  return concepts.map((c) => ({
    domain: c.domain,
    created: c.created_at,
    modified: c.modified_at,
    terms: (
      db
        .prepare('SELECT lang, text, status, created_at, modified_at FROM terms WHERE concept_id = ? ORDER BY ordinal')
        .all(c.id) as Array<Record<string, string>>
    ).map((t) =>
      termDates ? `${t.lang} ${t.text} ${t.status} ${t.created_at} ${t.modified_at}` : `${t.lang} ${t.text} ${t.status}`
    )
  }))
}

describe('the term base keeps exactly what it is given (#15 §2)', () => {
  it('imports homonyms as two concepts, both apostrophes, and every date to the second', async () => {
    const report = await first.call('exchange/import', { path: FIXTURE })
    expect(report).toMatchObject({ new: 3, merged: 0, conflicting: 0, rejected: 0, proposals: [] })
    // The one thing folded, and said: 全国人大 listed twice with the same text.
    expect(report.warnings).toEqual(['entry pol-007: "全国人大" is listed twice in zh-CN: kept once'])
    expect(snapshot(first.app.workspace.db)).toEqual([
      {
        domain: 'Economy',
        created: '2019-03-05T09:15:30Z',
        modified: '2021-11-02T16:40:05Z',
        terms: [
          'en opening up preferred 2019-03-05T09:15:30Z 2021-11-02T16:40:05Z',
          'en opening-up admitted 2019-03-05T09:15:30Z 2021-11-02T16:40:05Z',
          'zh-CN 对外开放 preferred 2019-03-05T09:15:30Z 2021-11-02T16:40:05Z'
        ]
      },
      {
        domain: 'Telecommunications',
        created: '2020-01-17T08:01:02Z',
        modified: '2023-06-30T23:59:59Z',
        terms: [
          'en opening up admitted 2020-01-17T08:01:02Z 2023-06-30T23:59:59Z',
          'en launch preferred 2020-01-17T08:01:02Z 2023-06-30T23:59:59Z',
          'zh-CN 开通 preferred 2020-01-17T08:01:02Z 2023-06-30T23:59:59Z'
        ]
      },
      {
        domain: 'Politics',
        created: '2018-07-01T12:00:00+08:00',
        modified: '2024-02-29T07:08:09Z',
        terms: [
          "en National People's Congress preferred 2018-07-01T12:00:00+08:00 2024-02-29T07:08:09Z",
          'en National People’s Congress admitted 2024-02-29T07:08:09Z 2024-02-29T07:08:09Z',
          'en NPC deprecated 2018-07-01T12:00:00+08:00 2024-02-29T07:08:09Z',
          'zh-CN 全国人民代表大会 preferred 2018-07-01T12:00:00+08:00 2024-02-29T07:08:09Z',
          'zh-CN 全国人大 admitted 2018-07-01T12:00:00+08:00 2024-02-29T07:08:09Z'
        ]
      }
    ])
  })

  it.each([
    ['tbx', 'tbx', true],
    ['tbx2', 'tbx', true],
    ['csv', 'csv', false],
    ['xlsx', 'xlsx', false]
  ] as const)('survives %s export → import: same terms, statuses and dates', async (format, ext, termDates) => {
    await first.call('exchange/import', { path: FIXTURE })
    const path = join(first.home.dir, `out.${ext}`)
    await first.call('exchange/export', { format, path })
    const report = await second.call('exchange/import', { path })
    expect(report).toMatchObject({ new: 3, merged: 0, rejected: 0, warnings: [] })
    expect(snapshot(second.app.workspace.db, termDates)).toEqual(snapshot(first.app.workspace.db, termDates))
  })

  it('dates an entry that has dates only on its terms (as MultiTerm writes) from its terms', async () => {
    const { writeFileSync } = await import('node:fs')
    const tx = (type: string, date: string): string =>
      `<transacGrp><transac type="transactionType">${type}</transac>` +
      `<transacNote type="responsibility">CD</transacNote><date>${date}</date></transacGrp>`
    const path = join(first.home.dir, 'multiterm.tbx')
    writeFileSync(
      path,
      '<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body><termEntry id="c1">' +
        `<langSet xml:lang="de"><ntig><termGrp><term>Zickzackfalz</term></termGrp>${tx('origination', '20010507T10:57:25Z')}` +
        `${tx('modification', '20010507T10:58:02Z')}</ntig></langSet>` +
        `<langSet xml:lang="en"><ntig><termGrp><term>accordion fold</term></termGrp>${tx('origination', '20010423T13:08:13Z')}` +
        '</ntig></langSet></termEntry></body></text></martif>'
    )
    expect(await first.call('exchange/import', { path })).toMatchObject({ new: 1 })
    expect(snapshot(first.app.workspace.db)).toEqual([
      {
        domain: '',
        created: '2001-04-23T13:08:13Z',
        modified: '2001-05-07T10:58:02Z',
        terms: [
          'de Zickzackfalz preferred 2001-05-07T10:57:25Z 2001-05-07T10:58:02Z',
          'en accordion fold preferred 2001-04-23T13:08:13Z 2001-05-07T10:58:02Z'
        ]
      }
    ])
  })

  it('writes the time of each transaction: v3 in <date>, v2 beside its date-only <date>', async () => {
    await first.call('exchange/import', { path: FIXTURE })
    const { readFileSync } = await import('node:fs')
    const v3 = join(first.home.dir, 'v3.tbx')
    const v2 = join(first.home.dir, 'v2.tbx')
    await first.call('exchange/export', { format: 'tbx', path: v3 })
    await first.call('exchange/export', { format: 'tbx2', path: v2 })
    const three = readFileSync(v3, 'utf8')
    expect(three).toContain(
      '<transacGrp><transac type="transactionType">origination</transac><date>2019-03-05T09:15:30Z</date></transacGrp>'
    )
    // The curly-apostrophe term's own date, in its term section.
    expect(three).toMatch(/<term>National People’s Congress<\/term>[\s\S]*?<date>2024-02-29T07:08:09Z<\/date>/)
    const two = readFileSync(v2, 'utf8')
    expect(two).toContain('<date>2019-03-05</date></transacGrp>')
    expect(two).toContain('<note>[origination] 2019-03-05T09:15:30Z</note>')
  })
})
