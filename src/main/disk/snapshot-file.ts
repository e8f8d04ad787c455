/**
 * The framing every snapshot beside a workspace shares (the fuzzy index `*.tm-index`, the miner's
 * statistics `*.mining-stats`): "MAGIC8CH" | u32 format | u32 header bytes | header JSON, space-padded
 * so the body starts 4-byte aligned for typed-array views | body. Written to a temporary file and
 * renamed, so a reader never sees half a snapshot; a file of another kind or format reads as null.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

import { processAlive } from './process-alive'

export interface SnapshotKind {
  /** Eight latin-1 characters naming the kind of file. */
  magic: string
  /** Bumped when the layout changes: an older file is then rebuilt, never misread. */
  format: number
}

/**
 * Writes header + body parts atomically: a temporary file `<file>.<pid>.<random>.tmp`, flushed to disk
 * (fsync) before it is renamed over `file`, so a crash or power loss leaves the old snapshot or the new
 * one, never a renamed file whose blocks never reached the disk. A crash before the rename leaves the
 * temporary file: cleanOrphanedSnapshotTemps removes it when the workspace is next opened.
 */
export function writeSnapshotFile(
  file: string,
  kind: SnapshotKind,
  header: object,
  parts: readonly ArrayBufferView[],
  /** Test seam: the file system calls whose order matters. */
  fs: { fsync(fd: number): void; rename(from: string, to: string): void } = { fsync: fsyncSync, rename: renameSync }
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
    fs.fsync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw error
  }
  closeSync(fd)
  fs.rename(tmp, file)
  syncFolder(dirname(file), fs.fsync)
}

/** The rename itself reaches the disk with the folder's entry (POSIX; Windows cannot open a folder: skipped). */
function syncFolder(dir: string, fsync: (fd: number) => void): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsync(fd)
  } catch {
    // Not supported here; the file's own fsync is what matters most.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

const TEMP = /^\.(\d+)\.[a-z0-9]*\.tmp$/
/** The snapshots written beside a workspace (memory/fuzzy-snapshot.ts, mining/stats-snapshot.ts). */
const SNAPSHOT_SUFFIXES = ['.tm-index', '.mining-stats']

/** A temporary file this old is no write in progress, whatever its process id now names (ids are reused). */
const STALE_MS = 24 * 60 * 60 * 1000

/**
 * Removes temporary snapshot files beside a workspace (`<workspace><suffix>.<pid>.<random>.tmp`: the
 * fuzzy index, the miner's statistics) that a crashed writer left: its process is gone, or the file is a
 * day old. Returns the names removed. Never throws: a folder it cannot read has nothing to clean.
 */
export function cleanOrphanedSnapshotTemps(workspaceFile: string, now = Date.now()): string[] {
  const dir = dirname(workspaceFile)
  const stem = basename(workspaceFile)
  const removed: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return removed
  }
  for (const name of names) {
    if (!name.startsWith(stem) || !name.endsWith('.tmp')) continue
    const rest = name.slice(stem.length)
    const suffix = SNAPSHOT_SUFFIXES.find((s) => rest.startsWith(s + '.'))
    const match = suffix ? TEMP.exec(rest.slice(suffix.length)) : null
    if (!match) continue
    const path = join(dir, name)
    try {
      const old = now - statSync(path).mtimeMs > STALE_MS
      if (old || !processAlive(Number(match[1]))) {
        rmSync(path, { force: true })
        removed.push(name)
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed
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
