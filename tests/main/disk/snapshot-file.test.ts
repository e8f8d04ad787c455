import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { readSnapshotHeader, writeSnapshotFile } from '../../../src/main/disk/snapshot-file'

describe('snapshot files beside a workspace', () => {
  let dir = ''
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('round-trips header and body, aligns the body for typed arrays, and refuses other kinds or formats', () => {
    dir = mkdtempSync(join(tmpdir(), 'shuyu-snap-'))
    const file = join(dir, 'ws.sqlite.test')
    const kind = { magic: 'SHUYUTST', format: 3 }
    // A non-ASCII header: padding must count bytes, not characters, or the body lands misaligned.
    const header = { token: 'é新', n: 3 }
    writeSnapshotFile(file, kind, header, [new Int32Array([7, -1, 2 ** 30])])
    expect(readdirSync(dir)).toEqual(['ws.sqlite.test'])
    const buf = readFileSync(file)
    const framed = readSnapshotHeader<typeof header>(buf, kind)
    expect(framed?.header).toEqual(header)
    expect((framed?.bodyStart ?? 1) % 4).toBe(0)
    const aligned = Buffer.from(buf)
    expect([...new Int32Array(aligned.buffer, aligned.byteOffset + (framed?.bodyStart ?? 0), 3)]).toEqual([
      7,
      -1,
      2 ** 30
    ])
    expect(readSnapshotHeader(buf, { ...kind, format: 2 })).toBeNull()
    expect(readSnapshotHeader(buf, { magic: 'SHUYUTMI', format: 3 })).toBeNull()
    expect(readSnapshotHeader(buf.subarray(0, 20), kind)).toBeNull()
  })
})
