/**
 * A bilingual table (CSV, TSV, a spreadsheet's first sheet) as units: one row, one unit. The columns are
 * found by the header: `Source`/`Target` (原文/译文…), or two language columns (`English`, `zh-CN`, 中文…:
 * the left one is the source); an `ID`/`Segment`/编号 column names the units. Without a header the first
 * two columns are source and target. A title above the table is skipped as for glossaries (table-start.ts).
 */
import { detectLanguage } from '../../shared/script'
import type { BilingualUnit } from './bilingual-model'
import { headerLanguage } from './column-mapping'
import { FormatError } from './model'
import { tableStart } from './table-start'

const SOURCE = /^(source|source text|source segment|src|original|原文|源文|源文本|源语|源语言)$/
const TARGET = /^(target|target text|target segment|tgt|trg|translation|译文|目标|目标文本|目标语|目标语言|翻译)$/
const ID = /^(id|unit|unit id|segment|segment id|segment no\.?|seg|key|#|no\.?|编号|序号|句段|句段号)$/

export interface TableColumns {
  hasHeader: boolean
  source: number
  target: number
  id: number | undefined
  srcLang: string
  tgtLang: string
}

const norm = (cell: string): string => cell.trim().toLowerCase().replace(/\s+/g, ' ')

/** Which columns hold the source, the target and the ids; languages from the header, else from the text. */
export function tableColumns(header: readonly string[], sample: readonly (readonly string[])[]): TableColumns {
  const cells = header.map(norm)
  const find = (re: RegExp): number | undefined => {
    const i = cells.findIndex((c) => re.test(c))
    return i < 0 ? undefined : i
  }
  // "id", "no", "src" are also language codes (Indonesian, Norwegian, Sardinian): named columns first.
  const langs = cells.flatMap((c, i) => {
    const lang = SOURCE.test(c) || TARGET.test(c) || ID.test(c) ? undefined : headerLanguage(c)
    return lang ? [{ i, lang }] : []
  })
  let source = find(SOURCE)
  let target = find(TARGET)
  const hasHeader = (source !== undefined && target !== undefined) || langs.length >= 2
  if (source === undefined || target === undefined) {
    if (langs.length >= 2) {
      source = langs[0].i
      target = langs[1].i
    } else {
      source = 0
      target = 1
    }
  }
  const rows = hasHeader ? sample : [header, ...sample]
  const langOf = (col: number): string =>
    langs.find((l) => l.i === col)?.lang ??
    detectLanguage(
      rows
        .slice(0, 50)
        .map((r) => r[col] ?? '')
        .join('\n')
    )
  return {
    hasHeader,
    source,
    target,
    id: hasHeader ? find(ID) : undefined,
    srcLang: langOf(source),
    tgtLang: langOf(target)
  }
}

/** Units of a table's records (each with the line or row number it starts on). */
export function tableUnits(records: readonly string[][], lines: readonly number[], file: string): BilingualUnit[] {
  const start = tableStart(records)
  if (start >= records.length)
    throw new FormatError(file, 1, 1, 'the table is empty', 'exchange.table.noRows', { name: file })
  const columns = tableColumns(records[start], records.slice(start + 1, start + 201))
  const first = columns.hasHeader ? start + 1 : start
  const units: BilingualUnit[] = []
  for (let r = first; r < records.length; r++) {
    const row = records[r]
    const source = row[columns.source] ?? ''
    const target = row[columns.target]
    if (source.trim() === '' && (target ?? '').trim() === '') continue
    const id = columns.id !== undefined ? (row[columns.id] ?? '').trim() : ''
    units.push({
      id: id || String(lines[r]),
      line: lines[r],
      srcLang: columns.srcLang,
      tgtLang: columns.tgtLang,
      source,
      target: target ?? null,
      state: '',
      notTranslatedState: false,
      translate: true
    })
  }
  return units
}
