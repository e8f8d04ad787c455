import { describe, expect, it } from 'vitest'

import {
  decodeMapping,
  encodeMapping,
  mappingLanguages,
  mappingOptions,
  withColumn
} from '../../../src/renderer/src/screens/exchange/column-mapping'
import { defaultExportPath, pathProblem, withExtension } from '../../../src/renderer/src/screens/exchange/export-path'
import type { ColumnMapping } from '../../../src/shared/models'

describe('column mapping selects', () => {
  const mapping: ColumnMapping[] = [
    { kind: 'language', field: 'term', lang: 'en' },
    { kind: 'language', field: 'term', lang: 'zh-TW' },
    { kind: 'concept', field: 'domain' },
    { kind: 'extra', name: 'Comment: internal' }
  ]

  it('round-trips every role through its select value', () => {
    for (const m of mapping) expect(decodeMapping(encodeMapping(m))).toEqual(m)
    expect(decodeMapping('language:status:')).toEqual({ kind: 'language', field: 'status' })
    expect(decodeMapping('concept:nonsense')).toBeNull()
    expect(decodeMapping('other:x')).toBeNull()
  })

  it('offers the languages the file uses plus English and Chinese, and the column as an extra', () => {
    expect(mappingLanguages(mapping)).toEqual(['en', 'zh-TW', 'zh-CN'])
    const values = mappingOptions(mapping, 'Notes').map((o) => o.value)
    expect(values).toContain('language:term:zh-TW')
    expect(values).toContain('concept:definition')
    expect(values[values.length - 1]).toBe('extra:Notes')
    expect(new Set(values).size).toBe(values.length)
  })

  it('changes one column and leaves the rest', () => {
    const next = withColumn(mapping, 2, 'concept:note')
    expect(next[2]).toEqual({ kind: 'concept', field: 'note' })
    expect(next.filter((_, i) => i !== 2)).toEqual(mapping.filter((_, i) => i !== 2))
    expect(withColumn(mapping, 2, 'bogus')).toEqual(mapping)
  })
})

describe('export path', () => {
  it('suggests a file in the home folder with the format extension', () => {
    expect(defaultExportPath('tbx2')).toBe('~/shuyu-export.tbx')
    expect(defaultExportPath('tmx')).toBe('~/shuyu-export.tmx')
  })

  it('asks for a full path: the server neither expands ~ nor knows the user folder', () => {
    expect(pathProblem('')).toBe('empty')
    expect(pathProblem('~/x.tbx')).toBe('tilde')
    expect(pathProblem('out/x.tbx')).toBe('relative')
    expect(pathProblem('/home/a/x.tbx')).toBeNull()
    expect(pathProblem('C:\\Users\\a\\x.tbx')).toBeNull()
  })

  it('moves the extension along when the format changes', () => {
    expect(withExtension('/tmp/a.tbx', 'tbx', 'csv')).toBe('/tmp/a.csv')
    expect(withExtension('/tmp/a.tbx', 'tbx', 'tbx2')).toBe('/tmp/a.tbx')
    expect(withExtension('/tmp/custom.data', 'csv', 'tmx')).toBe('/tmp/custom.data')
  })
})
