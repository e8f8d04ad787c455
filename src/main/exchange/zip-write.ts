/**
 * A ZIP archive writer, just what an .xlsx needs: deflated entries from chunks of text, written to a
 * file as they are added; no ZIP64 (a part stays far below 4 GiB: the largest, a 100,000-concept
 * sheet, is about 60 MB), no encryption, no data descriptors (each entry is compressed in memory first,
 * then written with its sizes and CRC in the local header, which every reader understands).
 * Node's zlib does the deflating and the CRC-32 (zlib.crc32, Node ≥ 20.15).
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { setImmediate } from 'node:timers/promises'
import { constants, crc32, createDeflateRaw } from 'node:zlib'

interface Written {
  name: Buffer
  crc: number
  compressed: number
  size: number
  offset: number
}

/** DOS date and time of the entries: the export's time (ZIP keeps local time, to 2 s). */
function dosTime(d: Date): { date: number; time: number } {
  return {
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1)
  }
}

export class ZipWriter {
  private readonly fd: number
  private offset = 0
  private readonly entries: Written[] = []
  private readonly stamp = dosTime(new Date())

  constructor(path: string) {
    this.fd = openSync(path, 'w')
  }

  /**
   * Adds an entry from text chunks (UTF-8). Chunks may come from a generator that does work per chunk;
   * `onChunk` runs after each one (progress, cancellation). Returns the entry's unpacked size.
   */
  async add(name: string, chunks: Iterable<string>, onChunk?: () => Promise<void> | void): Promise<number> {
    const deflate = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION })
    const out: Buffer[] = []
    let compressed = 0
    deflate.on('data', (b: Buffer) => {
      out.push(b)
      compressed += b.length
    })
    const ended = new Promise<void>((resolve, reject) => {
      deflate.on('end', resolve)
      deflate.on('error', reject)
    })
    let crc = 0
    let size = 0
    let pending = ''
    const push = async (text: string): Promise<void> => {
      const bytes = Buffer.from(text, 'utf8')
      crc = crc32(bytes, crc)
      size += bytes.length
      if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve))
    }
    for (const chunk of chunks) {
      // Many small rows make one write of about 1 MiB: fewer buffers, the same output.
      pending += chunk
      if (pending.length >= 1 << 20) {
        await push(pending)
        pending = ''
      }
      await onChunk?.()
    }
    if (pending) await push(pending)
    deflate.end()
    await ended
    const nameBytes = Buffer.from(name, 'utf8')
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6) // flags: names are UTF-8
    header.writeUInt16LE(8, 8) // deflate
    header.writeUInt16LE(this.stamp.time, 10)
    header.writeUInt16LE(this.stamp.date, 12)
    header.writeUInt32LE(crc >>> 0, 14)
    header.writeUInt32LE(compressed, 18)
    header.writeUInt32LE(size, 22)
    header.writeUInt16LE(nameBytes.length, 26)
    header.writeUInt16LE(0, 28)
    this.entries.push({ name: nameBytes, crc: crc >>> 0, compressed, size, offset: this.offset })
    this.write(header)
    this.write(nameBytes)
    for (const b of out) this.write(b)
    await setImmediate()
    return size
  }

  /** Writes the central directory and closes the file. */
  finish(): void {
    const start = this.offset
    for (const e of this.entries) {
      const h = Buffer.alloc(46)
      h.writeUInt32LE(0x02014b50, 0)
      h.writeUInt16LE(20, 4) // made by: 2.0
      h.writeUInt16LE(20, 6)
      h.writeUInt16LE(0x0800, 8)
      h.writeUInt16LE(8, 10)
      h.writeUInt16LE(this.stamp.time, 12)
      h.writeUInt16LE(this.stamp.date, 14)
      h.writeUInt32LE(e.crc, 16)
      h.writeUInt32LE(e.compressed, 20)
      h.writeUInt32LE(e.size, 24)
      h.writeUInt16LE(e.name.length, 28)
      h.writeUInt32LE(e.offset, 42)
      this.write(h)
      this.write(e.name)
    }
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(this.entries.length, 8)
    end.writeUInt16LE(this.entries.length, 10)
    end.writeUInt32LE(this.offset - start, 12)
    end.writeUInt32LE(start, 16)
    this.write(end)
    closeSync(this.fd)
  }

  /** Closes the file without finishing it (the caller removes it). */
  abort(): void {
    try {
      closeSync(this.fd)
    } catch {
      // already closed
    }
  }

  private write(b: Buffer): void {
    if (this.offset + b.length > 0xffffffff) throw new Error('the workbook would exceed 4 GiB')
    for (let at = 0; at < b.length;) at += writeSync(this.fd, b, at, b.length - at)
    this.offset += b.length
  }
}
