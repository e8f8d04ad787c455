/**
 * Size limits on what a ZIP container (DOCX, XLSX) unpacks to, checked before the libraries that read
 * them (mammoth; the XLSX reader, xlsx-file.ts) inflate anything: a 405 KB workbook whose sheet inflated to 400 MB peaked at
 * 1.4 GB, and a larger one crashed with "Invalid string length". Two checks on every entry:
 * - the sizes the central directory declares (no inflating at all);
 * - the bytes it really inflates to, counted while inflating and abandoned past the limit (the declared
 *   sizes are written by whoever made the file and can lie).
 * The central directory is read here too, so a file that is not a ZIP archive gets a clear error
 * instead of the library's. readZipEntry unpacks one entry within the same limit (the XLSX reader's).
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib'

/** The most one entry may unpack to: the same limit as a plain-text document. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024
/** The most all entries together may unpack to. */
export const MAX_TOTAL_BYTES = 4 * MAX_ENTRY_BYTES

export type ZipProblem = 'notZip' | 'damaged' | 'entryTooLarge' | 'totalTooLarge'

export class ZipCheckError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
    readonly entry?: string
  ) {
    super(message)
    this.name = 'ZipCheckError'
  }
}

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Offset of the local file header. */
  localOffset: number
}

export interface ZipLimits {
  entryBytes?: number
  totalBytes?: number
}

/** Throws a ZipCheckError when `data` is not a ZIP archive or unpacks to more than the limits. */
export async function checkZip(data: Buffer, limits: ZipLimits = {}): Promise<void> {
  const entryLimit = limits.entryBytes ?? MAX_ENTRY_BYTES
  const totalLimit = limits.totalBytes ?? MAX_TOTAL_BYTES
  const entries = listZipEntries(data)
  let declared = 0
  for (const e of entries) {
    if (e.uncompressedSize > entryLimit) throw tooLarge(e.name, entryLimit)
    declared += e.uncompressedSize
  }
  if (declared > totalLimit) throw totalTooLarge(totalLimit)
  let actual = 0
  for (const e of entries) {
    const size = await unpackedSize(data, e, Math.min(entryLimit, totalLimit - actual))
    if (size > entryLimit) throw tooLarge(e.name, entryLimit)
    actual += size
    if (actual > totalLimit) throw totalTooLarge(totalLimit)
  }
}

function tooLarge(entry: string, limit: number): ZipCheckError {
  return new ZipCheckError('entryTooLarge', `${entry} unpacks to more than ${limit} bytes`, entry)
}

function totalTooLarge(limit: number): ZipCheckError {
  return new ZipCheckError('totalTooLarge', `the archive unpacks to more than ${limit} bytes`)
}

function damaged(reason: string): ZipCheckError {
  return new ZipCheckError('damaged', reason)
}

const EOCD = 0x06054b50
const EOCD64_LOCATOR = 0x07064b50
const EOCD64 = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX32 = 0xffffffff

/** The entries the central directory lists (what the libraries read too). */
export function listZipEntries(data: Buffer): ZipEntry[] {
  if (data.length < 22 || (data.readUInt32LE(0) !== LOCAL && data.readUInt32LE(0) !== EOCD)) {
    throw new ZipCheckError('notZip', 'not a ZIP archive')
  }
  const eocd = findEocd(data)
  if (eocd < 0) throw damaged('no end of central directory (truncated file?)')
  let count = data.readUInt16LE(eocd + 10)
  let offset = data.readUInt32LE(eocd + 16)
  if (count === 0xffff || offset === MAX32) {
    const locator = eocd - 20
    if (locator < 0 || data.readUInt32LE(locator) !== EOCD64_LOCATOR) throw damaged('bad ZIP64 locator')
    const at = safeNumber(data.readBigUInt64LE(locator + 8))
    if (at + 56 > data.length || data.readUInt32LE(at) !== EOCD64) throw damaged('bad ZIP64 directory end')
    count = safeNumber(data.readBigUInt64LE(at + 32))
    offset = safeNumber(data.readBigUInt64LE(at + 48))
  }
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL) throw damaged('bad central directory')
    const nameLength = data.readUInt16LE(offset + 28)
    const extraLength = data.readUInt16LE(offset + 30)
    const commentLength = data.readUInt16LE(offset + 32)
    const end = offset + 46 + nameLength + extraLength + commentLength
    if (end > data.length) throw damaged('bad central directory')
    const entry: ZipEntry = {
      name: data.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: data.readUInt16LE(offset + 10),
      compressedSize: data.readUInt32LE(offset + 20),
      uncompressedSize: data.readUInt32LE(offset + 24),
      localOffset: data.readUInt32LE(offset + 42)
    }
    readZip64Extra(data.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength), entry)
    entries.push(entry)
    offset = end
  }
  return entries
}

function findEocd(data: Buffer): number {
  const last = data.length - 22
  const first = Math.max(0, last - 0xffff)
  for (let i = last; i >= first; i--) if (data.readUInt32LE(i) === EOCD) return i
  return -1
}

/** ZIP64 sizes: the extra field holds, in order, each field that is 0xFFFFFFFF in the header. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  let i = 0
  while (i + 4 <= extra.length) {
    const id = extra.readUInt16LE(i)
    const size = extra.readUInt16LE(i + 2)
    if (id === 0x0001) {
      let at = i + 4
      const next = (): number => {
        if (at + 8 > i + 4 + size || at + 8 > extra.length) throw damaged('bad ZIP64 extra field')
        const value = safeNumber(extra.readBigUInt64LE(at))
        at += 8
        return value
      }
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next()
      if (entry.compressedSize === MAX32) entry.compressedSize = next()
      if (entry.localOffset === MAX32) entry.localOffset = next()
      return
    }
    i += 4 + size
  }
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value)
}

/** The bytes an entry unpacks to, counted up to just past `limit` (then abandoned). */
async function unpackedSize(data: Buffer, entry: ZipEntry, limit: number): Promise<number> {
  const raw = storedBytes(data, entry)
  if (entry.method === 0) return entry.compressedSize
  return inflatedSize(raw, limit, entry.name)
}

/** The entry's bytes as stored (compressed), checked against the archive's bounds and methods. */
function storedBytes(data: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localOffset
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) throw damaged(`bad local header of ${entry.name}`)
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28)
  const end = start + entry.compressedSize
  if (end > data.length) throw damaged(`${entry.name} is cut off (truncated file?)`)
  if (entry.method !== 0 && entry.method !== 8) throw damaged(`${entry.name} uses compression method ${entry.method}`)
  return data.subarray(start, end)
}

/**
 * An entry's content, unpacked, never more than `limit` bytes (a ZipCheckError past it): for readers
 * of the archive's parts (the XLSX reader) after checkZip has vetted the whole.
 */
export function readZipEntry(data: Buffer, entry: ZipEntry, limit: number = MAX_ENTRY_BYTES): Buffer {
  const raw = storedBytes(data, entry)
  if (entry.method === 0) {
    if (raw.length > limit) throw tooLarge(entry.name, limit)
    return raw
  }
  try {
    return inflateRawSync(raw, { maxOutputLength: limit })
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(entry.name, limit)
    throw damaged(`${entry.name} does not inflate (damaged data)`)
  }
}

function inflatedSize(compressed: Buffer, limit: number, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 })
    let total = 0
    let done = false
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length
      if (total > limit && !done) {
        done = true
        inflate.destroy()
        resolve(total)
      }
    })
    inflate.on('end', () => {
      if (!done) resolve(total)
      done = true
    })
    inflate.on('error', () => {
      if (!done) reject(damaged(`${name} does not inflate (damaged data)`))
      done = true
    })
    inflate.end(compressed)
  })
}
