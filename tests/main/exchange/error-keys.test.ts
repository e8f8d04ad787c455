import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import type { ApiErrorPayload } from '../../../src/shared/api'
import type { ImportWarningText } from '../../../src/shared/models'
import { bundleWorker } from '../../helpers/bundle-worker'
import { checkKey, errorTexts, fill, resource } from '../../helpers/error-resources'
import { openTestApp } from '../../helpers/test-app'
import { homeFile, seedTermBase, type TestApp } from './exchange-helpers'

let t: TestApp

beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const file = (name: string, content: string | Buffer): string => homeFile(t, name, content)

/** The error payload exactly as the transports (IPC, HTTP, CLI) receive it: the test helper flattens it. */
async function importError(
  path: string,
  op: 'exchange/import' | 'exchange/preview' = 'exchange/import'
): Promise<ApiErrorPayload> {
  const result = await dispatch(t.app, createHandlers(t.app), op, { path })
  if (result.ok) throw new Error(`${path} imported without an error`)
  return result.error
}

/** The payload's key exists in both languages with its parameters as placeholders. */
function expectTranslatable(payload: ApiErrorPayload): string {
  expect(payload.key, payload.message).toBeDefined()
  const { english, missing } = checkKey(payload.key as string, payload.params ?? {})
  expect(missing).toEqual([])
  return english
}

const tbx = (entries: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n' +
  `${entries}\n</body></text></tbx>\n`
const entry = (id: string, en: string, zh: string): string =>
  `<conceptEntry id="${id}"><langSec xml:lang="en"><termSec><term>${en}</term></termSec></langSec>` +
  `<langSec xml:lang="zh-Hans"><termSec><term>${zh}</term></termSec></langSec></conceptEntry>`

describe('exchange import errors carry a translatable key, the file and the place', () => {
  it('a malformed TBX: the mismatched tag, where it is', async () => {
    const path = file(
      'broken.tbx',
      tbx(
        `${entry('a', 'digital economy', '数字经济')}\n` +
          '<conceptEntry id="b"><langSec xml:lang="en"><termSec><term>x</trm></termSec></langSec>' +
          '</conceptEntry>'
      )
    )
    const error = await importError(path)
    expect(error).toMatchObject({
      code: 'bad-input',
      file: 'broken.tbx',
      line: 5,
      column: 61,
      key: 'exchange.xml.mismatchedTag',
      params: { tag: 'trm', expected: 'term' }
    })
    expect(error.message).toBe('broken.tbx:5:61: unexpected close tag </trm>; expected </term>')
    expect(expectTranslatable(error)).toBe('unexpected close tag </trm>; expected </term>')
  })

  it('a TBX declaring entities is refused, with the key saying why', async () => {
    const path = file(
      'entities.tbx',
      '<?xml version="1.0"?>\n<!DOCTYPE tbx [\n' +
        '<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n' +
        tbx(entry('a', '&x;', '数字经济')).replace(/^<\?xml[^>]*>\n/, '')
    )
    const error = await importError(path, 'exchange/preview')
    expect(error).toMatchObject({
      code: 'bad-input',
      file: 'entities.tbx',
      line: 4,
      key: 'exchange.xml.entitiesRefused',
      params: {}
    })
    expect(expectTranslatable(error)).toBe('DOCTYPE/entities not allowed')
  })

  it('a CSV with an unclosed quote: the line and column where the field opened', async () => {
    const path = file('ragged.csv', 'English,Chinese\ndigital economy,数字经济\n"common prosperity,共同富裕\nx,y\n')
    const error = await importError(path)
    expect(error).toMatchObject({
      code: 'bad-input',
      file: 'ragged.csv',
      line: 3,
      column: 1,
      key: 'exchange.csv.unbalancedQuote',
      params: {}
    })
    expectTranslatable(error)
  })

  it('a binary file: invalid UTF-8 in a TBX (with its line), a binary CSV', async () => {
    // `<tbx>`, two line ends, then bytes no UTF-8 text has.
    const bytes = Buffer.from([0x3c, 0x74, 0x62, 0x78, 0x3e, 0x0a, 0x0a, 0xff, 0xfe, 0x00, 0x81, 0x9c, 0x00])
    const tbxError = await importError(file('photo.tbx', bytes))
    expect(tbxError).toMatchObject({
      code: 'bad-input',
      file: 'photo.tbx',
      line: 3,
      column: 1,
      key: 'exchange.file.invalidUtf8',
      params: {}
    })
    expectTranslatable(tbxError)
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes])
    const csvError = await importError(file('photo.csv', zip))
    expect(csvError).toMatchObject({ code: 'bad-input', key: 'corpus.binary', params: { name: 'photo.csv' } })
    expect(csvError.file).toMatch(/photo\.csv$/)
    // The corpus reader's key (reused for CSV text) carries its own, full-sentence texts.
    expect(checkKey('corpus.binary', { name: 'photo.csv' }).missing).toEqual([])
  })

  it('an empty file, a file that does not exist, a file of another kind', async () => {
    const empty = await importError(file('empty.tbx', ''))
    expect(empty).toMatchObject({ code: 'bad-input', key: 'exchange.file.empty', params: { name: 'empty.tbx' } })
    expect(empty.file).toMatch(/empty\.tbx$/)
    expect(expectTranslatable(empty)).toBe(empty.message)

    const missing = await importError(join(t.home.dir, 'nowhere.tbx'))
    expect(missing).toMatchObject({ code: 'not-found', key: 'exchange.file.notFound' })
    expect(missing.params?.name).toMatch(/nowhere\.tbx$/)
    expectTranslatable(missing)

    const other = await importError(file('notes.docx', 'hello'))
    expect(other).toMatchObject({ code: 'bad-input', key: 'exchange.file.unsupported', params: { name: 'notes.docx' } })
    expect(expectTranslatable(other)).toBe(other.message)
  })

  it('XML that is not TBX (by its root element), and an .xml that is neither TBX nor TMX', async () => {
    const html = await importError(file('page.tbx', '<?xml version="1.0"?>\n<html><body>x</body></html>\n'))
    expect(html).toMatchObject({
      code: 'bad-input',
      file: 'page.tbx',
      line: 2,
      column: 7,
      key: 'exchange.tbx.notTbx',
      params: { root: 'html' }
    })
    expect(expectTranslatable(html)).toBe('not a TBX file: root element <html>')

    const tmx = await importError(file('memory.tmx', tbx(entry('a', 'x', '数'))))
    expect(tmx).toMatchObject({ key: 'exchange.tmx.notTmx', params: { root: 'tbx' } })
    expectTranslatable(tmx)

    const xml = await importError(file('data.xml', '<?xml version="1.0"?>\n<catalog/>\n'))
    expect(xml).toMatchObject({ key: 'exchange.file.unsupported', params: { name: 'data.xml' } })
  })

  it('an export to a folder that does not exist names the file and the folder', async () => {
    const path = join(t.home.dir, 'no-such-folder', 'out.tbx')
    const result = await dispatch(t.app, createHandlers(t.app), 'exchange/export', { format: 'tbx', path })
    expect(result.ok).toBe(false)
    const error = (result as { error: ApiErrorPayload }).error
    expect(error).toMatchObject({
      code: 'bad-input',
      file: path,
      key: 'exchange.file.noFolder',
      params: { name: path, folder: join(t.home.dir, 'no-such-folder') }
    })
    expect(error.message).toMatch(/ENOENT/)
    expectTranslatable(error)
  })

  it('an export onto an existing file is refused, the file untouched, unless overwrite is given', async () => {
    const path = join(t.home.dir, 'precious.csv')
    writeFileSync(path, 'keep me\n')
    const handlers = createHandlers(t.app)
    const refused = await dispatch(t.app, handlers, 'exchange/export', { format: 'csv', path })
    expect(refused.ok).toBe(false)
    const error = (refused as { error: ApiErrorPayload }).error
    expect(error).toMatchObject({ code: 'conflict', key: 'exchange.fileExists', params: { file: path } })
    expectTranslatable(error)
    expect(readFileSync(path, 'utf8')).toBe('keep me\n')
    const replaced = await dispatch(t.app, handlers, 'exchange/export', { format: 'csv', path, overwrite: true })
    expect(replaced.ok).toBe(true)
    expect(readFileSync(path, 'utf8')).not.toBe('keep me\n')
  })
})

describe('the built worker carries the key across the thread', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shuyu-error-keys-'))
    process.env.SHUYU_WORKER_FILE = bundleWorker(dir)
  })
  afterAll(() => {
    delete process.env.SHUYU_WORKER_FILE
    rmSync(dir, { recursive: true, force: true })
  })

  it('a parse error in the worker arrives with the same key, params and place', async () => {
    const path = file('broken.tbx', tbx(entry('a', 'R&D policy', '研发政策')))
    const error = await importError(path)
    expect(error).toMatchObject({
      code: 'bad-input',
      file: 'broken.tbx',
      line: 4,
      key: 'exchange.xml.bareAmpersand',
      params: {}
    })
    expect(error.message).toMatch(/^broken\.tbx:4:\d+: "&" must start an entity or character reference$/)
  })
})

type Translate = (key: string, params?: Record<string, string | number>) => string

describe('import warnings', () => {
  it('every warning real imports produce carries a key both languages have, saying the English text', async () => {
    await seedTermBase(t)
    const csv = file(
      'glossary.csv',
      'Glossary 2024\nEnglish,Chinese,Note\ndigital economy,数字经济\n,,orphan note\n' +
        'common prosperity,共同富裕,n,extra\n!!!,\n'
    )
    const tbxPath = file(
      'terms.tbx',
      tbx(
        [
          entry('d1', 'digital economy', '数字经济'),
          entry('d1', 'green development', '绿色发展'),
          '<conceptEntry id="e"><langSec xml:lang="en"><termSec><term> </term></termSec></langSec>' + '</conceptEntry>',
          // Names the seeded concept by its id: merges into it, with a status conflict.
          '<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>new quality productive forces</term>' +
            '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>' +
            '</conceptEntry>',
          // Shares a term without an id: a proposal; with another definition: kept apart.
          entry('p1', 'high-quality development', '高质量发展'),
          '<conceptEntry id="h1"><descrip type="definition">Other.</descrip><langSec xml:lang="en"><termSec>' +
            '<term>new quality productive forces</term></termSec></langSec></conceptEntry>',
          // The same term twice in one language: folded, and said.
          '<conceptEntry id="f1"><langSec xml:lang="en"><termSec><term>twice</term></termSec><termSec>' +
            '<term>twice</term></termSec></langSec></conceptEntry>'
        ].join('\n')
      )
    )
    const tmxPath = file(
      'memory.tmx',
      '<?xml version="1.0"?>\n' +
        '<tmx version="1.4"><header srclang="en"/><body>' +
        '<tu><tuv xml:lang="en"><seg>only English</seg></tuv></tu>' +
        '<tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="zh-CN"><seg> </seg></tuv></tu></body></tmx>'
    )
    const emptyTbx = file('nothing.tbx', tbx(''))
    const warnings: string[] = []
    const texts: (ImportWarningText | null)[] = []
    for (const path of [csv, tbxPath, tmxPath, emptyTbx]) {
      const report = await t.call('exchange/preview', { path })
      warnings.push(...report.warnings)
      texts.push(...(report.warningTexts ?? []))
    }
    expect(texts).toHaveLength(warnings.length)
    // Each kind of warning the importers write is among them, so the checks below cover them all.
    for (const shape of [
      /row has \d+ cells/,
      /row without any term/,
      /no usable term/,
      /duplicate entry id/,
      /term section without term text/,
      /is deprecated in the file but preferred/,
      /imported as a new concept \(the preview proposes merging them\)/,
      /but its definition differ: kept as a separate concept/,
      /"twice" is listed twice in en: kept once/,
      /fewer than two languages/,
      /empty segment or language/,
      /no entries found/,
      /term "!!!" skipped/,
      /stands above the table/
    ]) {
      expect(
        warnings.some((w) => shape.test(w)),
        `${shape} in ${JSON.stringify(warnings)}`
      ).toBe(true)
    }
    expect(texts.filter((x) => x === null)).toEqual([])
    for (const text of texts) {
      for (const lang of [errorTexts.en, errorTexts.zh]) {
        expect(resource(lang, `exchange.warning.${text!.key}`), text!.key).toBeDefined()
      }
    }
    // The renderer says them: in English, the importer's own words (the term checks' reason aside).
    // Its module is outside this tsconfig project: loaded at run time by a path the compiler does not follow
    // (it needs no Node or DOM, so it runs here as it does in the window).
    const warningsModule = '../../../src/renderer/src/screens/exchange/import-warnings'
    const { localizeWarning } = (await import(/* @vite-ignore */ warningsModule)) as {
      localizeWarning(warning: string, text: ImportWarningText | null, t: Translate): string
    }
    // i18next's t over the English resources, for keys under errors.* (all this module uses).
    const english: Translate = (key, params = {}) =>
      fill(resource(errorTexts.en, key.replace(/^errors\./, '')) ?? key, params)
    warnings.forEach((warning, i) => {
      if (!warning.includes('letter or digit')) expect(localizeWarning(warning, texts[i], english)).toBe(warning)
    })
  })
})
