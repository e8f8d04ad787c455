/** Exchange formats (TBX v3/v2, CSV/TSV, XLSX layout, TMX): pure parse and serialise. */
export { BILINGUAL_FORMATS, type BilingualFormat, type BilingualUnit } from './bilingual-model'
export { tableColumns, tableUnits } from './bilingual-table'
export { joinCellList, splitCellList } from './cell-lists'
export { type ColumnRole, csvRowsToConcepts, guessColumn, guessMapping, type MappingGuess } from './column-mapping'
export {
  type CsvParseOptions,
  type CsvParseResult,
  type CsvSeparator,
  detectSeparator,
  parseCsv,
  parseCsvConcepts,
  parseCsvRecords
} from './csv-parse'
export { csvCell, type CsvOptions, type OmegatTsvOptions, serializeCsv, serializeOmegatTsv } from './csv-serialize'
export { fromTmxDate, toTmxDate } from './dates'
export { maskPlaceholders, PLACEHOLDER } from './inline-codes'
export { canonicalLang, primaryLang, sameLanguage } from './lang-tags'
export * from './model'
export { conceptToRow, tableHeader } from './table-layout'
export { parseTbx, type TbxParseOptions } from './tbx-parse'
export { serializeTbx2, serializeTbx3, tbxEntryId, type TbxMeta } from './tbx-serialize'
export { parseTmx, type TmxParseOptions } from './tmx-parse'
export { serializeTmx, type TmxMeta } from './tmx-serialize'
export { parseXliff, type XliffParseOptions } from './xliff-parse'
export { conceptsToSheet, type SheetReadResult, sheetToConcepts } from './xlsx-layout'
export type { XmlChunks } from './xml-reader'
