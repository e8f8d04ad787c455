/**
 * .xlsx files without a spreadsheet library: the OOXML subset Shuyu needs, on the ZIP code it already
 * has. Reading (read-table.ts): the archive is vetted by corpus/zip-check.ts (zip bombs, damaged
 * archives), then the workbook, its relationships, shared strings, styles and one worksheet (the first,
 * or a named one) are unpacked within the same 64 MiB per-part limit and read by core/exchange/ooxml-read.ts.
 * Writing (export-run.ts): core/exchange/ooxml-write.ts builds the parts, zip-write.ts packs them,
 * rows streamed into the deflater. This replaced exceljs (issue #16 item 9), whose dependency tree
 * carried an unlicensed package (buffers@0.1.1, via unzipper → binary) and an unmaintained
 * archiver/unzipper/fstream/rimraf chain, for the two dozen elements a glossary uses.
 */
import { renameSync, rmSync, statSync } from 'node:fs'

import { FormatError } from '../../core/exchange'
import {
  parseDateStyles,
  parseRelationships,
  parseSharedStrings,
  parseSheet,
  parseWorkbook,
  type SheetRow
} from '../../core/exchange/ooxml-read'
import {
  contentTypesXml,
  corePropsXml,
  filterRange,
  rootRelsXml,
  rowXml,
  sheetEndXml,
  type SheetSpec,
  sheetStartXml,
  stylesXml,
  workbookRelsXml,
  workbookXml
} from '../../core/exchange/ooxml-write'
import { checkZip, listZipEntries, readZipEntry, type ZipEntry } from '../corpus/zip-check'
import { ZipWriter } from './zip-write'

/** The workbook is not what an .xlsx must be (no workbook part, no such sheet, malformed XML inside). */
export class XlsxDamagedError extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'XlsxDamagedError'
  }
}

/**
 * The rows of one worksheet (the first, or the one named `sheetName`), non-empty rows only, each with
 * its row number. Throws ZipCheckError (not a ZIP, too large, damaged archive) or XlsxDamagedError.
 */
export async function readXlsxRows(data: Buffer, sheetName?: string): Promise<SheetRow[]> {
  await checkZip(data)
  const entries = new Map<string, ZipEntry>()
  for (const e of listZipEntries(data)) entries.set(e.name.replace(/^\//, ''), e)
  const text = (part: string): string | null => {
    const e = entries.get(part)
    return e
      ? readZipEntry(data, e)
          .toString('utf8')
          .replace(/^\uFEFF/, '')
      : null
  }
  try {
    const workbookPart = mainPart(text('_rels/.rels')) ?? 'xl/workbook.xml'
    const workbookXml = text(workbookPart)
    if (workbookXml === null) throw new XlsxDamagedError(`no ${workbookPart} in the archive`)
    const folder = workbookPart.includes('/') ? workbookPart.slice(0, workbookPart.lastIndexOf('/')) : ''
    const relsPart = `${folder ? folder + '/' : ''}_rels/${workbookPart.slice(folder ? folder.length + 1 : 0)}.rels`
    const workbook = parseWorkbook(workbookXml, workbookPart)
    const rels = parseRelationships(text(relsPart) ?? emptyRels(), folder, relsPart)
    const sheet = sheetName === undefined ? workbook.sheets[0] : workbook.sheets.find((s) => s.name === sheetName)
    if (!sheet) {
      if (sheetName !== undefined) throw new XlsxDamagedError(`no sheet named "${sheetName}"`)
      return []
    }
    const sheetPart = rels.get(sheet.relId) ?? `${folder}/worksheets/sheet1.xml`
    const sheetXml = text(sheetPart)
    if (sheetXml === null) throw new XlsxDamagedError(`no ${sheetPart} in the archive`)
    // The shared strings and styles parts, found by their relationship type's usual names.
    const targets = [...rels.values()]
    const sharedPart = targets.find((p) => /sharedStrings\.xml$/i.test(p))
    const stylesPart = targets.find((p) => /styles\.xml$/i.test(p))
    const sharedXml = sharedPart ? text(sharedPart) : null
    const stylesXml = stylesPart ? text(stylesPart) : null
    return parseSheet(sheetXml, {
      part: sheetPart,
      shared: sharedXml !== null ? parseSharedStrings(sharedXml, sharedPart) : [],
      dateStyles: stylesXml !== null ? parseDateStyles(stylesXml, stylesPart) : new Set(),
      date1904: workbook.date1904
    })
  } catch (error) {
    if (error instanceof FormatError) throw new XlsxDamagedError(error.message)
    throw error
  }
}

/** The workbook part the package's root relationships name (officeDocument). */
function mainPart(rootRels: string | null): string | null {
  if (rootRels === null) return null
  const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rootRels)
  const target = m && /Target="([^"]+)"/.exec(m[0])
  return target ? target[1].replace(/^\//, '') : null
}

function emptyRels(): string {
  return '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'
}

export interface SheetOut extends SheetSpec {
  /** Header row first when `header`; a generator so large term bases stream. */
  rows: Iterable<string[]>
}

/**
 * Writes a workbook of one or more sheets to `path` (through `path.part`, renamed when complete).
 * `onRow` runs after each row (progress, cancellation: throw to stop; the partial file is removed).
 */
export async function writeXlsx(
  path: string,
  sheets: readonly SheetOut[],
  onRow: (n: number) => Promise<void> | void = () => {},
  title = 'Shuyu term base'
): Promise<number> {
  const temp = `${path}.part`
  const zip = new ZipWriter(temp)
  try {
    const ranges: Array<string | null> = []
    for (let i = 0; i < sheets.length; i++) {
      const spec = sheets[i]
      let rows = 0
      let columns = 0
      function* parts(): Generator<string> {
        yield sheetStartXml(spec)
        for (const row of spec.rows) {
          rows++
          columns = Math.max(columns, row.length)
          yield rowXml(row, rows, spec)
        }
        const range = spec.autoFilter ? filterRange(columns, rows) : null
        ranges[i] = range
        yield sheetEndXml(range)
      }
      let n = 0
      await zip.add(`xl/worksheets/sheet${i + 1}.xml`, parts(), () => onRow(++n))
    }
    await zip.add('[Content_Types].xml', [contentTypesXml(sheets.length)])
    await zip.add('_rels/.rels', [rootRelsXml()])
    await zip.add('docProps/core.xml', [corePropsXml(new Date().toISOString(), title)])
    await zip.add('xl/workbook.xml', [workbookXml(sheets, ranges)])
    await zip.add('xl/_rels/workbook.xml.rels', [workbookRelsXml(sheets.length)])
    await zip.add('xl/styles.xml', [stylesXml()])
    zip.finish()
    renameSync(temp, path)
    return statSync(path).size
  } catch (error) {
    zip.abort()
    rmSync(temp, { force: true })
    throw error
  }
}
