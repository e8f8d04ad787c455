import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { serializeTmx } from '../../../src/core/exchange'
import { indexPending, indexPendingInSteps } from '../../../src/main/concordance/index-segments'
import { searchConcordance } from '../../../src/main/concordance/search'
import { openTestApp } from '../../helpers/test-app'
import { addDocument, addUnit, openTestDb } from './concordance-db'

const queued = (db: ReturnType<typeof openTestDb>) =>
  db.prepare('SELECT count(*) FROM concordance_queue').pluck().get() as number

function fill(db: ReturnType<typeof openTestDb>, units: number): void {
  addDocument(db, ['High-quality development is the primary task.', '高质量发展是首要任务。'])
  for (let i = 0; i < units; i++) addUnit(db, `Unit ${i} on high-quality development.`, `第${i}条：高质量发展。`)
}

describe('indexing the concordance queue in steps', () => {
  it('indexes everything a one-transaction drain would, reporting progress after each step', async () => {
    const stepped = openTestDb()
    const whole = openTestDb()
    fill(stepped, 250)
    fill(whole, 250)
    const events: [number, number][] = []
    const done = await indexPendingInSteps(stepped, (d, t) => events.push([d, t]), undefined, 100)
    expect(done).toBe(indexPending(whole))
    expect(events).toEqual([
      [0, 252],
      [100, 252],
      [200, 252],
      [252, 252]
    ])
    expect(queued(stepped)).toBe(0)
    for (const query of ['development', '高质量发展', '质']) {
      expect(searchConcordance(stepped, { query, scope: 'both' }).total).toBe(
        searchConcordance(whole, { query, scope: 'both' }).total
      )
    }
    const terms = 'SELECT term, cnt FROM concordance_terms ORDER BY term'
    expect(stepped.prepare(terms).all()).toEqual(whole.prepare(terms).all())
  })

  it('stops at a cancel between steps, leaving the rest queued for the next search', async () => {
    const db = openTestDb()
    fill(db, 250)
    const controller = new AbortController()
    const done = await indexPendingInSteps(db, (d) => d > 0 && controller.abort(), controller.signal, 100)
    expect(done).toBe(100)
    expect(queued(db)).toBe(152)
    expect(searchConcordance(db, { query: 'development', scope: 'both' }).total).toBe(251)
    expect(queued(db)).toBe(0)
  })
})

describe('exchange/import of a TMX', () => {
  it('indexes the new units for the concordance and the fuzzy matcher before it answers, when asked', async () => {
    const t = await openTestApp()
    try {
      const file = join(t.home.dir, 'units.tmx')
      const units = Array.from({ length: 40 }, (_, i) => ({
        srcLang: 'en',
        tgtLang: 'zh-CN',
        source: `Sentence ${i} on common prosperity.`,
        target: `第${i}句：共同富裕。`,
        origin: 'test'
      }))
      writeFileSync(file, [...serializeTmx(units)].join(''))
      const more = units.map((u) => ({ ...u, source: `${u.source} Again.` }))
      writeFileSync(file.replace('units', 'more'), [...serializeTmx(more)].join(''))
      const messages: (string | undefined)[] = []
      t.app.events.subscribe((e) => {
        if (e.type === 'progress' && e.jobId === 'tmx-1') messages.push(e.message)
      })
      await t.call('exchange/import', { path: file, jobId: 'tmx-1', indexAfter: true })
      expect(messages).toContain('indexing')
      expect(messages).toContain('indexing-memory')
      expect(queued(t.app.workspace.db)).toBe(0)
      // The fuzzy index is in memory and up to date: a lookup has nothing left to add.
      expect(t.app.unitIndex.catchUp()).toBe(0)
      expect(t.app.unitIndex.origin).not.toBeNull()
      // Without indexAfter (the CLI) the units wait in the queue for the next search.
      await t.call('exchange/import', { path: file.replace('units', 'more'), jobId: 'tmx-2' })
      expect(queued(t.app.workspace.db)).toBe(40)
    } finally {
      t.close()
    }
  })
})
