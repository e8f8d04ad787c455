/**
 * The small part of SpreadsheetML (ECMA-376, the XML inside an .xlsx) a glossary reader needs, read
 * with Shuyu's own XML scanner (no entities, no DTDs): the workbook's sheet list, relationships,
 * shared strings (plain and rich text, phonetic runs left out), number formats that are dates, and a
 * sheet's cells as strings — shared strings, inline strings, formula results, numbers, booleans, dates.
 * Pure: the main side unzips the parts (src/main/exchange/xlsx-file.ts).
 */
import { FormatError } from './model'
import { XmlScanner } from './xml-scanner'

type Open = (name: string, attrs: Record<string, string>) => void

/** Scans `xml` (a part named `part`), calling back with local names; text goes to `text` when wanted. */
function scan(
  xml: string,
  part: string,
  on: { open?: Open; close?: (name: string) => void; text?: (t: string) => void; wants?: () => boolean }
): void {
  const local = (q: string): string => q.slice(q.indexOf(':') + 1)
  const scanner = new XmlScanner(part, {
    open: (name, attrs) => on.open?.(local(name), attrs),
    close: (name) => on.close?.(local(name)),
    text: (t) => on.text?.(t),
    wantsText: () => (on.wants ? on.wants() : false),
    doctype: () => {
      throw new FormatError(part, 1, 1, 'DOCTYPE/entities not allowed', 'exchange.xml.entitiesRefused')
    }
  })
  scanner.write(xml)
  scanner.end()
}

/** An attribute by local name (`r:id` and `id` alike). */
function attr(attrs: Record<string, string>, name: string): string | undefined {
  if (attrs[name] !== undefined) return attrs[name]
  for (const k of Object.keys(attrs)) if (k.endsWith(`:${name}`)) return attrs[k]
  return undefined
}

export interface WorkbookSheet {
  name: string
  relId: string
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[]
  /** Dates counted from 1904 (old Mac workbooks) instead of 1900. */
  date1904: boolean
}

export function parseWorkbook(xml: string, part = 'xl/workbook.xml'): WorkbookInfo {
  const out: WorkbookInfo = { sheets: [], date1904: false }
  scan(xml, part, {
    open(name, attrs) {
      if (name === 'sheet') out.sheets.push({ name: attrs.name ?? '', relId: attr(attrs, 'id') ?? '' })
      else if (name === 'workbookPr') out.date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true'
    }
  })
  return out
}

/** Relationship id → target, resolved against the folder of the part the relationships belong to. */
export function parseRelationships(
  xml: string,
  baseFolder: string,
  part = 'xl/_rels/workbook.xml.rels'
): Map<string, string> {
  const out = new Map<string, string>()
  scan(xml, part, {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Id || !attrs.Target || attrs.TargetMode === 'External') return
      out.set(attrs.Id, resolvePart(baseFolder, attrs.Target))
    }
  })
  return out
}

/** `worksheets/sheet1.xml` against `xl/` → `xl/worksheets/sheet1.xml`; `/xl/…` is from the root. */
export function resolvePart(baseFolder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseFolder}/${target}`).split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '..') out.pop()
    else if (p !== '.' && p !== '') out.push(p)
  }
  return out.join('/')
}

/** The shared strings table: each `<si>` as its text (rich-text runs joined, phonetic `<rPh>` runs left out). */
export function parseSharedStrings(xml: string, part = 'xl/sharedStrings.xml'): string[] {
  const out: string[] = []
  let current: string | null = null
  let inT = false
  let phonetic = 0
  scan(xml, part, {
    open(name) {
      if (name === 'si') current = ''
      else if (name === 'rPh') phonetic++
      else if (name === 't' && phonetic === 0) inT = true
    },
    close(name) {
      if (name === 'si') {
        out.push(current ?? '')
        current = null
      } else if (name === 'rPh') phonetic--
      else if (name === 't') inT = false
    },
    text(t) {
      if (inT && current !== null) current += t
    },
    wants: () => inT
  })
  return out
}

/** Built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57])

/** Which cell style indexes (`s` of a cell) show a date: built-in date formats and custom ones with d/m/y. */
export function parseDateStyles(xml: string, part = 'xl/styles.xml'): Set<number> {
  const custom = new Map<number, string>()
  const xfs: number[] = []
  let inCellXfs = false
  scan(xml, part, {
    open(name, attrs) {
      if (name === 'numFmt') custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '')
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) xfs.push(Number(attrs.numFmtId ?? 0))
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    }
  })
  const out = new Set<number>()
  xfs.forEach((id, index) => {
    const code = custom.get(id)
    // A custom format is a date when it has date letters outside quoted text and [colour] brackets.
    const isDate =
      code !== undefined ? /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) : DATE_FORMAT_IDS.has(id)
    if (isDate) out.add(index)
  })
  return out
}

export interface SheetRow {
  /** 1-based row number in the sheet. */
  number: number
  cells: string[]
}

export interface SheetReadOptions {
  shared?: readonly string[]
  dateStyles?: ReadonlySet<number>
  date1904?: boolean
  part?: string
}

/**
 * A worksheet's non-empty rows, each cell as the string the user sees: shared and inline strings as
 * written, formulas by their cached result, numbers as written in the file (`3`, `0.5`), booleans as
 * TRUE/FALSE, date-formatted numbers as ISO dates (`2024-03-05`, or with the time when it has one).
 */
export function parseSheet(xml: string, options: SheetReadOptions = {}): SheetRow[] {
  const part = options.part ?? 'xl/worksheets/sheet1.xml'
  const rows: SheetRow[] = []
  let row: SheetRow | null = null
  let nextRow = 1
  let col = 0
  let cell: { type: string; style: number; value: string; inline: string } | null = null
  let into: 'v' | 't' | null = null
  let phonetic = 0
  scan(xml, part, {
    open(name, attrs) {
      if (name === 'row') {
        const n = Number(attrs.r)
        row = { number: Number.isInteger(n) && n > 0 ? n : nextRow, cells: [] }
        nextRow = row.number + 1
        col = 0
      } else if (name === 'c' && row) {
        const ref = attrs.r ? columnIndex(attrs.r) : -1
        col = ref >= 0 ? ref : col
        cell = { type: attrs.t ?? 'n', style: Number(attrs.s ?? 0), value: '', inline: '' }
      } else if (name === 'rPh') phonetic++
      else if (cell && name === 'v') into = 'v'
      else if (cell && name === 't' && phonetic === 0) into = 't'
    },
    close(name) {
      if (name === 'v' || name === 't') into = null
      else if (name === 'rPh') phonetic--
      else if (name === 'c' && row && cell) {
        const text = cellText(cell, options)
        if (text !== '') {
          while (row.cells.length < col) row.cells.push('')
          row.cells[col] = text
        }
        col++
        cell = null
      } else if (name === 'row' && row) {
        if (row.cells.some((c) => c !== '')) rows.push(row)
        row = null
      }
    },
    text(t) {
      if (!cell) return
      if (into === 'v') cell.value += t
      else if (into === 't') cell.inline += t
    },
    wants: () => into !== null
  })
  return rows
}

function cellText(
  cell: { type: string; style: number; value: string; inline: string },
  options: SheetReadOptions
): string {
  switch (cell.type) {
    case 's': {
      const i = Number(cell.value)
      return Number.isInteger(i) ? (options.shared?.[i] ?? '') : ''
    }
    case 'inlineStr':
      return cell.inline
    case 'str':
    case 'e':
      return cell.value
    case 'b':
      return cell.value === '1' ? 'TRUE' : cell.value === '0' ? 'FALSE' : cell.value
    case 'd':
      return cell.value
    default: {
      const v = cell.value.trim()
      if (v !== '' && options.dateStyles?.has(cell.style)) return serialToIso(Number(v), options.date1904 ?? false) ?? v
      return v
    }
  }
}

/** `AB12` → 27 (0-based column). -1 when the reference has no letters. */
export function columnIndex(ref: string): number {
  let n = 0
  let i = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20
    if (c < 97 || c > 122) break
    n = n * 26 + (c - 96)
  }
  return i === 0 ? -1 : n - 1
}

/** 0 → `A`, 27 → `AB`. */
export function columnName(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/** A spreadsheet date serial → ISO (date only when it has no time of day). */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined
  // 1900 system: day 25569 is 1970-01-01 (Lotus' phantom 29 Feb 1900 included); 1904 system: 1462 days later.
  const days = date1904 ? serial + 1462 : serial
  const ms = Math.round((days - 25569) * 86_400_000)
  const iso = new Date(ms).toISOString()
  return ms % 86_400_000 === 0 ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z')
}
