/**
 * The merged CorpusStats of the last mining run, on disk beside the workspace (`<workspace>.mining-stats`),
 * so a re-mine after new documents mines only those and merges them in (stats of disjoint document sets
 * merge by addition: see src/core/mining/stats.ts). Layout, little-endian:
 *   "SHUYUMST" | u32 format | u32 header bytes | header JSON (space-padded to a multiple of 4)
 *   | Int32 columns | Uint8 columns (each padded to 4) | strings JSON (vocab, surface forms, definitions)
 * Raw typed-array bytes rather than v8.serialize: a view over a larger-capacity array would serialise its
 * whole buffer, and raw sections map straight back as views of one read buffer. A SHA-1 of the body in the
 * header catches a damaged file (then the caller mines everything again).
 * Written to a temporary file and renamed, so a reader never sees half a snapshot.
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readFileSync, readSync, rmSync } from 'node:fs'

import { type CorpusStats, CUE_SLOTS, SURFACE_SLOTS, WORD_CUE_SLOTS } from '../../core/mining/stats'
import { FRAME_BYTES, headerBytes, readSnapshotHeader, writeSnapshotFile } from '../disk/snapshot-file'

const KIND = { magic: 'SHUYUMST', format: 2 }

/** What ties a snapshot to a workspace and says which documents it covers. */
export interface StatsSnapshotHeader {
  /** Random per write, also stored in the workspace's settings: a snapshot whose token differs is foreign. */
  token: string
  /** The covered documents are the live English ones with id ≤ maxDocId... */
  maxDocId: number
  documents: number
  /** ...and this digest of their (id, content hash) list must still match: none deleted, changed or restored. */
  documentsDigest: string
  /** Miner code and reference list the stats were made with: either changing makes them stale. */
  minerDigest: string
}

interface StoredHeader extends StatsSnapshotHeader {
  words: number
  documentsInStats: number
  size: number
  vocab: number
  poolLen: number
  occLen: number
  tableLen: number
  stringBytes: number
  bodySha1: string
}

export function statsSnapshotPath(workspaceFile: string): string {
  return `${workspaceFile}.mining-stats`
}

type Int32Key =
  | 'wordCount'
  | 'wordCues'
  | 'hash'
  | 'seqStart'
  | 'freq'
  | 'docs'
  | 'standalone'
  | 'capitalised'
  | 'cues'
  | 'occHead'
  | 'occTail'
  | 'occCount'
  | 'pool'
  | 'surfHash'
  | 'surfCount'
  | 'occ'
  | 'table'

/** The Int32 columns in file order, with their used lengths. */
function int32Sections(
  h: Pick<StoredHeader, 'vocab' | 'size' | 'poolLen' | 'occLen' | 'tableLen'>
): [Int32Key, number][] {
  const { vocab, size } = h
  return [
    ['wordCount', vocab],
    ['wordCues', vocab * WORD_CUE_SLOTS],
    ['hash', size],
    ['seqStart', size],
    ['freq', size],
    ['docs', size],
    ['standalone', size],
    ['capitalised', size],
    ['cues', size * CUE_SLOTS],
    ['occHead', size],
    ['occTail', size],
    ['occCount', size],
    ['pool', h.poolLen],
    ['surfHash', size * SURFACE_SLOTS],
    ['surfCount', size * SURFACE_SLOTS],
    ['occ', h.occLen],
    ['table', h.tableLen]
  ]
}

const pad4 = (n: number): number => (n + 3) & ~3

interface StoredStrings {
  vocab: string[]
  surf: (string | null)[]
  defs: [string, [string, number][]][]
}

function bodyParts(stats: CorpusStats, lens: [Int32Key, number][]): { parts: Uint8Array[]; strings: Buffer } {
  const parts: Uint8Array[] = []
  for (const [key, n] of lens) {
    const a = stats[key]
    parts.push(new Uint8Array(a.buffer, a.byteOffset, n * 4))
  }
  for (const a of [stats.n, stats.kind]) {
    parts.push(new Uint8Array(a.buffer, a.byteOffset, stats.size))
    const pad = pad4(stats.size) - stats.size
    if (pad) parts.push(new Uint8Array(pad))
  }
  const surf: (string | null)[] = new Array(stats.size * SURFACE_SLOTS)
  for (let k = 0; k < surf.length; k++) surf[k] = stats.surfText[k] ?? null
  const strings: StoredStrings = {
    vocab: stats.vocab,
    surf,
    defs: [...stats.definitions].map(([a, m]) => [a, [...m]])
  }
  return { parts, strings: Buffer.from(JSON.stringify(strings), 'utf8') }
}

export function writeStatsSnapshot(file: string, header: StatsSnapshotHeader, stats: CorpusStats): void {
  const counts = {
    vocab: stats.vocab.length,
    size: stats.size,
    poolLen: stats.poolLen,
    occLen: stats.occLen,
    tableLen: stats.table.length
  }
  const { parts, strings } = bodyParts(stats, int32Sections(counts))
  parts.push(strings)
  const sha = createHash('sha1')
  for (const p of parts) sha.update(p)
  const stored: StoredHeader = {
    ...header,
    ...counts,
    words: stats.words,
    documentsInStats: stats.documents,
    stringBytes: strings.byteLength,
    bodySha1: sha.digest('hex')
  }
  writeSnapshotFile(file, KIND, stored, parts)
}

export function readStatsSnapshotHeader(file: string): StatsSnapshotHeader | null {
  return readStatsSnapshot(file, true)?.header ?? null
}

/**
 * The snapshot, or null when the file is missing, foreign to this format, truncated or damaged.
 * `headerOnly` skips the body (the planner only needs to know what the snapshot covers).
 */
export function readStatsSnapshot(
  file: string,
  headerOnly = false
): { header: StatsSnapshotHeader; stats: CorpusStats | null } | null {
  let buf: Buffer
  try {
    if (headerOnly) {
      const fd = openSync(file, 'r')
      try {
        const head = Buffer.alloc(FRAME_BYTES)
        if (readInto(fd, head, 0) < FRAME_BYTES) return null
        const len = headerBytes(head, KIND)
        if (len === null || len > 1 << 20) return null
        buf = Buffer.alloc(FRAME_BYTES + len)
        head.copy(buf)
        if (readInto(fd, buf, FRAME_BYTES) < len) return null
      } finally {
        closeSync(fd)
      }
    } else buf = readFileSync(file)
  } catch {
    return null
  }
  const framed = readSnapshotHeader<StoredHeader>(buf, KIND)
  if (!framed) return null
  const h = framed.header
  const ints = [h.size, h.vocab, h.poolLen, h.occLen, h.tableLen, h.stringBytes, h.maxDocId, h.documents]
  if (!ints.every((n) => Number.isInteger(n) && n >= 0) || typeof h.token !== 'string') return null
  const header: StatsSnapshotHeader = {
    token: h.token,
    maxDocId: h.maxDocId,
    documents: h.documents,
    documentsDigest: h.documentsDigest,
    minerDigest: h.minerDigest
  }
  if (headerOnly) return { header, stats: null }
  const sections = int32Sections(h)
  const start = framed.bodyStart
  const bodyLen = sections.reduce((a, [, n]) => a + 4 * n, 0) + 2 * pad4(h.size) + h.stringBytes
  if (buf.length !== start + bodyLen) return null
  if (createHash('sha1').update(buf.subarray(start)).digest('hex') !== h.bodySha1) return null
  return { header, stats: decodeBody(buf, start, h, sections) }
}

function readInto(fd: number, buf: Buffer, at: number): number {
  let off = at
  for (;;) {
    const n = readSync(fd, buf, off, buf.length - off, null)
    if (n <= 0) return off - at
    off += n
    if (off >= buf.length) return off - at
  }
}

function decodeBody(buf: Buffer, start: number, h: StoredHeader, sections: [Int32Key, number][]): CorpusStats | null {
  // Typed-array views need 4-byte alignment: a large file gets its own buffer at offset 0; copy if not.
  const aligned = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf)
  let off = start
  const cols = {} as Record<Int32Key, Int32Array>
  for (const [key, n] of sections) {
    cols[key] = new Int32Array(aligned.buffer, aligned.byteOffset + off, n)
    off += 4 * n
  }
  const n = new Uint8Array(aligned.buffer, aligned.byteOffset + off, h.size)
  off += pad4(h.size)
  const kind = new Uint8Array(aligned.buffer, aligned.byteOffset + off, h.size)
  off += pad4(h.size)
  let strings: StoredStrings
  try {
    strings = JSON.parse(aligned.toString('utf8', off, off + h.stringBytes)) as StoredStrings
  } catch {
    return null
  }
  if (strings.vocab.length !== h.vocab || strings.surf.length !== h.size * SURFACE_SLOTS) return null
  if (h.tableLen < 16 || (h.tableLen & (h.tableLen - 1)) !== 0 || h.tableLen < 2 * h.size) return null
  const surfText: (string | undefined)[] = strings.surf.map((s) => s ?? undefined)
  return {
    words: h.words,
    documents: h.documentsInStats,
    vocab: strings.vocab,
    vocabIndex: new Map(strings.vocab.map((w, i) => [w, i])),
    size: h.size,
    n,
    kind,
    // Only meaningful inside one chunk's mining; a merge resets it.
    lastDoc: new Int32Array(h.size).fill(-1),
    poolLen: h.poolLen,
    occLen: h.occLen,
    surfText,
    definitions: new Map(strings.defs.map(([a, m]) => [a, new Map(m)])),
    ...cols
  }
}

export function removeStatsSnapshot(file: string): void {
  rmSync(file, { force: true })
}
