/**
 * The fuzzy index's base level on disk, beside the workspace (`<workspace>.tm-index`), so a fresh
 * process (every `shuyu tm match`) maps ~200 MB of typed arrays back in instead of tokenizing a
 * million units again (38 s). Layout, little-endian:
 *   "SHUYUTMI" | u32 format | u32 header bytes | header JSON (space-padded to a multiple of 4)
 *   | ids | lengths | hashes | start | postings | tokStart | tokens   (Int32 each, lengths in the header)
 * Format 2 added the folded-token ids (score bounds at lookup); format 3 holds both sides of every unit
 * (entry id = unit id × 2 + side, see unit-index.ts); an older file is rebuilt. Slots are
 * in (length, id) order when written by compact(); a file in the older id order is read as it is and
 * reordered once by UnitIndex (a compaction, not a rebuild).
 * Written to a temporary file and renamed, so a reader never sees half a snapshot.
 */
import { readFileSync, rmSync } from 'node:fs'

import type { FuzzyBase } from '../../core/memory/fuzzy-index'
import { readSnapshotHeader, writeSnapshotFile } from '../disk/snapshot-file'

const KIND = { magic: 'SHUYUTMI', format: 3 }

export interface SnapshotHeader {
  /** Random token also stored in the workspace (tm_fuzzy_state): the two belong together. */
  token: string
  /** Highest unit id the snapshot covers: later ids are new units. */
  maxId: number
  /** Last tm_fuzzy_log entry the snapshot covers: later entries are edited or deleted units. */
  seq: number
}

interface StoredHeader extends SnapshotHeader {
  units: number
  keys: number
  postings: number
  tokens: number
}

export function snapshotPath(workspaceFile: string): string {
  return `${workspaceFile}.tm-index`
}

export function writeSnapshot(file: string, header: SnapshotHeader, base: FuzzyBase): void {
  const stored: StoredHeader = {
    ...header,
    units: base.ids.length,
    keys: base.table.hashes.length,
    postings: base.table.postings.length,
    tokens: base.tokens.length
  }
  writeSnapshotFile(file, KIND, stored, [
    base.ids,
    base.lengths,
    base.table.hashes,
    base.table.start,
    base.table.postings,
    base.tokStart,
    base.tokens
  ])
}

/** The snapshot, or null when the file is missing, foreign, of another format or truncated. */
export function readSnapshot(file: string): { header: SnapshotHeader; base: FuzzyBase } | null {
  let buf: Buffer
  try {
    buf = readFileSync(file)
  } catch {
    return null
  }
  const framed = readSnapshotHeader<StoredHeader>(buf, KIND)
  if (!framed) return null
  const h = framed.header
  const counts = [h.units, h.units, h.keys, h.keys + 1, h.postings, h.units + 1, h.tokens]
  if (!counts.every((n) => Number.isInteger(n) && n >= 0)) return null
  let off = framed.bodyStart
  if (buf.length !== off + 4 * counts.reduce((a, b) => a + b, 0)) return null
  // Typed-array views need 4-byte alignment: large files get their own buffer at offset 0, but copy
  // if not, rather than fail.
  const aligned = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf)
  const [ids, lengths, hashes, start, postings, tokStart, tokens] = counts.map((n) => {
    const a = new Int32Array(aligned.buffer, aligned.byteOffset + off, n)
    off += 4 * n
    return a
  })
  if (tokStart[h.units] !== h.tokens) return null
  return {
    header: { token: h.token, maxId: h.maxId, seq: h.seq },
    base: { ids, lengths, table: { hashes, start, postings }, tokStart, tokens }
  }
}

export function removeSnapshot(file: string): void {
  rmSync(file, { force: true })
}
