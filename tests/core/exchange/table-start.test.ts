/**
 * A title above the table does not decide the column layout, and `term`/`translation`-style headers
 * map to languages (table-start.ts, column-mapping.ts).
 */
import { describe, expect, it } from 'vitest'

import { guessMapping } from '../../../src/core/exchange/column-mapping'
import { parseCsvConcepts } from '../../../src/core/exchange/csv-parse'
import type { FormatWarning } from '../../../src/core/exchange/model'
import { sheetToConcepts } from '../../../src/core/exchange/xlsx-layout'

const pairs = (text: string, fileName = 't.tsv') => {
  const { concepts, result } = parseCsvConcepts(text, { fileName })
  // Sorted: the order of a concept's terms follows the columns, which is not what these tests are about.
  return { terms: concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.text}`).sort()), result }
}

describe('a title above the table', () => {
  it('is skipped with a warning naming its line; the Chinese terms are imported', () => {
    const { terms, result } = pairs('My glossary\nreform\t改革\nopening up\t开放\n')
    expect(terms).toEqual([
      ['en:reform', 'zh-CN:改革'],
      ['en:opening up', 'zh-CN:开放']
    ])
    expect(result.warnings).toEqual([
      {
        file: 't.tsv',
        line: 1,
        key: 'rowBeforeTable',
        params: { text: 'My glossary' },
        message: '"My glossary" skipped: it stands above the table (fewer cells than the rows below)'
      }
    ])
  })

  it('and notes above a header row, in a CSV', () => {
    const text =
      'Policy glossary\nCompiled 2024-03, 2nd edition\n\nEnglish,Chinese,Note\n' +
      'rule of law,法治,\ncommon prosperity,共同富裕,\n'
    const { terms, result } = pairs(text, 'g.csv')
    expect(result.hasHeader).toBe(true)
    expect(result.header).toEqual(['English', 'Chinese', 'Note'])
    expect(terms).toEqual([
      ['en:rule of law', 'zh-CN:法治'],
      ['en:common prosperity', 'zh-CN:共同富裕']
    ])
    expect(result.warnings.map((w) => [w.line, w.key])).toEqual([
      [1, 'rowBeforeTable'],
      [2, 'rowBeforeTable']
    ])
    expect(result.lines).toEqual([5, 6])
  })

  it('leaves tables without a title alone (one-language lists, ragged rows, a header)', () => {
    expect(pairs('reform\nopening up\n').terms).toEqual([['en:reform'], ['en:opening up']])
    const ragged = pairs('en,zh\none,一\ntwo,二,extra,cols\nthree\n', 'r.csv')
    expect(ragged.terms).toEqual([['en:one', 'zh-CN:一'], ['en:two', 'zh-CN:二'], ['en:three']])
    expect(ragged.result.warnings.map((w) => w.key)).toEqual(['raggedRow', 'raggedRow'])
  })

  it('in an XLSX sheet too', () => {
    const warnings: FormatWarning[] = []
    const read = sheetToConcepts([['Glossary 2024'], [], ['en', 'zh'], ['reform', '改革']], {
      fileName: 'g.xlsx',
      onWarning: (w) => warnings.push(w)
    })
    expect(read.concepts.map((c) => c.terms.map((t) => t.text))).toEqual([['reform', '改革']])
    expect(warnings.map((w) => [w.line, w.key])).toEqual([[1, 'rowBeforeTable']])
  })
})

describe('term / translation headers', () => {
  it.each([
    ['term,translation,comment', 'en', 'zh-CN'],
    ['source,target', 'en', 'zh-CN'],
    ['原文,译文', 'en', 'zh-CN'],
    ['Term,Chinese', 'en', 'zh-CN'],
    ['术语,英文', 'zh-CN', 'en']
  ])('%s', (header, first, second) => {
    const cells = header.split(',')
    const mapping = guessMapping(cells)
    expect(mapping.hasHeader).toBe(true)
    expect(mapping.mapping.slice(0, 2)).toEqual([
      { kind: 'language', field: 'term', lang: first },
      { kind: 'language', field: 'term', lang: second }
    ])
  })

  it('imports an OmegaT-style term,translation,comment file', () => {
    const { concepts } = parseCsvConcepts('term,translation,comment\ngreen development,绿色发展,note here\n')
    expect(concepts).toEqual([
      {
        note: 'note here',
        terms: [
          { lang: 'en', text: 'green development', status: 'preferred' },
          { lang: 'zh-CN', text: '绿色发展', status: 'preferred' }
        ]
      }
    ])
  })

  it('swaps guessed sides when the cells say so (a Chinese → English 原文,译文 glossary)', () => {
    expect(pairs('原文,译文\n法治,rule of law\n共同富裕,common prosperity\n', 'z.csv').terms).toEqual([
      ['en:rule of law', 'zh-CN:法治'],
      ['en:common prosperity', 'zh-CN:共同富裕']
    ])
    expect(pairs('法治\trule of law\n').terms).toEqual([['en:rule of law', 'zh-CN:法治']])
    // Named languages are never swapped.
    expect(pairs('en,zh\n法治,rule of law\n', 'n.csv').terms).toEqual([['en:法治', 'zh-CN:rule of law']])
  })
})
