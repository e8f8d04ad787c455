/**
 * The parts of a minimal .xlsx workbook (ECMA-376 SpreadsheetML) for Shuyu's exports: one or two
 * worksheets of string cells, a header row that can be frozen, styled and filtered, column widths, and
 * wrapped text. Every cell is an inline string (`t="inlineStr"`): a string cell can never become a
 * formula, so no apostrophe guard is needed (the CSV writer applies one). Pure: the main side zips the
 * parts (src/main/exchange/xlsx-file.ts). Excel, LibreOffice and Shuyu's reader (ooxml-read.ts) open it.
 */
import { columnName } from './ooxml-read'

export interface SheetSpec {
  name: string
  /** Freeze the first row and give it the header style (bold, shaded). */
  header?: boolean
  /** Put an autofilter on the header row. */
  autoFilter?: boolean
  /** Column widths in characters (Excel's unit), by column; missing ones keep the default. */
  widths?: readonly number[]
  /** Wrap long text in the data rows (readable layout). */
  wrap?: boolean
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** Style indexes in styles(): 0 plain, 1 header, 2 wrapped data. */
const STYLE_HEADER = 1
const STYLE_WRAP = 2

export function contentTypesXml(sheetCount: number): string {
  let sheets = ''
  for (let i = 1; i <= sheetCount; i++) {
    sheets +=
      `<Override PartName="/xl/worksheets/sheet${i}.xml" ` +
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
  }
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  )
}

export function rootRelsXml(): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${PKG_REL_NS}">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>'
  )
}

export function corePropsXml(created: string, title: string): string {
  const when = created.replace(/\.\d{3}Z$/, 'Z')
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeText(title)}</dc:title><dc:creator>Shuyu</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    '</cp:coreProperties>'
  )
}

/** The workbook; `filterRanges[i]` (e.g. `A1:F120`) defines sheet i's filter database when it has one. */
export function workbookXml(sheets: readonly SheetSpec[], filterRanges: ReadonlyArray<string | null>): string {
  let list = ''
  let names = ''
  sheets.forEach((s, i) => {
    list += `<sheet name="${escapeAttr(sheetName(s.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
    const range = filterRanges[i]
    if (range) {
      const [from, to] = range.split(':')
      names +=
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
        `'${escapeText(sheetName(s.name).replace(/'/g, "''"))}'!${absolute(from)}:${absolute(to)}</definedName>`
    }
  })
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView/></bookViews><sheets>${list}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '</workbook>'
  )
}

export function workbookRelsXml(sheetCount: number): string {
  let rels = ''
  for (let i = 1; i <= sheetCount; i++) {
    rels +=
      `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" ` +
      `Target="worksheets/sheet${i}.xml"/>`
  }
  rels +=
    `<Relationship Id="rId${sheetCount + 1}" ` +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  return XML_HEAD + `<Relationships xmlns="${PKG_REL_NS}">${rels}</Relationships>`
}

/** Three cell styles: plain, header (bold on a light shade, bottom border), wrapped data (top-aligned). */
export function stylesXml(): string {
  return (
    XML_HEAD +
    `<styleSheet xmlns="${MAIN_NS}">` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8899AA"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">' +
    '<alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  )
}

/** The sheet's XML up to <sheetData>: views (frozen header) and column widths. */
export function sheetStartXml(spec: SheetSpec): string {
  const pane = spec.header
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : ''
  let cols = ''
  spec.widths?.forEach((w, i) => {
    if (w > 0) cols += `<col min="${i + 1}" max="${i + 1}" width="${Math.min(255, w).toFixed(1)}" customWidth="1"/>`
  })
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  )
}

/** One row of string cells (row number 1-based); empty cells are left out. */
export function rowXml(cells: readonly string[], rowNumber: number, spec: SheetSpec): string {
  const style = spec.header && rowNumber === 1 ? STYLE_HEADER : spec.wrap ? STYLE_WRAP : 0
  const s = style ? ` s="${style}"` : ''
  let out = `<row r="${rowNumber}">`
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]
    if (v === '' || v === undefined) continue
    out += `<c r="${columnName(i)}${rowNumber}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(cleanText(v))}</t></is></c>`
  }
  return out + '</row>'
}

/** Closes the sheet; `filterRange` (e.g. `A1:F120`) puts an autofilter on it. */
export function sheetEndXml(filterRange: string | null): string {
  return '</sheetData>' + (filterRange ? `<autoFilter ref="${filterRange}"/>` : '') + '</worksheet>'
}

/** The range an autofilter covers: the header row down to the last row, across the columns. */
export function filterRange(columns: number, rows: number): string | null {
  return columns > 0 && rows > 0 ? `A1:${columnName(columns - 1)}${rows}` : null
}

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet'
}

function absolute(ref: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)
  return m ? `$${m[1]}$${m[2]}` : ref
}

/** Characters XML 1.0 cannot carry are dropped (a control character in a note would break the file). */
function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s)
    ? // eslint-disable-next-line no-control-regex
      s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    : s
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;')
}
