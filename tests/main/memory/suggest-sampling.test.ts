import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { memoryBackground } from '../../../src/main/memory/background-sample'
import { unitsWithTerm } from '../../../src/main/memory/term-units'
import { insertUnit } from '../../../src/main/memory/units-repo'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const db = () => t.app.workspace.db

const VERBS = [
  ['foster', '培育'],
  ['develop', '发展'],
  ['promote', '推动'],
  ['expand', '扩大'],
  ['build', '建设'],
  ['improve', '完善'],
  ['support', '支持']
]

/** 5,000 units; every 4th holds the term (新质生产力), many the phrase 安排资金, all a varying verb. */
function fill(): void {
  db().transaction(() => {
    for (let i = 0; i < 5000; i++) {
      const term = i % 4 === 0
      // Half as common with the term as without it (every 3rd unit, but only every 6th term unit).
      const money = i % 3 === 0 && i % 8 !== 0
      const [verb, zhVerb] = VERBS[i % VERBS.length]
      const en = `${term ? `We will ${verb} new quality productive forces` : `We will ${verb} item ${i}`}${money ? ', with funds allocated' : ''}.`
      const zh = `${term ? `我们将${zhVerb}新质生产力` : `我们将${zhVerb}第${i}项`}${money ? '，安排资金' : ''}。`
      insertUnit(db(), { sourceLang: 'en', targetLang: 'zh-CN', source: en, target: zh, origin: 'typed' })
    }
  })()
}

describe('equivalent suggestion over a sampled memory', () => {
  it('reads an even sample of the term units and estimates how many there are', () => {
    fill()
    const { units, candidates } = unitsWithTerm(db(), 'new quality productive forces', 200)
    expect(units.length).toBe(200)
    expect(units.every((u) => u.zh.includes('新质生产力'))).toBe(true)
    // Spread over the whole memory, not its first ids.
    expect(units[0].id).toBeLessThan(100)
    expect(units.at(-1)!.id).toBeGreaterThan(4400)
    expect(candidates).toBe(1250)
  })

  it('estimates n-gram frequencies of the whole memory from a sample, exactly for a small memory', () => {
    insertUnit(db(), {
      sourceLang: 'en',
      targetLang: 'zh-CN',
      source: 'Funds allocated.',
      target: '安排资金。',
      origin: 'typed'
    })
    insertUnit(db(), {
      sourceLang: 'en',
      targetLang: 'zh-CN',
      source: 'Other.',
      target: '其他资金和资金。',
      origin: 'typed'
    })
    const small = memoryBackground(db())
    expect(small.totalUnits).toBe(2)
    expect(small.countUnits(['资金', '安排资金', '没有'])).toEqual([2, 1, 0])

    fill()
    const big = memoryBackground(db())
    expect(Math.abs(big.totalUnits - 5002)).toBeLessThan(50)
    const [money, term, none] = big.countUnits(['安排资金', '新质生产力', '没有'])
    expect(Math.abs(money - 5000 / 3 + 5000 / 24)).toBeLessThan(120)
    expect(Math.abs(term - 1250)).toBeLessThan(120)
    expect(none).toBe(0)
  })

  it('ranks the term-specific rendering above a phrase common everywhere, at any size', async () => {
    fill()
    const [first, ...rest] = await t.call('memory/suggest', { term: 'new quality productive forces', limit: 5 })
    expect(first.text).toBe('新质生产力')
    // 安排资金 is frequent, but less so with the term than without it: no association.
    expect(rest.map((r) => r.text)).not.toContain('安排资金')
  })
})

describe('term recognition cache', () => {
  it('sees terms added by this connection and by another process', async () => {
    const text = 'We will foster new quality productive forces and dual circulation.'
    expect(await t.call('memory/recognise', { text })).toEqual([])
    await t.call('termbase/save', {
      terms: [{ lang: 'en', text: 'new quality productive forces', status: 'preferred', pos: '', usageNote: '' }]
    })
    expect((await t.call('memory/recognise', { text })).map((r) => r.term)).toEqual(['new quality productive forces'])
    // Another process writes to the workspace file: SQLite's data_version tells this connection.
    const [{ id: conceptId }] = db().prepare('SELECT id FROM concepts').all() as { id: number }[]
    const other = new Database(t.app.workspace.file)
    const now = new Date().toISOString()
    other
      .prepare(
        `INSERT INTO terms (concept_id, lang, text, norm, status, created_at, modified_at) VALUES (?, 'en', ?, ?, 'admitted', ?, ?)`
      )
      .run(conceptId, 'dual circulation', 'dual circulation', now, now)
    other.close()
    expect((await t.call('memory/recognise', { text })).map((r) => r.term).sort()).toEqual([
      'dual circulation',
      'new quality productive forces'
    ])
  })
})
