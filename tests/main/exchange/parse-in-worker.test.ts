import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { FormatError, type FormatWarning, parseTbx, parseTmx, serializeTmx } from '../../../src/core/exchange'
import { readTextChunks } from '../../../src/main/exchange/input-file'
import { parseInWorker } from '../../../src/main/exchange/parse-in-worker'
import { BATCH } from '../../../src/main/exchange/parse-protocol'
import { bundleWorker } from '../../helpers/bundle-worker'
import { openTestApp } from '../../helpers/test-app'
import type { TestApp } from './exchange-helpers'

let dir: string
let workerFile: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shuyu-parse-worker-'))
  workerFile = bundleWorker(dir)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** More entries than the worker may run ahead (AHEAD batches of BATCH), so flow control has to work. */
const ENTRIES = BATCH * 40 + 7

function bigTbx(): string {
  const entries: string[] = []
  for (let i = 0; i < ENTRIES; i++) {
    entries.push(`<conceptEntry id="c${i % 1000 === 999 ? 5 : i}"><descrip type="definition">Definition ${i} &amp; more</descrip>
<langSec xml:lang="en"><termSec><term>policy term ${i}</term>
<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
<langSec xml:lang="zh-CN"><termSec><term>政策术语${i}</term></termSec></langSec></conceptEntry>`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text><body>${entries.join('\n')}</body></text></tbx>`
}

async function inProcess<T>(format: 'tbx' | 'tmx', path: string): Promise<{ items: T[]; warnings: FormatWarning[] }> {
  const warnings: FormatWarning[] = []
  const items: T[] = []
  const chunks = readTextChunks(path, 'f.xml')
  const parse =
    format === 'tbx'
      ? parseTbx(chunks, 'f.xml', { onWarning: (w) => warnings.push(w) })
      : parseTmx(chunks, 'f.xml', { onWarning: (w) => warnings.push(w) })
  for await (const item of parse) items.push(item as T)
  return { items, warnings }
}

function inWorker<T>(format: 'tbx' | 'tmx', path: string): { items: T[]; warnings: FormatWarning[] } {
  const warnings: FormatWarning[] = []
  const items = [...parseInWorker<T>(workerFile, format, path, 'f.xml', (w) => warnings.push(w))]
  return { items, warnings }
}

describe('parsing an exchange file in the jobs worker', () => {
  it('yields exactly what the in-process parser yields, warnings included (TBX, many batches)', async () => {
    const file = join(dir, 'big.tbx')
    writeFileSync(file, bigTbx())
    const expected = await inProcess('tbx', file)
    expect(expected.items).toHaveLength(ENTRIES)
    expect(expected.warnings.length).toBeGreaterThan(0)
    expect(inWorker('tbx', file)).toEqual(expected)
  })

  it('yields the same translation units (TMX)', async () => {
    const file = join(dir, 'units.tmx')
    const units = Array.from({ length: 3000 }, (_, i) => ({
      srcLang: 'en',
      tgtLang: 'zh-CN',
      source: `Sentence ${i} on high-quality development.`,
      target: `第${i}句：高质量发展。`,
      origin: 'test'
    }))
    writeFileSync(file, [...serializeTmx(units)].join(''))
    const expected = await inProcess('tmx', file)
    expect(expected.items).toHaveLength(3000)
    expect(inWorker('tmx', file)).toEqual(expected)
  })

  it("raises the parser's FormatError with the same file, line and column", async () => {
    const file = join(dir, 'broken.tbx')
    writeFileSync(file, bigTbx().replace('<term>policy term 3000</term>', '<term>policy term 3000</trm>'))
    const expected = await inProcess('tbx', file).then(
      () => null,
      (e: unknown) => e
    )
    expect(expected).toBeInstanceOf(FormatError)
    let got: unknown = null
    try {
      inWorker('tbx', file)
    } catch (error) {
      got = error
    }
    expect(got).toBeInstanceOf(FormatError)
    expect(got).toMatchObject({
      file: 'f.xml',
      line: (expected as FormatError).line,
      column: (expected as FormatError).column,
      reason: (expected as FormatError).reason
    })
  })
})

/** The imported rows without the import's own timestamps. */
function rows(t: TestApp): unknown[] {
  const db = t.app.workspace.db
  return [
    'SELECT id, definition, domain, note, source, extra, sort_term FROM concepts ORDER BY id',
    'SELECT id, concept_id, lang, text, norm, status, pos, usage_note, ordinal, extra FROM terms ORDER BY id',
    'SELECT id, concept_id, term_id, text, zh_text, source FROM examples ORDER BY id'
  ].map((sql) => db.prepare(sql).all())
}

describe('exchange/import with the built worker', () => {
  let apps: TestApp[] = []
  afterEach(() => {
    for (const a of apps) a.close()
    apps = []
    delete process.env.SHUYU_WORKER_FILE
  })

  it('writes the same workspace and report as an in-process parse', async () => {
    const file = join(dir, 'import.tbx')
    writeFileSync(file, bigTbx())
    const plain = await openTestApp('plain.sqlite')
    apps.push(plain)
    const expected = await plain.call('exchange/import', { path: file })
    process.env.SHUYU_WORKER_FILE = workerFile
    const viaWorker = await openTestApp('worker.sqlite')
    apps.push(viaWorker)
    const got = await viaWorker.call('exchange/import', { path: file })
    expect({ ...got, historyId: 0 }).toEqual({ ...expected, historyId: 0 })
    expect(rows(viaWorker)).toEqual(rows(plain))
  })
})
