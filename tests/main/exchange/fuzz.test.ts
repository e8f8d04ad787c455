/**
 * End-to-end fuzzing of every importer through `exchange/import` on a real workspace: TBX v3/v2, TMX, CSV,
 * OmegaT TSV and XLSX files, mutated by a seeded PRNG (byte flips, truncation, tag duplication, hostile
 * insertions — DOCTYPE with entities, `&`, `]]>`, NUL —, encoding damage: broken UTF-8, stray BOMs,
 * UTF-16 re-encoding). For every input: the call either succeeds or fails with a structured error
 * (`bad-input`, never `internal`), nothing hangs, and a failure leaves the workspace exactly as it was
 * (counts and a content hash). A successful import is undone, so every case starts from the same state
 * (which also checks that one undo reverts a whole import).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ExportFormat } from '../../../src/shared/models'
import { mutate } from '../../helpers/mutate'
import { prng } from '../../helpers/prng'
import { openTestApp } from '../../helpers/test-app'
import { counts, seedTermBase, type TestApp, workspaceHash } from './exchange-helpers'

let t: TestApp
let hash: string
let before: Record<string, number>
const seeds = new Map<string, Buffer>()

beforeAll(async () => {
  t = await openTestApp()
  await seedTermBase(t)
  const exports: Array<[string, ExportFormat]> = [
    ['v3.tbx', 'tbx'],
    ['v2.tbx', 'tbx2'],
    ['g.csv', 'csv'],
    ['g.tsv', 'tsv'],
    ['m.tmx', 'tmx'],
    ['g.xlsx', 'xlsx']
  ]
  for (const [name, format] of exports) {
    const path = join(t.home.dir, name)
    await t.call('exchange/export', { format, path })
    seeds.set(name, readFileSync(path))
    rmSync(path)
  }
  const fixtures = join(__dirname, '../../fixtures/exchange')
  seeds.set('other.tbx', readFileSync(join(fixtures, 'other-tool-v2.tbx')))
  seeds.set('legacy.tmx', readFileSync(join(fixtures, 'legacy-1.1.tmx')))
  seeds.set(
    'hand.csv',
    Buffer.from(
      '英文;中文;状态;Definition\nrule of law;法治;首选;"a ""quoted""\nline"\n' +
        'reform|opening up;改革|开放;admitted|forbidden;x\n',
      'utf8'
    )
  )
  hash = workspaceHash(t.app.workspace.db)
  before = counts(t.app.workspace.db)
}, 30_000)

afterAll(() => t?.close())

interface Outcome {
  ok: number
  rejected: number
  slowestMs: number
  problems: string[]
}

/** Imports one file; returns 'ok' / 'rejected', or a problem description. */
async function importOnce(name: string, bytes: Buffer, outcome: Outcome): Promise<void> {
  const path = join(t.home.dir, `case-${name}`)
  writeFileSync(path, bytes)
  const db = t.app.workspace.db
  const t0 = performance.now()
  try {
    const report = await t.call('exchange/import', { path })
    outcome.ok++
    if (report.historyId !== undefined) await t.call('workspace/undo', {})
  } catch (error) {
    const e = error as Error & { code?: string }
    outcome.rejected++
    if (e.code !== 'bad-input') outcome.problems.push(`${name}: ${e.code}: ${e.message}`)
    if (workspaceHash(db) !== hash) outcome.problems.push(`${name}: failed import changed the workspace`)
  }
  outcome.slowestMs = Math.max(outcome.slowestMs, performance.now() - t0)
  if (db.inTransaction) outcome.problems.push(`${name}: transaction left open`)
  rmSync(path, { force: true })
}

async function fuzz(
  names: string[],
  cases: number,
  seed: number,
  mutateOne: (input: Buffer, rnd: () => number) => Promise<Buffer> | Buffer
): Promise<Outcome> {
  const rnd = prng(seed)
  const outcome: Outcome = { ok: 0, rejected: 0, slowestMs: 0, problems: [] }
  for (let n = 0; n < cases && outcome.problems.length < 5; n++) {
    const name = names[n % names.length]
    await importOnce(name, await mutateOne(seeds.get(name)!, rnd), outcome)
  }
  // Undo after each success must have brought the workspace back exactly, or later cases would drift.
  expect(workspaceHash(t.app.workspace.db)).toBe(hash)
  expect(counts(t.app.workspace.db)).toEqual(before)
  return outcome
}

function check(outcome: Outcome, cases: number): void {
  if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(outcome))
  expect(outcome.problems).toEqual([])
  expect(outcome.ok + outcome.rejected).toBe(cases)
  // A fuzzer whose mutations never break anything would test nothing; one that breaks everything
  // would never reach the writing code.
  expect(outcome.rejected).toBeGreaterThan(cases / 10)
  expect(outcome.ok).toBeGreaterThan(cases / 20)
  // Hang guard, not a performance assertion: each input is a few KiB, so seconds mean a loop.
  expect(outcome.slowestMs).toBeLessThan(5000)
}

describe('exchange/import fuzzing', () => {
  it('TBX v3 and v2 (600 mutated files)', async () => {
    check(await fuzz(['v3.tbx', 'v2.tbx', 'other.tbx'], 600, 0x7b1, mutate), 600)
  }, 60_000)

  it('TMX (600 mutated files)', async () => {
    check(await fuzz(['m.tmx', 'legacy.tmx'], 600, 0x7e1, mutate), 600)
  }, 60_000)

  it('CSV and OmegaT TSV (600 mutated files)', async () => {
    check(await fuzz(['g.csv', 'hand.csv', 'g.tsv'], 600, 0xc5f, mutate), 600)
  }, 60_000)

  it('XLSX (150 mutated workbooks: damaged zips and damaged sheet XML inside valid zips)', async () => {
    check(
      await fuzz(['g.xlsx'], 150, 0x715, async (input, rnd) => {
        if (rnd() < 0.4) return mutate(input, rnd)
        const zip = await JSZip.loadAsync(input)
        const parts = Object.keys(zip.files).filter((p) => p.endsWith('.xml') && !zip.files[p].dir)
        const part =
          parts.find((p) => p.includes('worksheets/')) && rnd() < 0.7
            ? parts.find((p) => p.includes('worksheets/'))!
            : parts[Math.floor(rnd() * parts.length)]
        zip.file(part, mutate(await zip.file(part)!.async('nodebuffer'), rnd))
        return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
      }),
      150
    )
  }, 60_000)
})
