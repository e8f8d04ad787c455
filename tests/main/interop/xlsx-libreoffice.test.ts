import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { parseCsv } from '../../../src/core/exchange/csv-parse'
import { readXlsxRows } from '../../../src/main/exchange/xlsx-file'
import { openTestApp } from '../../helpers/test-app'
import { seedTermBase, type TestApp } from '../exchange/exchange-helpers'

/** LibreOffice is optional here (CI installs it when it can): without it the check is skipped, not faked. */
const soffice = ['libreoffice', 'soffice'].find((cmd) => spawnSync(cmd, ['--version']).status === 0)

// The issue asks that an exported XLSX opens in LibreOffice; reading it back through LibreOffice's own
// CSV export must give exactly what our CSV export holds (formula-looking cells stay text).
describe.skipIf(!soffice)('XLSX export opened by LibreOffice headless', () => {
  let t: TestApp | null = null
  let dir = ''
  afterEach(() => {
    t?.close()
    t = null
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('converts to the same table as the CSV export, Chinese and formula-like cells intact', async () => {
    t = await openTestApp()
    await seedTermBase(t)
    await t.call('termbase/save', {
      terms: [
        { lang: 'en', text: 'SUM(A1) plus one', status: 'preferred', pos: '', usageNote: '=SUM(A1)+1' },
        { lang: 'zh-CN', text: '新质生产力（加号）', status: 'admitted', pos: '', usageNote: '+新质生产力' }
      ]
    })
    dir = mkdtempSync(join(tmpdir(), 'shuyu-lo-'))
    await t.call('exchange/export', { format: 'xlsx', path: join(dir, 'glossary.xlsx') })
    await t.call('exchange/export', { format: 'csv', path: join(dir, 'glossary.csv') })
    const run = spawnSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        join(dir, 'lo'),
        join(dir, 'glossary.xlsx')
      ],
      { timeout: 120_000, encoding: 'utf8' }
    )
    expect(run.status, run.stderr).toBe(0)
    const viaLibreOffice = parseCsv(readFileSync(join(dir, 'lo', 'glossary.csv'), 'utf8'))
    const ours = parseCsv(readFileSync(join(dir, 'glossary.csv'), 'utf8').replace(/^\uFEFF/, ''))
    expect(viaLibreOffice.header).toEqual(ours.header)
    expect(viaLibreOffice.rows).toEqual(ours.rows)
    expect(viaLibreOffice.rows.flat()).toContain('=SUM(A1)+1')
    expect(viaLibreOffice.rows.flat()).toContain('+新质生产力')

    // The readable layout opens too: its header and one row per concept.
    await t.call('exchange/export', {
      format: 'xlsx',
      layout: 'readable',
      path: join(dir, 'readable.xlsx')
    })
    expect(convert(dir, 'readable.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76').status).toBe(0)
    const readable = parseCsv(readFileSync(join(dir, 'lo', 'readable.csv'), 'utf8'))
    expect(readable.header.slice(0, 3)).toEqual(['English', 'Chinese', 'Status'])
    expect(readable.rows).toHaveLength(4)
  }, 150_000)

  it('our reader reads a workbook LibreOffice wrote (shared strings, numbers, dates) as LibreOffice shows it', async () => {
    t = await openTestApp()
    dir = mkdtempSync(join(tmpdir(), 'shuyu-lo-'))
    const csv =
      'en,zh-CN,Note,Count,Created\n' +
      '"opening up",对外开放,"a, b",3,2024-03-05\n' +
      '"National People’s Congress",全国人民代表大会,"line one",0.5,2019-12-31\n'
    writeFileSync(join(dir, 'lo.csv'), csv)
    // The CSV read as UTF-8 (44 = comma, 34 = quote, 76 = UTF-8), then saved as a workbook.
    expect(convert(dir, 'lo.csv', 'xlsx:Calc MS Excel 2007 XML', 'CSV:44,34,76').status).toBe(0)
    const rows = await readXlsxRows(readFileSync(join(dir, 'lo', 'lo.xlsx')))
    expect(rows.map((r) => r.cells)).toEqual([
      ['en', 'zh-CN', 'Note', 'Count', 'Created'],
      ['opening up', '对外开放', 'a, b', '3', '2024-03-05'],
      ['National People’s Congress', '全国人民代表大会', 'line one', '0.5', '2019-12-31']
    ])
    // And it imports: two concepts, the Chinese intact.
    const report = await t.call('exchange/import', { path: join(dir, 'lo', 'lo.xlsx') })
    expect(report).toMatchObject({ kind: 'xlsx', new: 2, rejected: 0 })
  }, 150_000)
})

/** LibreOffice headless converts `file` in `dir` into `dir/lo`, with its own throwaway profile. */
function convert(dir: string, file: string, filter: string, infilter?: string): ReturnType<typeof spawnSync> {
  return spawnSync(
    soffice as string,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      filter,
      '--outdir',
      join(dir, 'lo'),
      join(dir, file)
    ],
    { timeout: 120_000, encoding: 'utf8' }
  )
}
