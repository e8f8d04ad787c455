/**
 * CSV/TSV/XLSX glossaries against bad input, through the dispatcher as every transport calls it:
 * legacy encodings, a title above the table, header-only and term-less tables, zip bombs, damaged
 * workbooks, missing files. Every refusal names the file and carries a key both languages translate.
 */
import { join } from 'node:path'

import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import type { ApiErrorPayload } from '../../../src/shared/api'
import { checkKey } from '../../helpers/error-resources'
import { openTestApp } from '../../helpers/test-app'
import { makeDeflatedZip, sheetXml, xlsxParts } from '../corpus/make-deflated-zip'
import { homeFile, type TestApp } from './exchange-helpers'

let t: TestApp

beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const file = (name: string, content: string | Buffer): string => homeFile(t, name, content)

async function importError(
  path: string,
  op: 'exchange/import' | 'exchange/preview' = 'exchange/import'
): Promise<ApiErrorPayload> {
  const result = await dispatch(t.app, createHandlers(t.app), op, { path })
  if (result.ok) throw new Error(`${path} imported without an error`)
  expect(checkKey(result.error.key ?? '(no key)', result.error.params ?? {}).missing).toEqual([])
  return result.error
}

/** The terms of the term base, "lang:text", of concepts holding `probe`. */
function termsWith(probe: string): string[] {
  return (
    t.app.workspace.db
      .prepare(
        `SELECT lang, text FROM terms WHERE concept_id IN
    (SELECT concept_id FROM terms WHERE text = ?) ORDER BY lang, text`
      )
      .all(probe) as { lang: string; text: string }[]
  ).map((r) => `${r.lang}:${r.text}`)
}

const MIB = 1024 * 1024

describe('glossary encodings', () => {
  it('a short GBK CSV and a Big5 CSV import their Chinese terms intact', async () => {
    const gbk = file('gbk.csv', iconv.encode('en,zh\nrule of law,法治\ncommon prosperity,共同富裕\n', 'gbk'))
    expect(await t.call('exchange/import', { path: gbk })).toMatchObject({ new: 2 })
    expect(termsWith('rule of law')).toEqual(['en:rule of law', 'zh-CN:法治'])
    expect(termsWith('common prosperity')).toEqual(['en:common prosperity', 'zh-CN:共同富裕'])
    const big5 = file('big5.csv', iconv.encode('en,zh\nrule of the people,民主法治社會\n', 'big5'))
    await t.call('exchange/import', { path: big5 })
    expect(termsWith('rule of the people')).toEqual(['en:rule of the people', 'zh-CN:民主法治社會'])
  })

  it('a UTF-8 CSV with one stray Latin-1 byte is refused with its line, not imported as Latin-1', async () => {
    const path = file(
      'mixed.csv',
      Buffer.concat([Buffer.from('en,zh\nrule of law,法治\ncaf'), Buffer.from([0xe9]), Buffer.from(' culture,咖啡\n')])
    )
    const error = await importError(path, 'exchange/preview')
    expect(error).toMatchObject({
      code: 'bad-input',
      line: 3,
      key: 'corpus.notUtf8Line',
      params: { name: 'mixed.csv', line: 3 }
    })
    expect(error.file).toBe(path)
  })
})

describe('table layout', () => {
  it('a title line above a TSV table: skipped with a warning, the Chinese terms imported', async () => {
    const path = file('t.tsv', 'My glossary\nreform\t改革\nopening up\t开放\n')
    const report = await t.call('exchange/import', { path })
    expect(report).toMatchObject({ new: 2, columns: ['reform', '改革'] })
    expect(report.warnings).toEqual([
      't.tsv:1: "My glossary" skipped: it stands above the table (fewer cells than ' + 'the rows below)'
    ])
    expect(report.warningTexts).toEqual([
      { key: 'rowBeforeTable', params: { text: 'My glossary' }, file: 't.tsv', line: 1 }
    ])
    expect(termsWith('reform')).toEqual(['en:reform', 'zh-CN:改革'])
    expect(termsWith('My glossary')).toEqual([])
  })

  it('term,translation,comment headers map to en / zh-CN', async () => {
    const path = file('omegat.csv', 'term,translation,comment\ngreen development,绿色发展,note here\n')
    expect(await t.call('exchange/import', { path })).toMatchObject({ new: 1 })
    expect(termsWith('green development')).toEqual(['en:green development', 'zh-CN:绿色发展'])
  })

  it('a header without rows is an error, in a preview too', async () => {
    const path = file('headeronly.csv', 'en,zh\n')
    for (const op of ['exchange/preview', 'exchange/import'] as const) {
      const error = await importError(path, op)
      expect(error).toMatchObject({
        code: 'bad-input',
        key: 'exchange.table.headerOnly',
        params: { name: 'headeronly.csv' }
      })
      expect(error.message).toBe('headeronly.csv has a header row but no rows of terms below it')
    }
  })

  it('rows without any term: the preview warns, the import fails (nothing was imported)', async () => {
    const path = file('blank.csv', 'en,zh,note\n,,only a note\n')
    const preview = await t.call('exchange/preview', { path })
    expect(preview.warnings).toContain('blank.csv: no entries found')
    const error = await importError(path)
    expect(error).toMatchObject({ code: 'bad-input', key: 'exchange.noEntries', params: { name: 'blank.csv' } })
    expect(error.message).toBe('blank.csv: no entries found')
  })
})

describe('XLSX', () => {
  it('reads a workbook, skipping a title row above the table', async () => {
    const path = file('g.xlsx', makeDeflatedZip(xlsxParts(sheetXml([['Glossary'], ['en', 'zh'], ['reform', '改革']]))))
    const report = await t.call('exchange/import', { path })
    expect(report).toMatchObject({ new: 1, columns: ['en', 'zh'] })
    expect(report.warnings).toEqual([
      'g.xlsx:1: "Glossary" skipped: it stands above the table (fewer cells than ' + 'the rows below)'
    ])
    expect(termsWith('reform')).toEqual(['en:reform', 'zh-CN:改革'])
  })

  it('a sheet that inflates past 64 MiB is refused while inflating, even when its header lies', async () => {
    const huge = Buffer.alloc(65 * MIB, 0x20)
    for (const declared of [undefined, 1000]) {
      const path = file('bomb.xlsx', makeDeflatedZip(xlsxParts(huge, declared)))
      const error = await importError(path, 'exchange/preview')
      expect(error).toMatchObject({
        code: 'bad-input',
        key: 'exchange.xlsx.entryTooLarge',
        params: { name: 'bomb.xlsx', entry: 'xl/worksheets/sheet1.xml', limit: '64 MiB' }
      })
      expect(error.message).toBe(
        'bomb.xlsx: xl/worksheets/sheet1.xml inside it unpacks to more than the 64 MiB ' +
          'limit; the file was not read (damaged, or a zip bomb)'
      )
    }
  })

  it('declared sizes are refused before inflating: one part, and all parts together', async () => {
    const one = file('declared.xlsx', makeDeflatedZip(xlsxParts(sheetXml([['en', 'zh']]), 3000 * MIB)))
    expect(await importError(one)).toMatchObject({ key: 'exchange.xlsx.entryTooLarge' })
    const parts = [...xlsxParts(sheetXml([['en', 'zh']]))]
    for (let i = 0; i < 5; i++) parts.push({ name: `xl/media/image${i}.png`, content: 'x', declared: 60 * MIB })
    const all = await importError(file('many.xlsx', makeDeflatedZip(parts)))
    expect(all).toMatchObject({ key: 'exchange.xlsx.totalTooLarge', params: { name: 'many.xlsx', limit: '256 MiB' } })
  })

  it('random bytes, and a truncated sheet: clear messages, no library internals', async () => {
    const random = await importError(
      file('random.xlsx', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)))
    )
    expect(random).toMatchObject({ key: 'exchange.xlsx.notZip', params: { name: 'random.xlsx' } })
    expect(random.message).not.toMatch(/jszip|https?:/)
    const xml = sheetXml([
      ['en', 'zh'],
      ['reform', '改革']
    ])
    const truncated = await importError(file('cut.xlsx', makeDeflatedZip(xlsxParts(xml.slice(0, xml.length - 40)))))
    expect(truncated).toMatchObject({ key: 'exchange.xlsx.damaged', params: { name: 'cut.xlsx' } })
    expect(truncated.message).toBe(
      'cut.xlsx is not a readable XLSX workbook: it is damaged (cut short, or not ' + 'saved by a spreadsheet program)'
    )
    const zip = makeDeflatedZip(xlsxParts(xml))
    const cutZip = await importError(file('cutzip.xlsx', zip.subarray(0, zip.length - 30)))
    expect(cutZip).toMatchObject({ key: 'exchange.xlsx.damaged' })
  })
})

describe('missing files', () => {
  it.each(['nowhere.csv', 'nowhere.tbx', 'nowhere.tmx', 'no/such/folder/x.xlsx'])('%s', async (name) => {
    const path = join(t.home.dir, name)
    const error = await importError(path)
    expect(error).toMatchObject({ code: 'not-found', key: 'exchange.file.notFound', params: { name: path } })
    expect(error.message).toBe(`${path}: no such file or folder`)
  })
})
