import { describe, expect, it } from 'vitest'

import { parseCsv, parseCsvConcepts } from '../../../src/core/exchange/csv-parse'
import { serializeCsv, serializeOmegatTsv } from '../../../src/core/exchange/csv-serialize'
import { parseTmx } from '../../../src/core/exchange/tmx-parse'
import { serializeTmx } from '../../../src/core/exchange/tmx-serialize'
import { conceptsToSheet, sheetToConcepts } from '../../../src/core/exchange/xlsx-layout'
import { collect } from './collect'
import { SAMPLE_CONCEPTS, SAMPLE_UNITS } from './sample-concepts'

const LANGS = ['en', 'zh-CN', 'zh-TW', 'fr']

describe('TMX round trip', () => {
  it('keeps segments, dates, origin, note and props; escapes & and <', async () => {
    const xml = [...serializeTmx(SAMPLE_UNITS, { srcLang: 'en-US', creationDate: '2024-03-05T12:00:00Z' })].join('')
    expect(xml).toContain('creationdate="20240305T120000Z"')
    expect(xml).toContain('<prop type="x-origin">gwr-2024.txt</prop>')
    expect(xml).toContain('Prices &amp; wages rose by &lt;5%.')
    expect(await collect(parseTmx([xml], 'rt.tmx'))).toEqual(SAMPLE_UNITS)
  })
})

describe('CSV round trip', () => {
  const csv = [...serializeCsv(SAMPLE_CONCEPTS, { languages: LANGS })].join('')

  it('writes BOM, CRLF and neutralised formula cells', () => {
    expect(csv.startsWith('\uFEFFID,Domain,')).toBe(true)
    expect(csv.split('\r\n').length).toBe(SAMPLE_CONCEPTS.length + 2)
    expect(csv).toContain(`'=SUM(A1)|a\\|b`)
  })

  it('reads back every field, status, example and extra; Chinese byte for byte', () => {
    const { concepts, result } = parseCsvConcepts(csv, { fileName: 'rt.csv' })
    expect(result.separator).toBe(',')
    expect(result.hasHeader).toBe(true)
    expect(result.warnings).toEqual([])
    expect(concepts).toEqual(SAMPLE_CONCEPTS)
  })

  it.each([';', '\t'] as const)('auto-detects the separator %j', (sep) => {
    const text = [...serializeCsv(SAMPLE_CONCEPTS, { languages: LANGS, separator: sep })].join('')
    const { concepts, result } = parseCsvConcepts(text)
    expect(result.separator).toBe(sep)
    expect(concepts).toEqual(SAMPLE_CONCEPTS)
  })

  it('XLSX layout round-trips through the same rows (no apostrophe guard in cells)', () => {
    const rows = [...conceptsToSheet(SAMPLE_CONCEPTS, LANGS)]
    expect(rows[3][CONCEPT_COL_EN]).toBe('=SUM(A1)|a\\|b')
    expect(sheetToConcepts(rows).concepts).toEqual(SAMPLE_CONCEPTS)
  })
})

const CONCEPT_COL_EN = 7

describe('OmegaT TSV', () => {
  it('writes preferred source TAB preferred target, no header, no BOM, formulas behind an apostrophe', () => {
    const tsv = [...serializeOmegatTsv(SAMPLE_CONCEPTS)].join('')
    expect(tsv).toBe(
      'new quality productive forces\t新质生产力\r\nhigh-quality development\t高质量发展\r\n' +
        "'=SUM(A1)\t“一带一路”倡议\r\n"
    )
  })

  it('is read back by parseCsv as a headerless en/zh-CN glossary', () => {
    const tsv = [...serializeOmegatTsv(SAMPLE_CONCEPTS)].join('')
    const r = parseCsv(tsv)
    expect(r.separator).toBe('\t')
    expect(r.hasHeader).toBe(false)
    expect(r.rows[1]).toEqual(['high-quality development', '高质量发展'])
    expect(r.rows[2]).toEqual(['=SUM(A1)', '“一带一路”倡议'])
  })
})
