import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import type { CandidateRow } from '../../../src/shared/models'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

async function find(term: string): Promise<CandidateRow> {
  const rows = (await t.call('mining/candidates', { status: 'all', text: term, limit: 0 })).rows
  const row = rows.find((r) => r.term.toLowerCase() === term)
  if (!row) throw new Error(`no candidate “${term}” in ${rows.map((r) => r.term).join(', ')}`)
  return row
}

const places = async (id: number) =>
  (await t.call('mining/contexts', { id, limit: 1000 })).map((l) => `${l.segmentId}:${l.left.length}:${l.match}`)

describe('merging candidates', () => {
  it('combines frequency, documents, variants and contexts at once, and keeps them through re-mining', async () => {
    await t.call('corpus/import', { paths: [seedsDir()] })
    await t.call('mining/run', {})
    const target = await find('technological innovation')
    const source = await find('sci-tech innovation')
    const targetPlaces = await places(target.id)
    const sourcePlaces = await places(source.id)
    // Both lists are complete (few occurrences), so the documents of the group are known exactly.
    expect(targetPlaces.length).toBe(target.freq)
    expect(sourcePlaces.length).toBe(source.freq)

    await t.call('mining/merge', { ids: [source.id], intoCandidate: target.id })
    const merged = await find('technological innovation')
    expect(merged.freq).toBe(target.freq + source.freq)
    expect(merged.docs).toBeGreaterThanOrEqual(Math.max(target.docs, source.docs))
    expect(merged.docs).toBeLessThanOrEqual(target.docs + source.docs)
    expect(merged.variants).toContain(source.term)
    expect(new Set(await places(target.id))).toEqual(new Set([...targetPlaces, ...sourcePlaces]))
    expect((await find('sci-tech innovation')).status).toBe('merged')

    // Re-mining writes every candidate's own figures, then the group's again.
    await t.call('mining/run', {})
    expect(await find('technological innovation')).toMatchObject({ freq: merged.freq, docs: merged.docs })
    expect((await find('technological innovation')).variants).toContain(source.term)
    expect((await find('sci-tech innovation')).status).toBe('merged')
    expect(new Set(await places(target.id))).toEqual(new Set([...targetPlaces, ...sourcePlaces]))

    // Undo gives the target its own figures back.
    await t.call('workspace/undo', {})
    expect(await find('technological innovation')).toMatchObject({
      freq: target.freq,
      docs: target.docs,
      variants: target.variants
    })
    expect((await find('sci-tech innovation')).status).toBe('new')
    expect(await places(target.id)).toEqual(targetPlaces)
  })

  it('a candidate with a group of its own hands it over when merged, counted once', async () => {
    await t.call('corpus/import', { paths: [seedsDir()] })
    await t.call('mining/run', {})
    const [a, b, c] = (await t.call('mining/candidates', { limit: 3 })).rows
    await t.call('mining/merge', { ids: [c.id], intoCandidate: b.id })
    await t.call('mining/merge', { ids: [b.id], intoCandidate: a.id })
    const root = (await t.call('mining/candidates', { status: 'all', limit: 0 })).rows.find((r) => r.id === a.id)
    expect(root?.freq).toBe(a.freq + b.freq + c.freq)
    expect(root?.variants).toEqual(expect.arrayContaining([b.term, c.term]))
    await t.call('mining/run', {})
    const again = (await t.call('mining/candidates', { status: 'all', limit: 0 })).rows.find((r) => r.id === a.id)
    expect(again?.freq).toBe(a.freq + b.freq + c.freq)
    // Merging into a merged candidate lands on its group's root.
    const d = (await t.call('mining/candidates', { limit: 2 })).rows.find((r) => r.id !== a.id)!
    await t.call('mining/merge', { ids: [d.id], intoCandidate: c.id })
    const after = (await t.call('mining/candidates', { status: 'all', limit: 0 })).rows.find((r) => r.id === a.id)
    expect(after?.freq).toBe(a.freq + b.freq + c.freq + d.freq)
  })
})

describe('mining summary', () => {
  it('says what each miner read, and how many documents neither read (Japanese)', async () => {
    const zh = join(t.home.dir, '中文.txt')
    writeFileSync(zh, '加快发展新质生产力，推动高质量发展。'.repeat(20))
    const ja = join(t.home.dir, '日本語.txt')
    writeFileSync(ja, '新質生産力の発展を加速し、経済の高品質な発展を推進する。')
    await t.call('corpus/import', { paths: [seedsDir(), zh, ja] })
    const summary = await t.call('mining/run', {})
    expect(summary).toMatchObject({ documents: 5, documentsMined: 5, documentsSkipped: 1 })
    expect(summary.chinese).toMatchObject({ documents: 1 })
    expect(summary.warnings.join(' ')).toMatch(/1 document\(s\) are Japanese/)
  })
})
