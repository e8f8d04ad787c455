/**
 * Read one corpus document from disk or from memory: detect the format and encoding, extract the
 * text, normalise it, read the header conventions, detect the language, split sentences, count
 * words and hash the text. Everything that can go wrong surfaces as a CorpusError naming the file.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, extname, resolve } from 'node:path'

import { countWords } from '../../core/text/count-words'
import { parseDocumentHeader } from '../../core/text/document-header'
import { htmlToText } from '../../core/text/html-to-text'
import { markdownToText } from '../../core/text/markdown-to-text'
import { normalizeText } from '../../core/text/normalize'
import { splitSentences, type TextSpan } from '../../core/text/sentence-split'
import { detectLanguage } from '../../shared/script'
import type { Lang } from '../../shared/vocabulary'
import { CorpusError } from './corpus-error'
import { decodeText, type DecodeWarning } from './decode-text'
import { type DocumentFormat, formatFromName } from './document-format'
import { extractDocxText } from './extract-docx'
import { extractPdfText } from './extract-pdf'
import { formatBytes } from './format-bytes'

export { CorpusError } from './corpus-error'
export type { DocumentFormat } from './document-format'

export interface ReadDocument {
  title: string
  /** ISO YYYY-MM-DD when the document states a date. */
  date: string | null
  language: Lang
  format: DocumentFormat
  /** Normalised text; segment offsets index into it. */
  text: string
  segments: TextSpan[]
  words: number
  /** sha256 hex of `text` (UTF-8), for de-duplication. */
  hash: string
  sourcePath: string | null
  /** `hash` of the same content read as the other plain-text formats (.txt/.md/.html), computed on demand. */
  otherReadingHashes: () => string[]
  /** What reading had to mend (NUL bytes removed), for the import report. */
  warnings: DecodeWarning[]
}

export interface ReadOptions {
  /** Refuse files larger than this many bytes (default 64 MiB). */
  maxBytes?: number
  /**
   * The file's own name when `path` is a temporary copy (an upload): it names the format, the title and
   * the errors, and it is stored as the source (#15: an upload keeps its name; its temporary path means nothing).
   */
  name?: string
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

export async function readDocument(path: string, opts: ReadOptions = {}): Promise<ReadDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const name = basename(opts.name ?? path)
  const format = formatFromName(opts.name ?? path, name)
  // An upload's temporary path means nothing to the user: errors name the file as it was sent.
  const shown = opts.name ?? path
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory())
      throw new CorpusError(shown, `${name} is a folder, not a file`, undefined, { key: 'folder', params: { name } })
    if (!info.isFile())
      throw new CorpusError(shown, `${name} is not a regular file`, undefined, { key: 'notFile', params: { name } })
    size = info.size
  } catch (err) {
    if (err instanceof CorpusError) throw err
    throw unreadable(shown, name, err)
  }
  // Checked before reading a single byte: a 200 MB file is refused, not loaded.
  if (size > maxBytes) throw tooLarge(shown, name, size, maxBytes)
  const data = await readCapped(path, name, maxBytes, shown)
  return buildDocument(shown, name, format, data, opts.name ? name : resolve(path))
}

export async function readDocumentFromBuffer(
  name: string,
  data: Buffer,
  opts: ReadOptions = {}
): Promise<ReadDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const display = basename(name)
  const format = formatFromName(name, display)
  if (data.length > maxBytes) throw tooLarge(name, display, data.length, maxBytes)
  return buildDocument(name, display, format, data, null)
}

/** Stream the file in, stopping as soon as it exceeds the limit (it may grow after `stat`). */
async function readCapped(path: string, name: string, maxBytes: number, shown = path): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of createReadStream(path, { end: maxBytes })) {
      const buf = chunk as Buffer
      chunks.push(buf)
      total += buf.length
    }
  } catch (err) {
    throw unreadable(shown, name, err)
  }
  if (total > maxBytes) throw tooLarge(shown, name, total, maxBytes)
  return Buffer.concat(chunks, total)
}

async function buildDocument(
  file: string,
  name: string,
  format: DocumentFormat,
  data: Buffer,
  sourcePath: string | null
): Promise<ReadDocument> {
  if (data.length === 0) throw new CorpusError(file, `${name} is empty`, undefined, { key: 'empty', params: { name } })
  let decoded: string | null = null
  let extracted: Extracted
  const warnings: DecodeWarning[] = []
  if (isPlainText(format)) {
    const text = decodeText(file, name, data, format === 'html' ? declaredCharset(data) : undefined)
    if (text.warning) warnings.push(text.warning)
    decoded = text.text
    extracted = readAs(file, name, format, decoded)
  } else {
    extracted = await guarded(file, name, format, () => extractBinary(file, name, format, data))
  }
  const header = parseDocumentHeader(normalizeText(extracted.text))
  const text = header.body
  if (text.trim() === '') {
    throw new CorpusError(file, `${name} contains no text`, undefined, { key: 'noText', params: { name } })
  }
  const language = detectLanguage(text)
  return {
    title: extracted.title ?? header.title ?? basename(name, extname(name)),
    date: extracted.date ?? header.date,
    language,
    format,
    text,
    segments: splitSentences(text, language),
    words: countWords(text, language),
    hash: hashText(text),
    sourcePath,
    otherReadingHashes: () => (decoded !== null && isPlainText(format) ? otherReadings(format, decoded) : []),
    warnings
  }
}

interface Extracted {
  text: string
  /** A title the format itself declares (HTML <title>, Markdown heading, PDF Info), if any. */
  title: string | null
  date: string | null
}

type PlainFormat = 'txt' | 'md' | 'html'

function isPlainText(format: DocumentFormat): format is PlainFormat {
  return format === 'txt' || format === 'md' || format === 'html'
}

function bodyOf(extracted: Extracted): string {
  return parseDocumentHeader(normalizeText(extracted.text)).body
}

function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** The text of decoded plain-text content read as `format`. */
function readAs(file: string, name: string, format: PlainFormat, decoded: string): Extracted {
  return guardedSync(file, name, format, () => {
    if (format === 'md') return markdownToText(decoded)
    if (format === 'html') return htmlToText(decoded)
    return { text: decoded, title: null, date: null }
  })
}

/**
 * Hashes of the same content read as the other plain-text formats: a .md or .html copy of an imported
 * .txt (or the reverse) is the same document, though each format's reading gives a slightly different
 * text. HTML is tried only when there is markup to read; readings that fail are left out.
 */
function otherReadings(format: PlainFormat, decoded: string): string[] {
  const formats: PlainFormat[] = ['txt', 'md', ...(decoded.includes('<') ? ['html' as const] : [])]
  const hashes: string[] = []
  for (const other of formats) {
    if (other === format) continue
    try {
      const body = bodyOf(readAs('', '', other, decoded))
      if (body.trim() !== '') hashes.push(hashText(body))
    } catch {
      // not readable that way: no hash
    }
  }
  return hashes
}

async function extractBinary(file: string, name: string, format: 'docx' | 'pdf', data: Buffer): Promise<Extracted> {
  if (format === 'docx') return { text: await extractDocxText(file, name, data), title: null, date: null }
  const pdf = await extractPdfText(file, name, data)
  return { text: pdf.text, title: pdf.title, date: null }
}

/** A reader's own failure (a library's stack overflow, its internal message) as a clear error naming the file. */
async function guarded<T>(file: string, name: string, format: DocumentFormat, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (err) {
    throw err instanceof CorpusError ? err : contentError(file, name, format, err)
  }
}

function guardedSync<T>(file: string, name: string, format: DocumentFormat, read: () => T): T {
  try {
    return read()
  } catch (err) {
    throw err instanceof CorpusError ? err : contentError(file, name, format, err)
  }
}

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  txt: 'TXT',
  md: 'Markdown',
  html: 'HTML',
  docx: 'DOCX',
  pdf: 'PDF'
}

function contentError(file: string, name: string, format: DocumentFormat, err: unknown): CorpusError {
  const kind = FORMAT_NAMES[format]
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return new CorpusError(
      file,
      `${name}: its ${kind} markup is nested too deeply to read; save it as plain text ` + 'and import that',
      undefined,
      { key: 'tooDeep', params: { name, format: kind } }
    )
  }
  return new CorpusError(file, `${name} could not be read: it is damaged or not a valid ${kind} file`, undefined, {
    key: 'unreadableContent',
    params: { name, format: kind }
  })
}

/** `<meta charset="gbk">` or the http-equiv form, from the first few KB of an HTML file. */
function declaredCharset(data: Buffer): string | undefined {
  const head = data.subarray(0, 4096).toString('latin1')
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]
}

function tooLarge(file: string, name: string, size: number, maxBytes: number): CorpusError {
  const limit = formatBytes(maxBytes)
  const params = { name, size: formatBytes(size), limit }
  return new CorpusError(file, `${name} is ${params.size}, larger than the ${limit} limit`, undefined, {
    key: 'tooLarge',
    params
  })
}

function unreadable(path: string, name: string, err: unknown): CorpusError {
  const reason = describeFsError(err)
  return new CorpusError(path, `cannot read ${name}: ${reason}`, undefined, {
    key: 'unreadable',
    params: { name, reason }
  })
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder'
  return (err as Error).message ?? String(err)
}
