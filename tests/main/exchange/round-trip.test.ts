import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { readXlsxRows } from '../../../src/main/exchange/xlsx-file'
import type { ExportFormat } from '../../../src/shared/models'
import { openTestApp } from '../../helpers/test-app'
import { counts, seedTermBase, type TestApp } from './exchange-helpers'

let source: TestApp
let target: TestApp

beforeEach(async () => {
  source = await openTestApp('source.sqlite')
  target = await openTestApp('target.sqlite')
  await seedTermBase(source)
})

afterEach(() => {
  source.close()
  target.close()
})

async function xlsxRows(path: string): Promise<string[][]> {
  return (await readXlsxRows(readFileSync(path))).map((r) => r.cells)
}

async function content(path: string, format: ExportFormat): Promise<string> {
  if (format === 'xlsx') return JSON.stringify(await xlsxRows(path))
  // The TMX header carries the export time.
  return readFileSync(path, 'utf8').replace(/ creationdate="\d+T\d+Z"(?= datatype| srclang|\/>)/, '')
}

describe.each(['tbx', 'tbx2', 'csv', 'xlsx'] as const)('%s round trip', (format) => {
  it('export → import into an empty workspace → export gives the same content', async () => {
    const first = join(source.home.dir, `first.${format === 'tbx2' ? 'tbx' : format}`)
    const second = join(target.home.dir, `second.${format === 'tbx2' ? 'tbx' : format}`)
    const out = await source.call('exchange/export', { format, path: first })
    expect(out.concepts).toBe(3)
    const report = await target.call('exchange/import', { path: first })
    expect(report).toMatchObject({ new: 3, merged: 0, conflicting: 0, rejected: 0 })
    await target.call('exchange/export', { format, path: second })
    expect(await content(second, format)).toBe(await content(first, format))
    const { concepts, terms, examples } = counts(target.app.workspace.db)
    expect({ concepts, terms, examples }).toEqual({ concepts: 3, terms: 10, examples: 3 })

    // The content itself, not only its re-serialisation: statuses, fields, examples, Chinese as written.
    const page = await target.call('termbase/search', { text: '新质生产力' })
    const c = await target.call('termbase/get', { id: page.rows[0].id })
    expect(c.definition).toBe('Productive forces driven by innovation; 以创新为主导。')
    expect(c.note).toBe('Key phrase since 2023, "quoted", with, commas')
    expect(c.domain).toBe('Economy')
    expect(c.source).toBe('Government Work Report 2024')
    expect(c.terms.map((t) => [t.lang, t.text, t.status, t.pos, t.usageNote])).toEqual([
      ['en', 'new quality productive forces', 'preferred', 'noun', 'plural'],
      ['en', 'new productive forces', 'deprecated', 'noun phrase', ''],
      ['zh-CN', '新质生产力', 'preferred', '', '不可拆分'],
      ['zh-CN', '新型生产力', 'forbidden', '', ''],
      ['fr', 'forces productives de qualité nouvelle', 'admitted', '', '']
    ])
    expect(c.examples.map((e) => [e.text, e.zh, e.source])).toEqual([
      [
        'We will develop new quality productive forces according to local conditions.',
        '',
        'Government Work Report, 2024-03-05'
      ],
      ['Developing new quality productive forces is key.', '发展新质生产力是关键。', '']
    ])
    const extra = target.app.workspace.db.prepare('SELECT extra FROM concepts WHERE id = ?').get(c.id) as {
      extra: string
    }
    expect(JSON.parse(extra.extra)).toEqual({ 'x-customerField': ['ACME'] })
    const special = await target.call('termbase/search', { text: 'high-quality development' })
    expect((await target.call('termbase/get', { id: special.rows[0].id })).definition).toBe(
      '=SUM(A1) | pipes | and\nnewlines'
    )
  })
})

describe('tmx round trip', () => {
  it('every unit with dates, note and origin survives export → import → export', async () => {
    const first = join(source.home.dir, 'first.tmx')
    const second = join(target.home.dir, 'second.tmx')
    const out = await source.call('exchange/export', { format: 'tmx', path: first })
    expect(out.units).toBe(2)
    const report = await target.call('exchange/import', { path: first })
    expect(report).toMatchObject({ kind: 'tmx', new: 2, duplicates: 0, rejected: 0 })
    await target.call('exchange/export', { format: 'tmx', path: second })
    expect(await content(second, 'tmx')).toBe(await content(first, 'tmx'))
    const text = readFileSync(first, 'utf8')
    expect(text).toContain('<prop type="x-origin">typed</prop>')
    expect(text).toContain('<prop type="x-origin">example: concept 1</prop>')
    expect(text).toContain('creationdate="20240102T030405Z" changedate="20240203T040506Z"')
    expect(text).toContain('<seg>Tom &amp; Jerry &lt;b&gt;</seg>')
    const row = target.app.workspace.db.prepare('SELECT origin, origin_detail FROM translation_units LIMIT 1').get()
    expect(row).toEqual({ origin: 'tmx', origin_detail: 'first.tmx' })
    // Importing the same memory again adds nothing.
    expect(await target.call('exchange/import', { path: first })).toMatchObject({ new: 0, duplicates: 2 })
  })
})
