/**
 * Bytes → string for the text formats: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the
 * NUL-byte pattern ASCII characters leave), and legacy Chinese encodings (GB18030/GBK, Big5) or
 * other legacy encodings as chardet guesses them. Binary and undecodable files are refused.
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { CorpusError } from './corpus-error'

export interface DecodedText {
  text: string
  encoding: string
}

/** Bytes inspected for NUL patterns and by chardet. */
const SAMPLE_BYTES = 64 * 1024

export function decodeText(file: string, displayName: string, data: Buffer, declared?: string): DecodedText {
  if (data.length === 0) throw emptyFile(file, displayName)
  const bom = decodeByBom(data)
  if (bom) return checked(file, displayName, bom)

  const sample = data.subarray(0, SAMPLE_BYTES)
  const utf16 = utf16ByNulPattern(sample)
  // A UTF-8 file with a stray NUL is binary junk, not UTF-16: real UTF-16 is either NUL-dense
  // (mostly ASCII) or, when mostly Chinese, not valid UTF-8 at all.
  if (utf16 && (nulShare(sample) >= 0.2 || !isValidUtf8Prefix(sample))) {
    const decoded = { text: iconv.decode(data, utf16), encoding: utf16 }
    if (controlShare(decoded.text) < 0.01 && !hasLoneSurrogate(decoded.text)) {
      return checked(file, displayName, decoded)
    }
  }
  if (sample.includes(0)) throw binaryFile(file, displayName)

  const utf8 = decodeUtf8(data)
  if (utf8 !== null) return checked(file, displayName, { text: utf8, encoding: 'utf-8' })

  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    // Pages labelled GB2312/GBK routinely use characters only GB18030 (their superset) covers.
    const encoding = /^(gb2312|gbk|x-gbk|cp936|euc-cn)$/i.test(declared) ? 'gb18030' : declared.toLowerCase()
    return checked(file, displayName, { text: iconv.decode(data, encoding), encoding })
  }
  const encoding = guessLegacyEncoding(sample)
  if (!encoding) {
    throw new CorpusError(
      file, `${displayName}: cannot tell the text encoding (not UTF-8, UTF-16, GB18030 or Big5)`, undefined,
      { key: 'encodingUnknown', params: { name: displayName } }
    )
  }
  return checked(file, displayName, { text: iconv.decode(data, encoding), encoding })
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

function decodeUtf8(data: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    // Mostly-UTF-8 text with a stray bad byte (a truncated copy, one mis-pasted character): keep it
    // as UTF-8 when the file clearly uses UTF-8 multi-byte sequences and the damage is negligible.
    const lenient = data.toString('utf8')
    let bad = 0
    let multibyte = 0
    for (let i = 0; i < lenient.length; i++) {
      const c = lenient.charCodeAt(i)
      if (c === 0xfffd) bad++
      else if (c > 0x7f) multibyte++
    }
    return multibyte >= 20 && bad * 1000 <= lenient.length && bad * 20 <= multibyte ? lenient : null
  }
}

/** chardet's best guess among encodings iconv-lite can decode, preferring Chinese ones on near ties. */
function guessLegacyEncoding(sample: Buffer): string | null {
  const matches = chardet.analyse(sample)
    .filter((m) => iconv.encodingExists(m.name) && !/^(ascii|utf-8)$/i.test(m.name))
  if (matches.length === 0) return null
  const top = matches[0]
  const chinese = matches.find((m) => m.name === 'GB18030' || m.name === 'Big5')
  if (chinese && chinese !== top && chinese.confidence >= top.confidence - 10 && top.lang !== 'zh') {
    return chinese.name.toLowerCase()
  }
  return top.name.toLowerCase()
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

function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
