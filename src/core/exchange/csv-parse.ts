/**
 * RFC 4180 CSV/TSV reader for glossaries, any separator (, ; TAB |), auto-detected from the first
 * record. Takes a decoded JS string (decoding bytes is the main side's job); a leading BOM is ignored.
 * CRLF, LF and CR line ends are all accepted.
 *
 * Documented leniency and errors:
 * - a quote that is never closed → FormatError at the line/column where the quoted field opened;
 * - a stray quote inside an unquoted field, or text right after a closing quote, is kept literally;
 * - empty lines are skipped; ragged rows are returned as they are (see column-mapping.ts for how they map);
 * - a title or notes above the table are skipped with a warning (table-start.ts);
 * - formula neutralisation (a leading apostrophe before = + - @ TAB CR, see cell-lists.ts) is undone.
 */
import { unneutralizeCell } from './cell-lists'
import { csvRowsToConcepts } from './column-mapping'
import { type ExchangeConcept, FormatError } from './model'
import { layoutTable, type TableLayout } from './table-start'

export type CsvSeparator = ',' | ';' | '\t' | '|'

export interface CsvParseOptions {
  /** A separator, or 'auto' (default). */
  separator?: CsvSeparator | 'auto'
  fileName?: string
}

/** The table's layout (rows are cells already un-neutralised, lines the 1-based line each record starts
 *  on), and the separator found. */
export interface CsvParseResult extends TableLayout {
  separator: CsvSeparator
}

export function parseCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const file = options.fileName ?? 'input.csv'
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const separator = !options.separator || options.separator === 'auto' ? detectSeparator(body) : options.separator
  const { records, lines } = readRecords(body, separator, file)
  const table = layoutTable(records, lines, file)
  return {
    separator,
    hasHeader: table.hasHeader,
    header: table.header,
    rows: table.rows,
    lines: table.lines,
    mapping: table.mapping,
    warnings: table.warnings
  }
}

/** parseCsv + csvRowsToConcepts with the guessed mapping; warnings from both are returned. */
export function parseCsvConcepts(
  text: string,
  options: CsvParseOptions = {}
): { concepts: ExchangeConcept[]; result: CsvParseResult } {
  const result = parseCsv(text, options)
  const concepts = csvRowsToConcepts(result.rows, result.mapping, {
    fileName: options.fileName ?? 'input.csv',
    firstLine: result.lines[0] ?? 1,
    lines: result.lines,
    onWarning: (w) => result.warnings.push(w),
    cellLists: result.hasHeader
  })
  return { concepts, result }
}

/**
 * The records of a CSV/TSV text as they stand (no header guess, no glossary layout), each with the line it
 * starts on: for tables that are not glossaries (bilingual files, see bilingual-table.ts).
 */
export function parseCsvRecords(
  text: string,
  options: CsvParseOptions = {}
): { separator: CsvSeparator; records: string[][]; lines: number[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const separator = !options.separator || options.separator === 'auto' ? detectSeparator(body) : options.separator
  return { separator, ...readRecords(body, separator, options.fileName ?? 'input.csv') }
}

const CANDIDATES: CsvSeparator[] = ['\t', ',', ';', '|']

/** The candidate occurring most often outside quotes in the first record; TAB wins ties, then comma. */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]))
  let quoted = false
  for (let i = 0; i < text.length && i < 65536; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if ([...counts.values()].some((n) => n > 0)) break
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  let best: CsvSeparator = ','
  let bestN = 0
  for (const c of CANDIDATES) {
    const n = counts.get(c) ?? 0
    if (n > bestN) {
      best = c
      bestN = n
    }
  }
  return best
}

function readRecords(text: string, sep: string, file: string): { records: string[][]; lines: number[] } {
  const records: string[][] = []
  const lines: number[] = []
  let row: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let i = 0
  let atCellStart = true
  const endCell = (): void => {
    row.push(unneutralizeCell(cell))
    cell = ''
    atCellStart = true
  }
  const endRow = (): void => {
    endCell()
    if (!(row.length === 1 && row[0] === '')) {
      records.push(row)
      lines.push(rowLine)
    }
    row = []
  }
  while (i < text.length) {
    const ch = text[i]
    if (atCellStart && ch === '"') {
      const openLine = line
      const openCol = i - text.lastIndexOf('\n', i - 1)
      i++
      for (;;) {
        if (i >= text.length) {
          throw new FormatError(
            file,
            openLine,
            openCol,
            'unbalanced quote: this quoted field is never closed',
            'exchange.csv.unbalancedQuote'
          )
        }
        const c = text[i]
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++
        cell += c
        i++
      }
      atCellStart = false
      continue
    }
    atCellStart = false
    if (ch === sep) {
      endCell()
      i++
    } else if (ch === '\r' || ch === '\n') {
      endRow()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      rowLine = line
    } else {
      cell += ch
      i++
    }
  }
  if (cell !== '' || row.length > 0) endRow()
  return { records, lines }
}
