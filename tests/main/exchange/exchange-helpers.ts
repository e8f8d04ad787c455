import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Db } from '../../../src/main/db/open-database'
import { openTestApp } from '../../helpers/test-app'

export type TestApp = Awaited<ReturnType<typeof openTestApp>>

/** Writes a file into the test's home folder; returns its path. */
export function homeFile(t: TestApp, name: string, content: string | Buffer): string {
  const path = join(t.home.dir, name)
  writeFileSync(path, content)
  return path
}

/**
 * Everything an import may touch, as one hash: live concepts with terms and examples, live translation
 * units. Ids and timestamps of rows included, so "exactly as before" means exactly.
 */
export function workspaceHash(db: Db): string {
  const h = createHash('sha256')
  for (const sql of [
    'SELECT * FROM concepts WHERE deleted_at IS NULL ORDER BY id',
    `SELECT t.* FROM terms t JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL ORDER BY t.id`,
    `SELECT e.* FROM examples e JOIN concepts c ON c.id = e.concept_id AND c.deleted_at IS NULL ORDER BY e.id`,
    'SELECT * FROM translation_units WHERE deleted_at IS NULL ORDER BY id'
  ]) {
    h.update(JSON.stringify(db.prepare(sql).all()))
  }
  return h.digest('hex')
}

export function counts(db: Db): Record<string, number> {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  return {
    concepts: n('SELECT count(*) AS n FROM concepts WHERE deleted_at IS NULL'),
    terms: n('SELECT count(*) AS n FROM terms t JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL'),
    examples: n('SELECT count(*) AS n FROM examples e JOIN concepts c ON c.id = e.concept_id AND c.deleted_at IS NULL'),
    units: n('SELECT count(*) AS n FROM translation_units WHERE deleted_at IS NULL')
  }
}

/**
 * A small but complete term base: every status (forbidden included), POS inside and outside the TBX
 * picklist, usage notes, definition/domain/note/source, a French term, examples (free text with a
 * Chinese rendering, and one from a corpus document with its title and date), unknown data
 * categories in `extra`, and translation units.
 */
export async function seedTermBase(t: TestApp): Promise<void> {
  const doc = join(t.home.dir, 'report.txt')
  writeFileSync(
    doc,
    ' date 2024-03-05\nGovernment Work Report\n\nWe will develop new quality productive forces ' +
      'according to local conditions.\n'
  )
  await t.call('corpus/import', { paths: [doc] })
  const a = await t.call('termbase/save', {
    definition: 'Productive forces driven by innovation; 以创新为主导。',
    domain: 'Economy',
    note: 'Key phrase since 2023, "quoted", with, commas',
    source: 'Government Work Report 2024',
    terms: [
      { lang: 'en', text: 'new quality productive forces', status: 'preferred', pos: 'noun', usageNote: 'plural' },
      { lang: 'en', text: 'new productive forces', status: 'deprecated', pos: 'noun phrase', usageNote: '' },
      { lang: 'zh-CN', text: '新质生产力', status: 'preferred', pos: '', usageNote: '不可拆分' },
      { lang: 'zh-CN', text: '新型生产力', status: 'forbidden', pos: '', usageNote: '' },
      { lang: 'fr', text: 'forces productives de qualité nouvelle', status: 'admitted', pos: '', usageNote: '' }
    ]
  })
  const b = await t.call('termbase/save', {
    domain: 'Governance',
    terms: [
      { lang: 'en', text: "whole-process people's democracy", status: 'preferred', pos: '', usageNote: '' },
      { lang: 'zh-CN', text: '全过程人民民主', status: 'preferred', pos: '', usageNote: '' },
      { lang: 'zh-TW', text: '全過程人民民主', status: 'admitted', pos: '', usageNote: '' }
    ]
  })
  await t.call('termbase/save', {
    definition: '=SUM(A1) | pipes | and\nnewlines',
    terms: [
      { lang: 'en', text: 'high-quality development', status: 'preferred', pos: 'noun', usageNote: '' },
      { lang: 'zh-CN', text: '高质量发展', status: 'admitted', pos: '', usageNote: '' }
    ]
  })
  const seg = t.app.workspace.db.prepare("SELECT id FROM segments WHERE text LIKE '%new quality%'").get() as {
    id: number
  }
  const idA = a.concept!.id
  await t.call('termbase/addExample', { conceptId: idA, segmentId: seg.id })
  await t.call('termbase/addExample', {
    conceptId: idA,
    text: 'Developing new quality productive forces is key.',
    zh: '发展新质生产力是关键。'
  })
  await t.call('termbase/addExample', { conceptId: b.concept!.id, text: '发展全过程人民民主。' })
  const db = t.app.workspace.db
  db.prepare(`UPDATE concepts SET extra = ? WHERE id = ?`).run(JSON.stringify({ 'x-customerField': ['ACME'] }), idA)
  db.prepare(`UPDATE terms SET extra = ? WHERE text = 'new quality productive forces'`).run(
    JSON.stringify({ termType: ['fullForm'] })
  )
  db.prepare(
    `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, origin_detail,
    note, created_at, changed_at) VALUES ('en', 'zh-CN', ?, ?, 'typed', '', 'checked', ?, ?)`
  ).run('Tom & Jerry <b>', '汤姆和杰瑞', '2024-01-02T03:04:05.000Z', '2024-02-03T04:05:06.000Z')
}
