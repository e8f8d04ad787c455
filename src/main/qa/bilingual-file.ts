/**
 * Opening a translator's bilingual file for QA: which kind it is (by extension, `.xml` by its root), whether
 * it can be read at all (size, existence), and its units as a stream that can be started again (the
 * `inconsistent` check reads the file a second time). XLIFF and TMX are streamed from disk in 1 MiB slices
 * (input-file.ts), so a 200 MB file never sits in memory; tables are read whole, within the import's limit.
 */
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'

import {
  type BilingualFormat,
  type BilingualUnit,
  parseCsvRecords,
  parseTmx,
  parseXliff,
  tableUnits
} from '../../core/exchange'
import { ApiError } from '../api-error'
import { decodeText } from '../corpus/decode-text'
import { checkSize, readTextChunks } from '../exchange/input-file'
import { readXlsxRecords } from '../exchange/read-table'
import { sniffRoot } from './sniff-root'

export interface BilingualFile {
  /** The name the user knows the file by (messages, dismissals). */
  name: string
  format: BilingualFormat
  size: number
  /** The units from the start; `onBytes` follows how far into the file the reader is. */
  units(onBytes?: (bytes: number) => void): AsyncIterable<BilingualUnit>
}

const BY_EXTENSION: Record<string, BilingualFormat | 'xml'> = {
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.xlz': 'xliff',
  '.sdlxliff': 'xliff',
  '.mqxliff': 'xliff',
  '.mxliff': 'xliff',
  '.txlf': 'xliff',
  '.tmx': 'tmx',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.xml': 'xml'
}

/** The kind of file, by name alone (null: not a bilingual file Shuyu reads). */
export function bilingualKind(path: string): BilingualFormat | 'xml' | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null
}

export async function openBilingual(path: string, name = basename(path)): Promise<BilingualFile> {
  const byName = bilingualKind(name)
  // A missing .xml is "no such file", not "not a bilingual file".
  if (byName === 'xml') checkSize(path, 'tmx')
  const kind = byName === 'xml' ? sniffRoot(path) : byName
  if (kind === null) {
    throw new ApiError(
      'bad-input',
      `${name} is not a bilingual file Shuyu reads (XLIFF, SDLXLIFF, MQXLIFF, TMX, CSV, TSV or XLSX)`,
      { file: path, key: 'qa.file.unknownKind', params: { name } }
    )
  }
  if (kind === 'xliff' || kind === 'tmx') return xmlFile(path, name, kind, checkSize(path, 'tmx'))
  if (kind !== 'csv' && kind !== 'tsv' && kind !== 'xlsx') throw new Error(`unexpected kind ${kind}`)
  const size = checkSize(path, kind)
  const units = await readTable(path, name, kind)
  return { name, format: kind, size, units: () => fromArray(units) }
}

function xmlFile(path: string, name: string, kind: 'xliff' | 'tmx', size: number): BilingualFile {
  const file: BilingualFile = {
    name,
    format: kind,
    size,
    units(onBytes) {
      function* chunks(): Generator<string> {
        let bytes = 0
        for (const chunk of readTextChunks(path, name)) {
          bytes += Buffer.byteLength(chunk)
          onBytes?.(Math.min(bytes, size))
          yield chunk
        }
      }
      if (kind === 'tmx') return tmxUnits(chunks(), name)
      return parseXliff(chunks(), name, { onFormat: (f) => (file.format = f) })
    }
  }
  return file
}

async function* tmxUnits(chunks: Iterable<string>, name: string): AsyncGenerator<BilingualUnit> {
  for await (const u of parseTmx(chunks, name, { placeholders: true })) {
    yield {
      id: u.extra?.tuid || String(u.tu ?? ''),
      line: u.line ?? 0,
      srcLang: u.srcLang,
      tgtLang: u.tgtLang,
      source: u.source,
      target: u.target,
      state: '',
      notTranslatedState: false,
      translate: true
    }
  }
}

async function readTable(path: string, name: string, kind: 'csv' | 'tsv' | 'xlsx'): Promise<BilingualUnit[]> {
  if (kind === 'xlsx') {
    const { records, numbers } = await readXlsxRecords(path)
    return tableUnits(records, numbers, name)
  }
  const { text } = decodeText(path, name, readFileSync(path))
  const { records, lines } = parseCsvRecords(text, { fileName: name, separator: kind === 'tsv' ? '\t' : 'auto' })
  return tableUnits(records, lines, name)
}

async function* fromArray(units: readonly BilingualUnit[]): AsyncGenerator<BilingualUnit> {
  yield* units
}
