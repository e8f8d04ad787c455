/**
 * Issue #15 §2, review side: Edit text replaces; merged variants are mined forms (shown on the concept,
 * not exported as terms) until promoted; a merged group's frequency counts distinct occurrences; a concept
 * never gets a second preferred term in a language without being asked.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { dispatch } from '../../../src/main/dispatch'
import { createHandlers } from '../../../src/main/handlers'
import { distinctPlaces } from '../../../src/main/mining/candidate-groups'
import type { TermRecord } from '../../../src/shared/models'
import { checkKey } from '../../helpers/error-resources'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

/** A corpus of three sentences, and candidates placed in it by hand (as a mining run stores them). */
async function candidates(): Promise<Record<string, number>> {
  const doc = join(t.home.dir, 'report.txt')
  writeFileSync(
    doc,
    'We develop new quality productive forces.\n\nProductive forces grow.\n\nLabour productivity rises.\n'
  )
  await t.call('corpus/import', { paths: [doc] })
  const db = t.app.workspace.db
  const segs = db.prepare('SELECT id, text FROM segments ORDER BY id').all() as { id: number; text: string }[]
  const at = (i: number, s: string): [number, number, number] => {
    const start = segs[i].text.indexOf(s)
    if (start < 0) throw new Error(`"${s}" not in segment ${i}`)
    return [segs[i].id, start, start + s.length]
  }
  const now = new Date().toISOString()
  const add = (term: string, variants: string[], places: Array<[number, number, number]>): number => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO candidates (key, term, score, freq, docs, variants, mined_at, updated_at)
           VALUES (?, ?, 1, ?, 1, ?, ?, ?)`
        )
        .run(term.toLowerCase(), term, places.length, JSON.stringify(variants), now, now).lastInsertRowid
    )
    for (const [seg, start, end] of places) {
      db.prepare('INSERT INTO candidate_occurrences (candidate_id, segment_id, start, end) VALUES (?, ?, ?, ?)').run(
        id,
        seg,
        start,
        end
      )
    }
    return id
  }
  return {
    nqpf: add(
      'new quality productive forces',
      ['New Quality Productive Forces'],
      [at(0, 'new quality productive forces')]
    ),
    // Overlaps nqpf in the first sentence, and stands alone in the second.
    pf: add('productive forces', ['Productive forces'], [at(0, 'productive forces'), at(1, 'Productive forces')]),
    // Overlaps both in the first sentence.
    forces: add('quality productive forces', [], [at(0, 'quality productive forces')]),
    labour: add('labour productivity', [], [at(2, 'Labour productivity')])
  }
}

const row = async (id: number) =>
  (await t.call('mining/candidates', { status: 'all', limit: 0 })).rows.find((r) => r.id === id)!

describe('review keeps the term base as the reviewer means it', () => {
  it('Edit text replaces the candidate text: the old text does not come back as a synonym', async () => {
    const c = await candidates()
    await t.call('mining/edit', { id: c.labour, term: 'labour productivity growth' })
    expect((await row(c.labour)).variants).not.toContain('labour productivity')
    const { conceptIds } = await t.call('mining/accept', { ids: [c.labour] })
    const concept = await t.call('termbase/get', { id: conceptIds[0] })
    expect(concept.terms.map((x) => `${x.text}:${x.status}`)).toEqual(['labour productivity growth:preferred'])
  })

  it('a merged group counts distinct occurrences, also after undo and a second merge', async () => {
    const c = await candidates()
    // One place holds all three forms: 3 fragments, 1 occurrence; "productive forces" alone: a second one.
    await t.call('mining/merge', { ids: [c.pf, c.forces], intoCandidate: c.nqpf })
    expect((await row(c.nqpf)).freq).toBe(2)
    await t.call('workspace/undo', {})
    expect((await row(c.nqpf)).freq).toBe(1)
    await t.call('mining/merge', { ids: [c.forces], intoCandidate: c.nqpf })
    expect((await row(c.nqpf)).freq).toBe(1)
    // The root's own frequency is recovered from its group's, so a later merge still counts right.
    await t.call('mining/merge', { ids: [c.pf, c.labour], intoCandidate: c.nqpf })
    expect((await row(c.nqpf)).freq).toBe(3)
    expect(distinctPlaces([])).toBe(0)
    expect(
      distinctPlaces([
        { seg: 1, start: 0, end: 10 },
        { seg: 1, start: 10, end: 12 },
        { seg: 1, start: 3, end: 5 },
        { seg: 2, start: 3, end: 5 }
      ])
    ).toBe(3)
  })

  it('merged variants are mined forms: shown on the concept, not terms, not exported, promotable', async () => {
    const c = await candidates()
    await t.call('mining/merge', { ids: [c.pf], intoCandidate: c.nqpf })
    const { conceptIds } = await t.call('mining/accept', { ids: [c.nqpf] })
    const concept = await t.call('termbase/get', { id: conceptIds[0] })
    expect(concept.terms.map((x) => `${x.text}:${x.status}`)).toEqual(['new quality productive forces:preferred'])
    // Spellings that differ from a term only in case are not listed again.
    expect(concept.minedForms).toEqual(['productive forces'])

    // Merging a candidate into the concept adds mined forms too, never terms.
    await t.call('mining/merge', { ids: [c.labour], intoConcept: concept.id })
    const after = await t.call('termbase/get', { id: concept.id })
    expect(after.terms).toHaveLength(1)
    expect(after.minedForms).toEqual(['productive forces', 'labour productivity'])

    const out = join(t.home.dir, 'out.tbx')
    await t.call('exchange/export', { format: 'tbx', path: out })
    const tbx = readFileSync(out, 'utf8')
    expect(tbx).not.toContain('labour productivity')
    expect(tbx).not.toMatch(/<term>productive forces<\/term>/)

    // Promoted: saved as a term, it leaves the mined forms.
    const terms: TermRecord[] = [
      ...after.terms,
      { lang: 'en', text: 'productive forces', status: 'admitted', pos: '', usageNote: '' }
    ]
    const saved = await t.call('termbase/save', { id: concept.id, terms })
    expect(saved.concept?.minedForms).toEqual(['labour productivity'])
  })

  it('a second preferred term in a language needs the reviewer to say so', async () => {
    const term = (text: string, status: TermRecord['status'] = 'preferred'): TermRecord => ({
      lang: 'en',
      text,
      status,
      pos: '',
      usageNote: ''
    })
    const a = (await t.call('termbase/save', { terms: [term('opening up')] })).concept!
    const refused = await dispatch(t.app, createHandlers(t.app), 'termbase/save', {
      id: a.id,
      terms: [term('opening up'), term('opening-up')]
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'termbase.twoPreferred', params: { lang: 'en', terms: 'opening up, opening-up' } }
    })
    expect(checkKey('termbase.twoPreferred', { lang: 'en', terms: 'x, y' }).missing).toEqual([])
    const both = await t.call('termbase/save', {
      id: a.id,
      terms: [term('opening up'), term('opening-up')],
      allowTwoPreferred: true
    })
    expect(both.concept?.terms.map((x) => x.status)).toEqual(['preferred', 'preferred'])
    // Saved as it is, a concept that has two already is not refused.
    await t.call('termbase/save', { id: a.id, terms: both.concept!.terms, definition: 'Opening to the world' })

    // Merging concepts: the source's preferred term comes in as admitted, unless asked to keep both.
    const b = (await t.call('termbase/save', { terms: [term('reform')] })).concept!
    const c = (await t.call('termbase/save', { terms: [term('reforms')], allowDuplicates: true })).concept!
    const merged = await t.call('termbase/merge', { targetId: b.id, sourceId: c.id })
    expect(merged.terms.map((x) => `${x.text}:${x.status}`)).toEqual(['reform:preferred', 'reforms:admitted'])
    await t.call('workspace/undo', {})
    const kept = await t.call('termbase/merge', { targetId: b.id, sourceId: c.id, keepBothPreferred: true })
    expect(kept.terms.map((x) => x.status)).toEqual(['preferred', 'preferred'])
  })
})
