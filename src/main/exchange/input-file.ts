/**
 * Opening an exchange file: which kind it is, whether it is small enough, and its text as a stream of
 * decoded chunks. XML (TBX/TMX) is read in 1 MiB slices with a streaming decoder so a large file never
 * sits in memory whole; the slices are read synchronously on purpose (see import-run.ts: the import
 * transaction must not interleave with other requests, and sync reads keep it on microtasks).
 */
import { isUtf8 } from 'node:buffer'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { TextDecoder } from 'node:util'

import iconv from 'iconv-lite'

import { FormatError } from '../../core/exchange'
import type { ExchangeKind } from '../../shared/models'
import { ApiError } from '../api-error'

/** TBX/TMX are streamed: 1 GiB of XML is ~2 million concepts or ~3 million units. */
export const MAX_XML_BYTES = 1024 * 1024 * 1024
/** CSV/TSV/XLSX are read whole (a spreadsheet library needs the whole zip anyway). */
export const MAX_TABLE_BYTES = 256 * 1024 * 1024

const CHUNK = 1024 * 1024

/** The exchange kind of a file by extension (sniffing `.xml` for a TBX/TMX root), or null. */
export function exchangeKind(path: string): ExchangeKind | null {
  const ext = extname(path).toLowerCase()
  switch (ext) {
    case '.tbx':
      return 'tbx'
    case '.tmx':
      return 'tmx'
    case '.csv':
      return 'csv'
    case '.tsv':
    case '.tab':
      return 'tsv'
    case '.xlsx':
      return 'xlsx'
    case '.xml':
      return sniffXmlRoot(path)
    default:
      return null
  }
}

/** Reads the first KiB of an XML file and names its root element's kind (martif/tbx → tbx, tmx → tmx). */
function sniffXmlRoot(path: string): ExchangeKind | null {
  let head: string
  try {
    const fd = openSync(path, 'r')
    try {
      const buf = Buffer.alloc(4096)
      const n = readSync(fd, buf, 0, buf.length, 0)
      const enc = detectEncoding(buf.subarray(0, n))
      head = iconv.decode(buf.subarray(0, n), enc.encoding === 'utf-8' ? 'utf8' : enc.encoding).slice(enc.skip ? 1 : 0)
    } finally {
      closeSync(fd)
    }
  } catch {
    return null
  }
  // Skip the declaration, comments, processing instructions and the DOCTYPE to reach the root.
  const body = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '')
  const m = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body)
  if (!m) return null
  if (m[2] === 'martif' || m[2] === 'tbx') return 'tbx'
  if (m[2] === 'tmx') return 'tmx'
  return null
}

/** Size check before anything is read; a clear message instead of running out of memory. */
export function checkSize(path: string, kind: ExchangeKind): number {
  let size: number
  try {
    const st = statSync(path)
    if (!st.isFile()) {
      throw new ApiError('bad-input', `${path} is not a file`, {
        file: path,
        key: 'exchange.file.notFile',
        params: { name: path }
      })
    }
    size = st.size
  } catch (error) {
    if (error instanceof ApiError) throw error
    // The system's wording ("ENOENT: no such file or directory, stat '…'") is said plainly, as the corpus
    // import says it for a missing .txt.
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ApiError('not-found', `${path}: no such file or folder`, {
        file: path,
        key: 'exchange.file.notFound',
        params: { name: path }
      })
    }
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message
    throw new ApiError('not-found', `Cannot read ${path}: ${reason}`, {
      file: path,
      key: 'exchange.file.unreadable',
      params: { name: path, reason }
    })
  }
  const limit = kind === 'tbx' || kind === 'tmx' ? MAX_XML_BYTES : MAX_TABLE_BYTES
  const name = basename(path)
  if (size > limit) {
    const params = { name, size: mib(size), kind: kind.toUpperCase(), limit: mib(limit) }
    throw new ApiError(
      'bad-input',
      `${name} is ${params.size}; ${params.kind} imports are limited ` + `to ${params.limit} (split the file)`,
      { file: path, key: 'exchange.file.tooLarge', params }
    )
  }
  if (size === 0) {
    throw new ApiError('bad-input', `${name} is empty`, { file: path, key: 'exchange.file.empty', params: { name } })
  }
  return size
}

function mib(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MiB`
}

interface Encoding {
  encoding: string
  skip: boolean
}

/**
 * BOM first (UTF-8, UTF-16 LE/BE), then the NUL pattern of BOM-less UTF-16 around ASCII markup,
 * then the XML declaration's encoding (GB18030/Big5 files from older tools), else UTF-8.
 */
export function detectEncoding(head: Buffer): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: true }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: true }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: true }
  if (head.length >= 4 && head[0] === 0x3c && head[1] === 0 && head[2] !== 0)
    return { encoding: 'utf-16le', skip: false }
  if (head.length >= 4 && head[0] === 0 && head[1] === 0x3c) return { encoding: 'utf-16be', skip: false }
  const decl = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head.subarray(0, 200).toString('latin1'))
  if (decl) {
    const name = decl[1].toLowerCase()
    if (/^(gb2312|gbk|x-gbk|cp936|euc-cn)$/.test(name)) return { encoding: 'gb18030', skip: false }
    if (!/^utf-?8$/.test(name) && !/^(us-)?ascii$/.test(name) && iconv.encodingExists(name)) {
      return { encoding: name, skip: false }
    }
  }
  return { encoding: 'utf-8', skip: false }
}

/** Decoded text of a file as a synchronous stream of chunks; invalid UTF-8 is a FormatError with its line. */
export function* readTextChunks(path: string, fileName = basename(path)): Generator<string> {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(CHUNK)
    let n = readSync(fd, buf, 0, CHUNK, null)
    const enc = detectEncoding(buf.subarray(0, n))
    if (enc.encoding === 'utf-8') {
      yield* utf8Chunks(fd, buf, n, enc.skip, fileName)
      return
    }
    const other = iconv.getDecoder(enc.encoding)
    let first = true
    while (n > 0) {
      let text = other.write(buf.subarray(0, n))
      if (first && enc.skip && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      first = false
      if (text) yield text
      n = readSync(fd, buf, 0, CHUNK, null)
    }
    const tail = other.end()
    if (tail) yield tail
  } finally {
    closeSync(fd)
  }
}

/**
 * UTF-8: each slice is cut before a character that is split by the slice end, validated with
 * `isUtf8` and decoded with `toString` (both native and vectorised; a fatal TextDecoder was a sixth of a
 * TBX import's parse time). Invalid bytes are a FormatError naming the line they are on.
 */
function* utf8Chunks(fd: number, buf: Buffer, n: number, skipBom: boolean, fileName: string): Generator<string> {
  let line = 1
  let start = skipBom ? 3 : 0
  let carry = 0
  while (n > 0) {
    const filled = carry + n
    const cut = utf8Boundary(buf, filled)
    const bytes = buf.subarray(start, cut)
    if (!isUtf8(bytes)) throw invalidUtf8(fileName, line, bytes)
    const text = bytes.toString('utf8')
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) line++
    if (text) yield text
    carry = filled - cut
    buf.copy(buf, 0, cut, filled)
    start = 0
    n = readSync(fd, buf, carry, CHUNK - carry, null)
  }
  if (carry > 0) {
    throw new FormatError(
      fileName,
      line,
      1,
      'the file ends inside a UTF-8 character (truncated file?)',
      'exchange.file.truncatedUtf8'
    )
  }
}

/** The end of the last complete UTF-8 sequence in buf[0, end): a trailing partial character is left out. */
function utf8Boundary(buf: Buffer, end: number): number {
  // Step back over at most 3 continuation bytes to the lead byte of the last character.
  let i = end - 1
  while (i >= 0 && end - i <= 3 && (buf[i] & 0xc0) === 0x80) i--
  if (i < 0) return end
  const lead = buf[i]
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return end - i < need ? i : end
}

function invalidUtf8(fileName: string, line: number, bytes: Buffer): FormatError {
  // Find the line of the first bad byte (the slow path, only on failure).
  let lo = 0
  let hi = bytes.length
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    try {
      // stream: a prefix ending inside a character is not an error, so "valid prefix" is monotone.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true })
      lo = mid
    } catch {
      hi = mid
    }
  }
  let at = line
  for (let i = 0; i < lo; i++) if (bytes[i] === 0x0a) at++
  return new FormatError(
    fileName,
    at,
    1,
    'invalid UTF-8 bytes (binary file, or not UTF-8/UTF-16 text)',
    'exchange.file.invalidUtf8'
  )
}
