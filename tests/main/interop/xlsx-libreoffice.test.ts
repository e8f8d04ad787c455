import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { parseCsv } from '../../../src/core/exchange/csv-parse'
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
  }, 150_000)
})
