/**
 * The importers' fast paths (batched inserts, the filter that skips duplicate lookups in a workspace
 * that was empty) must give exactly the results of the plain path: duplicates inside one batch, across
 * batches, against existing rows; entries of one file never merge with each other (#15 §2).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { SeenFilter } from '../../../src/main/exchange/seen-filter'
import { openTestApp } from '../../helpers/test-app'
import { counts, type TestApp } from './exchange-helpers'

let t: TestApp

beforeEach(async () => {
  t = await openTestApp()
})

afterEach(() => t.close())

const tmx = (pairs: Array<[string, string]>): string =>
  '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/>' +
  '<body>' +
  pairs
    .map(
      ([en, zh]) =>
        `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="zh-CN">` + `<seg>${zh}</seg></tuv></tu>`
    )
    .join('') +
  '</body></tmx>'

/** 200 units: 0..149 distinct, then duplicates inside a batch (150–159 twice in a row) and across batches. */
function pairs(offset = 0): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (let i = 0; i < 150; i++) out.push([`sentence ${i + offset}`, `句子${i + offset}`])
  for (let i = 0; i < 10; i++) out.push(out[i * 3 + 1], out[i * 3 + 1])
  for (let i = 0; i < 30; i++) out.push(out[i])
  return out
}

const importTmx = async (name: string, p: Array<[string, string]>) => {
  const path = join(t.home.dir, name)
  writeFileSync(path, tmx(p))
  return t.call('exchange/import', { path })
}

describe('TMX import fast paths', () => {
  it('counts duplicates inside a batch, across batches and against existing units, then undoes all', async () => {
    const db = t.app.workspace.db
    const start = counts(db).units
    expect(await importTmx('a.tmx', pairs())).toMatchObject({ new: 150, duplicates: 50, rejected: 0 })
    expect(counts(db).units).toBe(start + 150)
    // A second file sharing 50 units with the first: the memory is no longer empty (lookup path).
    expect(await importTmx('b.tmx', pairs(100))).toMatchObject({ new: 100, duplicates: 100 })
    expect(counts(db).units).toBe(start + 250)
    const distinct = db
      .prepare(
        `SELECT count(DISTINCT source_text || '|' || target_text) AS n
      FROM translation_units WHERE deleted_at IS NULL`
      )
      .get() as { n: number }
    expect(distinct.n).toBe(counts(db).units)
    await t.call('workspace/undo', {})
    expect(counts(db).units).toBe(start + 150)
    await t.call('workspace/undo', {})
    expect(counts(db).units).toBe(start)
  })
})

describe('TBX import into an empty term base', () => {
  it('makes one concept per entry, even when entries share a term (homonyms stay apart)', async () => {
    const entry = (id: string, en: string, zh: string): string =>
      `<termEntry id="${id}"><langSet xml:lang="en">` +
      `<tig><term>${en}</term></tig></langSet><langSet xml:lang="zh"><tig><term>${zh}</term></tig></langSet></termEntry>`
    const entries =
      Array.from({ length: 120 }, (_, i) => entry(`e${i}`, `term ${i}`, `术语${i}`)).join('') +
      entry('dup', 'Term-5', '术语五')
    const path = join(t.home.dir, 'g.tbx')
    writeFileSync(
      path,
      `<?xml version="1.0"?><martif type="TBX-Basic" xml:lang="en"><text><body>${entries}` + '</body></text></martif>'
    )
    const before = counts(t.app.workspace.db).concepts
    expect(await t.call('exchange/import', { path })).toMatchObject({ new: 121, merged: 0 })
    expect(counts(t.app.workspace.db).concepts).toBe(before + 121)
    const page = await t.call('termbase/search', { text: '术语五' })
    const c = await t.call('termbase/get', { id: page.rows[0].id })
    expect(c.terms.map((x) => x.text)).toEqual(['Term-5', '术语五'])
  })
})

describe('TBX import: in-memory term index and batched rows', () => {
  const entry = (id: string, en: string, zh: string, example = ''): string =>
    `<termEntry id="${id}">` +
    `<langSet xml:lang="en"><tig><term>${en}</term>${example ? `<descrip type="context">${example}</descrip>` : ''}` +
    `</tig></langSet><langSet xml:lang="zh"><tig><term>${zh}</term></tig></langSet></termEntry>`
  const write = (name: string, entries: string): string => {
    const path = join(t.home.dir, name)
    writeFileSync(
      path,
      `<?xml version="1.0"?><martif type="TBX-Basic" xml:lang="en"><text><body>${entries}` + '</body></text></martif>'
    )
    return path
  }

  it('proposes merges into live concepts of the workspace, never into deleted ones; rows, links and sort keys are right', async () => {
    const db = t.app.workspace.db
    const first = Array.from({ length: 100 }, (_, i) => entry(`a${i}`, `Term ${i}`, `术语${i}`, `Use term ${i}.`))
    expect(await t.call('exchange/import', { path: write('a.tbx', first.join('')) })).toMatchObject({ new: 100 })
    const idOf = (text: string): number =>
      (
        db
          .prepare(
            `SELECT t.concept_id AS id FROM terms t JOIN concepts c
      ON c.id = t.concept_id AND c.deleted_at IS NULL WHERE t.text = ?`
          )
          .get(text) as { id: number }
      ).id
    const deleted = idOf('Term 5')
    await t.call('termbase/delete', { id: deleted })
    const maxBefore = (db.prepare('SELECT max(id) AS n FROM concepts').get() as { n: number }).n

    // 70 new entries (more than one batch), one sharing a term with a deleted concept, one with a live one.
    const second = Array.from({ length: 70 }, (_, i) => entry(`b${i}`, `other ${i}`, `其他${i}`, `Use other ${i}.`))
    second.push(entry('again5', 'term 5', '术语五'), entry('syn7', 'TERM-7', '第七术语'))
    const path = write('b.tbx', second.join(''))
    const preview = await t.call('exchange/preview', { path })
    expect(preview.proposals?.map((p) => [p.entryId, p.concept, p.shared])).toEqual([
      ['syn7', idOf('Term 7'), ['TERM-7']]
    ])
    const merge = [{ entry: 72, concept: idOf('Term 7') }]
    expect(await t.call('exchange/import', { path, answers: { merge } })).toMatchObject({
      new: 71,
      merged: 1,
      rejected: 0
    })
    expect(idOf('term 5')).toBeGreaterThan(maxBefore)
    const seven = await t.call('termbase/get', { id: idOf('Term 7') })
    expect(seven.terms.map((x) => x.text)).toEqual(['Term 7', '术语7', 'TERM-7', '第七术语'])

    // Every example links to the term it was written under; every sort key is the first English term.
    const badLinks = db
      .prepare(
        `SELECT count(*) AS n FROM examples e JOIN terms t ON t.id = e.term_id
      WHERE e.text <> 'Use ' || lower(t.text) || '.'`
      )
      .get() as { n: number }
    expect(badLinks.n).toBe(0)
    const linked = db.prepare('SELECT count(*) AS n FROM examples WHERE term_id IS NOT NULL').get() as { n: number }
    expect(linked.n).toBe(170)
    const badKeys = db
      .prepare(
        `SELECT count(*) AS n FROM concepts c WHERE c.deleted_at IS NULL AND c.id > ?
      AND c.sort_term <> (SELECT lower(text) FROM terms WHERE concept_id = c.id AND lang = 'en' ORDER BY ordinal LIMIT 1)`
      )
      .get(maxBefore - 100) as { n: number }
    expect(badKeys.n).toBe(0)

    // Undo removes exactly the second import: the created range and the synonym.
    await t.call('workspace/undo', {})
    expect((await t.call('termbase/get', { id: idOf('Term 7') })).terms).toHaveLength(2)
    expect(counts(db).concepts).toBe(99)
  })
})

describe('SeenFilter', () => {
  it('never forgets a key it was given, and rejects most keys it was not', () => {
    const f = new SeenFilter()
    for (let i = 0; i < 50_000; i++) f.add(`key ${i}`)
    let forgotten = 0
    for (let i = 0; i < 50_000; i++) if (!f.mightHave(`key ${i}`)) forgotten++
    expect(forgotten).toBe(0)
    let falsePositives = 0
    for (let i = 0; i < 50_000; i++) if (f.mightHave(`other ${i}`)) falsePositives++
    expect(falsePositives).toBeLessThan(50)
  })
})
