/**
 * The framing every snapshot beside a workspace shares (the fuzzy index `*.tm-index`, the miner's
 * statistics `*.mining-stats`): "MAGIC8CH" | u32 format | u32 header bytes | header JSON, space-padded
 * so the body starts 4-byte aligned for typed-array views | body. Written to a temporary file and
 * renamed, so a reader never sees half a snapshot; a file of another kind or format reads as null.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'

export interface SnapshotKind {
  /** Eight latin-1 characters naming the kind of file. */
  magic: string
  /** Bumped when the layout changes: an older file is then rebuilt, never misread. */
  format: number
}

/** Writes header + body parts atomically (temporary file, then rename). */
export function writeSnapshotFile(
  file: string,
  kind: SnapshotKind,
  header: object,
  parts: readonly ArrayBufferView[]
): void {
  let json = JSON.stringify(header)
  while (Buffer.byteLength(json) % 4 !== 0) json += ' '
  const head = Buffer.alloc(16)
  head.write(kind.magic, 0, 'latin1')
  head.writeUInt32LE(kind.format, 8)
  head.writeUInt32LE(Buffer.byteLength(json), 12)
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  const fd = openSync(tmp, 'w')
  try {
    for (const view of [head, Buffer.from(json, 'utf8'), ...parts]) {
      const part = new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
      let off = 0
      while (off < part.byteLength) off += writeSync(fd, part, off, part.byteLength - off)
    }
  } catch (error) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw error
  }
  closeSync(fd)
  renameSync(tmp, file)
}

/** Bytes of the framing before the header JSON. */
export const FRAME_BYTES = 16

/** The header JSON's length when `buf` starts with this kind's framing, else null. */
export function headerBytes(buf: Buffer, kind: SnapshotKind): number | null {
  if (buf.length < FRAME_BYTES || buf.toString('latin1', 0, 8) !== kind.magic) return null
  if (buf.readUInt32LE(8) !== kind.format) return null
  return buf.readUInt32LE(12)
}

/** The parsed header and where the body starts, or null for another kind, format or a broken header. */
export function readSnapshotHeader<H>(buf: Buffer, kind: SnapshotKind): { header: H; bodyStart: number } | null {
  const bytes = headerBytes(buf, kind)
  if (bytes === null || buf.length < FRAME_BYTES + bytes) return null
  try {
    return {
      header: JSON.parse(buf.toString('utf8', FRAME_BYTES, FRAME_BYTES + bytes)) as H,
      bodyStart: FRAME_BYTES + bytes
    }
  } catch {
    return null
  }
}
