import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openTestApp } from '../../helpers/test-app'

type App = Awaited<ReturnType<typeof openTestApp>>

const indexes = (t: App) =>
  t.app.workspace.db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"
    )
    .all()

/** Concepts whose sort key differs from what migration 004's update trigger computes. */
const wrongKeys = (t: App) =>
  t.app.workspace.db
    .prepare(
      `SELECT id, sort_term FROM concepts c
  WHERE sort_term <> coalesce((SELECT lower(t.text) FROM terms t WHERE t.concept_id = c.id
    ORDER BY (t.lang = 'en' OR t.lang LIKE 'en-%') DESC, t.ordinal, t.id LIMIT 1), '')`
    )
    .all()

function tbx(entries: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text><body>${entries}</body></text></tbx>`
}

const entry = (id: number, en: string, zh: string) => `<conceptEntry id="c${id}">
<langSec xml:lang="en"><termSec><term>${en}</term></termSec></langSec>
<langSec xml:lang="zh-CN"><termSec><term>${zh}</term></termSec></langSec></conceptEntry>`

const zhOnly = (id: number, zh: string) => `<conceptEntry id="z${id}">
<langSec xml:lang="zh-CN"><termSec><term>${zh}</term></termSec></langSec></conceptEntry>`

// A glossary import into a small term base drops the random-order indexes and the sort-key triggers and
// restores them at the end: the schema must come out exactly as it went in, whether the import commits or
// fails, and every sort key must be what the triggers would have written.
describe('bulk load during a glossary import', () => {
  let t: App | null = null
  afterEach(() => {
    t?.close()
    t = null
  })

  it('come back identical after an import, and lookups by normalised term still use them', async () => {
    t = await openTestApp()
    const before = indexes(t)
    const file = join(t.home.dir, 'ok.tbx')
    writeFileSync(
      file,
      tbx(entry(1, 'new quality productive forces', '新质生产力') + entry(2, 'high-quality development', '高质量发展'))
    )
    const report = await t.call('exchange/import', { path: file })
    expect(report.new).toBe(2)
    expect(indexes(t)).toEqual(before)
    const plan = t.app.workspace.db
      .prepare("EXPLAIN QUERY PLAN SELECT concept_id FROM terms WHERE lang = 'en' AND norm = ?")
      .all('x') as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('terms_norm')
    // The sort keys the triggers would have kept: first English term, lower-cased.
    const keys = t.app.workspace.db.prepare('SELECT sort_term FROM concepts ORDER BY sort_term').pluck().all()
    expect(keys).toEqual(['high-quality development', 'new quality productive forces'])
  })

  it('writes the sort keys the triggers would have, merges and shared terms in the file included', async () => {
    t = await openTestApp()
    const first = join(t.home.dir, 'first.tbx')
    writeFileSync(first, tbx(zhOnly(1, '共同富裕') + entry(2, 'ÉCOLE Normale', '师范学校')))
    await t.call('exchange/import', { path: first })
    const second = join(t.home.dir, 'second.tbx')
    // Entry 3 merges an English term into the Chinese-only concept (accepted below); 5 shares a term with
    // the concept 4 creates in this file, and stays a concept of its own (entries never merge).
    writeFileSync(
      second,
      tbx(
        entry(3, 'Common Prosperity', '共同富裕') +
          zhOnly(4, '双碳目标') +
          entry(5, 'Dual Carbon Goals', '双碳目标') +
          zhOnly(6, '新型城镇化')
      )
    )
    await t.call('exchange/import', { path: second, answers: { merge: [{ entry: 1, concept: 1 }] } })
    expect(wrongKeys(t)).toEqual([])
    const keys = t.app.workspace.db.prepare('SELECT sort_term FROM concepts ORDER BY id').pluck().all()
    // SQLite's lower() folds ASCII only: É stays.
    expect(keys).toEqual(['common prosperity', 'École normale', '双碳目标', 'dual carbon goals', '新型城镇化'])
  })

  it('come back identical when the import fails half-way and rolls back', async () => {
    t = await openTestApp()
    const before = indexes(t)
    const file = join(t.home.dir, 'broken.tbx')
    writeFileSync(file, tbx(entry(1, 'Belt and Road Initiative', '一带一路倡议')).replace('</body>', '<oops></body>'))
    await expect(t.call('exchange/import', { path: file })).rejects.toMatchObject({ code: 'bad-input' })
    expect(indexes(t)).toEqual(before)
    expect(t.app.workspace.db.prepare('SELECT count(*) FROM terms').pluck().get() as number).toBe(0)
  })
})
