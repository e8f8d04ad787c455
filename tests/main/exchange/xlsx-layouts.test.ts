/**
 * The XLSX export's two layouts (#15 §4) on Shuyu's own OOXML writer (#16 item 9): interchange (the
 * CSV's columns, re-importable) and readable (one row per concept for people), both with a frozen,
 * filtered header; readable with column widths and wrapped text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { listZipEntries, readZipEntry } from '../../../src/main/corpus/zip-check'
import { readXlsxRows } from '../../../src/main/exchange/xlsx-file'
import { openTestApp } from '../../helpers/test-app'
import { seedTermBase, type TestApp } from './exchange-helpers'

let t: TestApp
beforeEach(async () => {
  t = await openTestApp()
  await seedTermBase(t)
})
afterEach(() => t.close())

function part(path: string, name: string): string {
  const data = readFileSync(path)
  const entry = listZipEntries(data).find((e) => e.name === name)
  if (!entry) throw new Error(`${name} missing`)
  return readZipEntry(data, entry).toString('utf8')
}

describe('XLSX layouts', () => {
  it('readable: one row per concept by head term, frozen and filtered header, widths, wrapped text', async () => {
    const path = join(t.home.dir, 'readable.xlsx')
    expect(await t.call('exchange/export', { format: 'xlsx', layout: 'readable', path })).toMatchObject({
      concepts: 3
    })
    const rows = (await readXlsxRows(readFileSync(path))).map((r) => r.cells)
    expect(rows[0]).toEqual([
      'English',
      'Chinese',
      'Status',
      'Other English terms',
      'Other Chinese terms',
      'Avoid',
      'Domain',
      'Definition',
      'Example',
      'Example (Chinese)',
      'Note'
    ])
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['high-quality development', '高质量发展', 'preferred'],
      ['new quality productive forces', '新质生产力', 'preferred'],
      ["whole-process people's democracy", '全过程人民民主', 'preferred']
    ])
    const nqpf = rows[2]
    expect(nqpf[5]).toBe('new productive forces (deprecated); 新型生产力 (forbidden)')
    expect(nqpf[8]).toBe('We will develop new quality productive forces according to local conditions.')
    const sheet = part(path, 'xl/worksheets/sheet1.xml')
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
    expect(sheet).toContain('<autoFilter ref="A1:K4"/>')
    expect(sheet).toContain('<col min="8" max="8" width="50.0" customWidth="1"/>')
    expect(sheet).toMatch(/<c r="A2" s="2" t="inlineStr">/)
    expect(part(path, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Glossary'!$A$1:$K$4</definedName>`
    )
  })

  it('interchange: the CSV columns, a frozen and filtered header, and it imports back', async () => {
    const path = join(t.home.dir, 'interchange.xlsx')
    await t.call('exchange/export', { format: 'xlsx', path })
    const rows = (await readXlsxRows(readFileSync(path))).map((r) => r.cells)
    expect(rows[0].slice(0, 8)).toEqual([
      'ID',
      'Domain',
      'Definition',
      'Note',
      'Concept source',
      'Created',
      'Modified',
      'en'
    ])
    expect(rows).toHaveLength(4)
    const sheet = part(path, 'xl/worksheets/sheet1.xml')
    expect(sheet).toContain('state="frozen"')
    expect(sheet).toMatch(/<autoFilter ref="A\d+:[A-Z]+4"\/>|<autoFilter ref="A1:[A-Z]+4"\/>/)
    const report = await t.call('exchange/preview', { path })
    // The same concepts, named by their ids: each merges into itself, nothing new.
    expect(report).toMatchObject({ new: 0, merged: 3, conflicting: 0, rejected: 0 })
  })
})
