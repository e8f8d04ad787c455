import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { cleanOrphanedSnapshotTemps, readSnapshotHeader, writeSnapshotFile } from '../../../src/main/disk/snapshot-file'

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

describe('temporary files of snapshots', () => {
  let dir = ''
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('are flushed to disk before the rename, and the folder after it', () => {
    dir = mkdtempSync(join(tmpdir(), 'shuyu-snap-'))
    const calls: string[] = []
    const file = join(dir, 'ws.sqlite.tm-index')
    writeSnapshotFile(file, { magic: 'SHUYUTST', format: 1 }, {}, [new Int32Array([1])], {
      fsync: (fd) => calls.push(`fsync ${fd}`),
      rename: (from, to) => {
        calls.push('rename')
        renameSync(from, to)
      }
    })
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['fsync', 'rename', 'fsync'])
    expect(readdirSync(dir)).toEqual(['ws.sqlite.tm-index'])
  })

  it('that a crashed writer left are removed when the workspace opens; a live writer’s and other files stay', () => {
    dir = mkdtempSync(join(tmpdir(), 'shuyu-snap-'))
    const ws = join(dir, 'ws.sqlite')
    const dead = 999_999_999
    const names = [
      `ws.sqlite.tm-index.${dead}.k3j2h1.tmp`, // crashed writer of the fuzzy index: removed
      `ws.sqlite.mining-stats.${dead}.a1.tmp`, // crashed writer of the miner's statistics: removed
      `ws.sqlite.tm-index.${process.pid}.zz.tmp`, // a write in progress in a live process: kept
      `ws.sqlite.tm-index`, // the snapshot itself
      `other.sqlite.tm-index.${dead}.x.tmp`, // another workspace's: not this one's to clean
      `ws.sqlite.export.${dead}.x.tmp`, // not a snapshot
      'notes.tmp'
    ]
    for (const name of names) writeFileSync(join(dir, name), 'x')
    const old = join(dir, `ws.sqlite.tm-index.${process.pid}.old.tmp`) // a day old: no write lasts that long
    writeFileSync(old, 'x')
    utimesSync(old, new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000))
    expect(cleanOrphanedSnapshotTemps(ws).sort()).toEqual(
      [names[0], names[1], `ws.sqlite.tm-index.${process.pid}.old.tmp`].sort()
    )
    expect(readdirSync(dir).sort()).toEqual(names.slice(2).sort())
  })

  it('are cleaned by opening the workspace', async () => {
    const { AppContext } = await import('../../../src/main/app-context')
    const { seedsDir } = await import('../../../src/main/app-paths')
    dir = mkdtempSync(join(tmpdir(), 'shuyu-snap-'))
    const orphan = join(dir, 'ws.sqlite.tm-index.999999999.q.tmp')
    writeFileSync(orphan, Buffer.alloc(1024))
    const app = await AppContext.open({ db: join(dir, 'ws.sqlite'), seedsDir: seedsDir() })
    app.close()
    expect(existsSync(orphan)).toBe(false)
  })
})
