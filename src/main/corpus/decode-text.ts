/**
 * Bytes → string for the text formats: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the
 * NUL-byte pattern ASCII characters leave), a charset the file declares (HTML <meta>), and otherwise
 * the legacy encoding whose decoded text is plausible (legacy-encoding.ts: GB18030/GBK, Big5,
 * Shift-JIS, Windows-1252). Binary files, UTF-8 with bytes that are not UTF-8, and bytes no candidate
 * makes sense of are refused with an error naming the file, never imported as mojibake.
 */
import { isUtf8 } from 'node:buffer'

import iconv from 'iconv-lite'

import { CorpusError } from './corpus-error'
import { chooseLegacyEncoding, TRIED_ENCODINGS } from './legacy-encoding'

export interface DecodedText {
  text: string
  encoding: string
  /** What decoding had to mend, said to the user (NUL bytes removed from UTF-8 text). */
  warning?: DecodeWarning
}

export interface DecodeWarning {
  message: string
  key: string
  params: Record<string, string | number>
}

/** At most this share of NUL bytes is "stray" (damage) in UTF-8 text; UTF-16 text has far more, or none. */
const STRAY_NUL_SHARE = 0.01

/** Bytes inspected for NUL patterns and control characters. */
const SAMPLE_BYTES = 64 * 1024

export function decodeText(file: string, displayName: string, data: Buffer, declared?: string): DecodedText {
  if (data.length === 0) throw emptyFile(file, displayName)
  const bom = decodeByBom(data)
  // A UTF-8 BOM says what the file is: bytes that are not UTF-8 after it are damage, not another encoding.
  if (bom?.encoding === 'utf-8' && !isUtf8(data)) throw notUtf8Line(file, displayName, data)
  if (bom) return checked(file, displayName, bom)

  if (data.includes(0)) {
    const mended = strayNuls(file, displayName, data, declared)
    if (mended) return mended
  }
  const sample = data.subarray(0, SAMPLE_BYTES)
  // A page that declares its charset is never sniffed as UTF-16 (HTML cannot declare UTF-16 in a <meta>).
  const utf16 = declared ? null : utf16ByNulPattern(sample)
  // Real UTF-16 is either NUL-dense (mostly ASCII) or, when mostly Chinese, not valid UTF-8 at all.
  if (utf16 && (nulShare(sample) >= 0.2 || !isValidUtf8Prefix(sample))) {
    const decoded = { text: iconv.decode(data, utf16), encoding: utf16 }
    if (controlShare(decoded.text) < 0.01 && !hasLoneSurrogate(decoded.text)) {
      return checked(file, displayName, decoded)
    }
  }
  if (sample.includes(0)) throw binaryFile(file, displayName)

  if (isUtf8(data)) return checked(file, displayName, { text: data.toString('utf8'), encoding: 'utf-8' })

  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    const encoding = legacyName(declared)
    return checked(file, displayName, { text: iconv.decode(data, encoding), encoding })
  }
  // Control bytes are control characters in every candidate: binary data, not text in some encoding.
  if (controlByteShare(sample) > 0.05) throw binaryFile(file, displayName)
  const verdict = chooseLegacyEncoding(data)
  if (verdict.kind === 'damaged-utf8') throw notUtf8Line(file, displayName, data)
  if (verdict.kind === 'unknown') {
    throw new CorpusError(
      file,
      `${displayName}: cannot tell the text encoding (tried ${TRIED_ENCODINGS}; none gives ` +
        'plausible text). Save the file as UTF-8 and import it again',
      undefined,
      { key: 'encodingUnknown', params: { name: displayName } }
    )
  }
  return checked(file, displayName, { text: iconv.decode(data, verdict.encoding), encoding: verdict.encoding })
}

/**
 * UTF-8 text with a few NUL bytes in it (a cut-and-paste accident, a damaged copy) is UTF-8 text, not
 * UTF-16: read as UTF-16 a single NUL inside Chinese text turned the whole document into other Chinese
 * characters. When the NULs are rare (or the file declares UTF-8) and the bytes without them are UTF-8,
 * or the encoding a page declares, the text is imported without them and a warning says so. When a NUL
 * took the place of part of a character (the rest is then not UTF-8 at that one spot only), the file is
 * refused at that line. Null for anything else (UTF-16, binary): the usual checks decide.
 */
function strayNuls(file: string, name: string, data: Buffer, declared: string | undefined): DecodedText | null {
  const declaredUtf8 = declared !== undefined && /^utf-?8$/i.test(declared)
  let count = 0
  let first = -1
  for (let i = data.indexOf(0); i >= 0; i = data.indexOf(0, i + 1)) {
    if (first < 0) first = i
    count++
  }
  if (!declaredUtf8 && count > data.length * STRAY_NUL_SHARE) return null
  const without = Buffer.allocUnsafe(data.length - count)
  let at = 0
  let from = 0
  for (let i = data.indexOf(0); i >= 0; i = data.indexOf(0, i + 1)) {
    at += data.copy(without, at, from, i)
    from = i + 1
  }
  data.copy(without, at, from)
  let line = 1
  for (let i = 0; i < first; i++) if (data[i] === 0x0a) line++
  const warning: DecodeWarning = {
    message: `${name}: ${count} NUL byte${count === 1 ? '' : 's'} removed (the first at line ${line}); the rest was imported`,
    key: 'corpus.nulRemoved',
    params: { name, count, line }
  }
  if (isUtf8(without)) return { ...checked(file, name, { text: without.toString('utf8'), encoding: 'utf-8' }), warning }
  const legacy = declared && !declaredUtf8 && iconv.encodingExists(declared) ? legacyName(declared) : null
  if (legacy) return { ...checked(file, name, { text: iconv.decode(without, legacy), encoding: legacy }), warning }
  // Damage by the NULs themselves: a NUL in place of a byte leaves at most three bad bytes. Far more
  // (UTF-16 Chinese, where every other byte pair is no UTF-8) means it is not UTF-8 text at all.
  const limit = 3 * count + 2
  if (!declaredUtf8 && invalidSequences(without, limit + 1) > limit) return null
  const bad = firstInvalidUtf8(without)
  let badLine = 1
  for (let i = 0; i < bad; i++) if (without[i] === 0x0a) badLine++
  const message =
    `${name}: line ${badLine} holds a NUL byte in place of part of a character, in a file that is ` +
    'otherwise UTF-8. Correct that line or save the file as UTF-8 again, then import it'
  throw new CorpusError(file, message, badLine, { key: 'nulInCharacter', params: { name, line: badLine } })
}

/** Pages labelled GB2312/GBK routinely use characters only GB18030 (their superset) covers. */
function legacyName(declared: string): string {
  return /^(gb2312|gbk|x-gbk|cp936|euc-cn)$/i.test(declared) ? 'gb18030' : declared.toLowerCase()
}

/** How many invalid UTF-8 sequences `data` holds, counting no further than `stopAt`. */
function invalidSequences(data: Buffer, stopAt: number): number {
  let n = 0
  let from = 0
  while (n < stopAt) {
    const bad = firstInvalidUtf8(data.subarray(from))
    if (from + bad >= data.length) break
    n++
    from += bad + 1
  }
  return n
}

function decodeByBom(data: Buffer): DecodedText | null {
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return { text: data.subarray(3).toString('utf8'), encoding: 'utf-8' }
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) {
    return { text: iconv.decode(data.subarray(4), 'utf-32le'), encoding: 'utf-32le' }
  }
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) {
    return { text: iconv.decode(data.subarray(2), 'utf-16le'), encoding: 'utf-16le' }
  }
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
    return { text: iconv.decode(data.subarray(2), 'utf-16be'), encoding: 'utf-16be' }
  }
  return null
}

/**
 * UTF-16 without a BOM: ASCII characters (newlines, spaces, digits) put a NUL in every other byte,
 * always on the same side. Binary files have NULs on both sides.
 */
function utf16ByNulPattern(sample: Buffer): 'utf-16le' | 'utf-16be' | null {
  let even = 0
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  }
  const total = even + odd
  if (total === 0) return null
  if (odd >= total * 0.98) return 'utf-16le'
  if (even >= total * 0.98) return 'utf-16be'
  return null
}

function nulShare(sample: Buffer): number {
  let nul = 0
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nul++
  return nul / sample.length
}

function isValidUtf8Prefix(sample: Buffer): boolean {
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true })
    return true
  } catch {
    return false
  }
}

/**
 * A file that is UTF-8 but for some bytes (a character pasted from a Latin-1 or GBK file, a cut
 * copy): refused with the line of the first bad byte, since decoding it all in another encoding would
 * garble the Chinese, and dropping the bytes would lose text silently.
 */
function notUtf8Line(file: string, name: string, data: Buffer): CorpusError {
  const at = firstInvalidUtf8(data)
  let line = 1
  for (let i = 0; i < at; i++) if (data[i] === 0x0a) line++
  const message =
    `${name}: line ${line} holds bytes that are not UTF-8, in a file that is otherwise UTF-8. ` +
    'Correct that line or save the file as UTF-8 again, then import it'
  return new CorpusError(file, message, line, { key: 'notUtf8Line', params: { name, line } })
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(data: Buffer): number {
  let i = 0
  while (i < data.length) {
    const b = data[i]
    if (b < 0x80) {
      i++
      continue
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    // A sequence cut by the end of the file is invalid too (a truncated copy).
    if (need < 0 || i + need >= data.length) return i
    // Second-byte ranges that exclude overlongs, surrogates and code points above U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf
    if (data[i + 1] < lo || data[i + 1] > hi) return i
    for (let k = 2; k <= need; k++) if ((data[i + k] & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return data.length
}

/** Refuse results that are not text: replacement characters (undecodable) or control-character noise. */
function checked(file: string, displayName: string, decoded: DecodedText): DecodedText {
  const { text, encoding } = decoded
  if (text.length === 0) throw emptyFile(file, displayName)
  let bad = 0
  let firstBad = -1
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0xfffd) {
      bad++
      if (firstBad < 0) firstBad = i
    }
  }
  if (bad > 0 && bad * 200 > text.length) {
    const line = lineOf(text, firstBad)
    const message = `${displayName}: invalid ${encoding} text at line ${line}; cannot decode the file`
    throw new CorpusError(file, message, line, { key: 'badEncoding', params: { name: displayName, encoding, line } })
  }
  if (controlShare(text) > 0.05) throw binaryFile(file, displayName)
  return decoded
}

function emptyFile(file: string, name: string): CorpusError {
  return new CorpusError(file, `${name} is empty`, undefined, { key: 'empty', params: { name } })
}

function binaryFile(file: string, name: string): CorpusError {
  return new CorpusError(file, `${name} is a binary file, not text`, undefined, { key: 'binary', params: { name } })
}

/** Share of control characters other than ordinary whitespace, form feed and the DOS EOF mark. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_BYTES)
  if (n === 0) return 0
  let controls = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const c0 = c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 0x1a
    if (c0 || (c >= 0x7f && c < 0xa0)) controls++
  }
  return controls / n
}

/** Share of bytes that are control characters (other than whitespace, form feed and the DOS EOF mark). */
function controlByteShare(sample: Buffer): number {
  if (sample.length === 0) return 0
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 0x1a) || b === 0x7f) controls++
  }
  return controls / sample.length
}

function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
