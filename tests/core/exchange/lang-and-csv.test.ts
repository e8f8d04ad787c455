import { describe, expect, it } from 'vitest'

import { joinCellList, neutralizeCell, splitCellList, unneutralizeCell } from '../../../src/core/exchange/cell-lists'
import { guessColumn } from '../../../src/core/exchange/column-mapping'
import { parseCsv, parseCsvConcepts } from '../../../src/core/exchange/csv-parse'
import { fromTmxDate, toTmxDate } from '../../../src/core/exchange/dates'
import { canonicalLang } from '../../../src/core/exchange/lang-tags'

describe('canonicalLang', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['ZH-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-hant-tw', 'zh-TW'],
    ['en', 'en'],
    ['EN-us', 'en-US'],
    ['en_GB', 'en-GB'],
    ['sr-latn-rs', 'sr-Latn-RS'],
    ['fr', 'fr'],
    ['', '']
  ])('%j → %j', (input, out) => {
    expect(canonicalLang(input)).toBe(out)
  })
})

describe('cell lists and formula guard', () => {
  it.each([[['a', 'b|c', 'd\\e', '']], [['|']], [['\\|']], [['', '']]])('round-trips %j', (items) => {
    expect(splitCellList(joinCellList(items))).toEqual(items)
  })

  it.each(['=1+1', '+x', '-5', '@SUM', '\tx', '\rx', "'=x", "''-y", 'plain', "'quoted"])(
    'neutralises reversibly: %j',
    (cell) => {
      expect(unneutralizeCell(neutralizeCell(cell))).toBe(cell)
    }
  )

  it('guards only risky cells and keeps an apostrophe that was not added by the guard', () => {
    expect(neutralizeCell('=1+1')).toBe("'=1+1")
    expect(neutralizeCell('plain')).toBe('plain')
    expect(unneutralizeCell("'quoted")).toBe("'quoted")
  })
})

describe('CSV header guessing', () => {
  it.each([
    ['English', { kind: 'language', field: 'term', lang: 'en' }],
    ['en-US', { kind: 'language', field: 'term', lang: 'en-US' }],
    ['中文', { kind: 'language', field: 'term', lang: 'zh-CN' }],
    ['英文', { kind: 'language', field: 'term', lang: 'en' }],
    ['ZH-cn', { kind: 'language', field: 'term', lang: 'zh-CN' }],
    ['Status', { kind: 'language', field: 'status' }],
    ['Status (zh-CN)', { kind: 'language', field: 'status', lang: 'zh-CN' }],
    ['en POS', { kind: 'language', field: 'pos', lang: 'en' }],
    ['Definition', { kind: 'concept', field: 'definition' }],
    ['备注', { kind: 'concept', field: 'note' }],
    ['Domain', { kind: 'concept', field: 'domain' }],
    ['Client code', { kind: 'extra', name: 'Client code' }],
    ['foo', { kind: 'extra', name: 'foo' }]
  ])('%j', (h, role) => {
    expect(guessColumn(h)).toEqual(role)
  })

  it('reads a hand-made semicolon glossary with Chinese headers, statuses and ragged rows', () => {
    const text =
      '英文;中文;状态;备注;Client\n' +
      'rule of law;法治;首选;核心概念;A\n' +
      'ecological civilization|eco-civilization;生态文明\n' +
      'long;row;preferred;n;c;EXTRA\n'
    const { concepts, result } = parseCsvConcepts(text, { fileName: 'g.csv' })
    expect(result.separator).toBe(';')
    expect(result.warnings.map((w) => w.line)).toEqual([3, 4])
    expect(concepts[0]).toEqual({
      note: '核心概念',
      extra: { Client: ['A'] },
      terms: [
        { lang: 'en', text: 'rule of law', status: 'preferred' },
        { lang: 'zh-CN', text: '法治', status: 'preferred' }
      ]
    })
    expect(concepts[1].terms.map((t) => [t.text, t.status])).toEqual([
      ['ecological civilization', 'preferred'],
      ['eco-civilization', 'admitted'],
      ['生态文明', 'preferred']
    ])
    expect(concepts[2].extra).toEqual({ Client: ['c'], 'column 6': ['EXTRA'] })
  })

  it('handles quotes, doubled quotes, embedded newlines, CR-only files and a BOM', () => {
    const r = parseCsv('\uFEFFen,zh\r"a ""b"", c","多\nrow"\r')
    expect(r.header).toEqual(['en', 'zh'])
    expect(r.rows).toEqual([['a "b", c', '多\nrow']])
  })

  it('treats a headerless two-column file as en / zh-CN (OmegaT layout)', () => {
    const { concepts, result } = parseCsvConcepts('rule of law\t法治\r\n')
    expect(result.hasHeader).toBe(false)
    expect(concepts[0].terms.map((t) => t.lang)).toEqual(['en', 'zh-CN'])
  })
})

describe('TMX dates', () => {
  it('converts ISO ↔ YYYYMMDDThhmmssZ', () => {
    expect(toTmxDate('2024-03-05T12:34:56.789Z')).toBe('20240305T123456Z')
    expect(toTmxDate('2024-03-05')).toBe('20240305T000000Z')
    expect(toTmxDate('garbage')).toBeUndefined()
    expect(fromTmxDate('20240305T123456Z')).toBe('2024-03-05T12:34:56Z')
  })
})
