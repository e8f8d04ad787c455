import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { termField } from '../../src/core/team/fields'
import { collocationField, exampleField } from '../../src/core/team/fields'
import type { RunningTeamServer } from '../../src/server/server'
import { prng } from '../helpers/prng'
import {
  addMember,
  draft,
  freshDatabase,
  noPostgres,
  startInstances,
  type TestDatabase,
  type TestWorkspace,
  workspaceFolder
} from '../helpers/team'
import { conceptByTerm, teamView } from '../helpers/team-state'

const CLIENTS = 8
const EDITS = 25
const SHARED = ['shared one', 'shared two', 'shared three', 'shared four', 'shared five']

// Issue #20's judged load: 8 clients making 25 edits each, syncing concurrently through two instances, converge
// to identical term bases with all 200 edits kept. The edits overlap on five shared concepts (terms, examples,
// collocations added to the same concepts by everyone) but never write the same field, so none may be lost.
describe.skipIf(noPostgres())('8 clients × 25 edits through two instances', () => {
  let db: TestDatabase
  let servers: RunningTeamServer[]
  const folder = workspaceFolder()
  const clients: TestWorkspace[] = []

  beforeAll(async () => {
    db = await freshDatabase()
    servers = await startInstances(db.url, 2)
    for (let i = 0; i < CLIENTS; i++) {
      const token = await addMember(db.url, `member${i}`, i === 0 ? 'terminologist' : 'translator')
      const ws = await folder.open(`client${i}`)
      await ws.call('team/join', { url: servers[i % 2].url, token })
      clients.push(ws)
    }
    for (const term of SHARED) await clients[0].call('termbase/save', draft(term))
    await clients[0].call('team/sync', {})
    for (const ws of clients.slice(1)) await ws.call('team/sync', {})
  }, 120_000)

  afterAll(async () => {
    for (const ws of clients) ws.close()
    for (const s of servers ?? []) await s.close()
    await db?.drop()
    folder.remove()
  })

  async function edit(ws: TestWorkspace, i: number, j: number): Promise<void> {
    const shared = conceptByTerm(ws, SHARED[j % SHARED.length])!
    switch (j % 5) {
      case 0:
        await ws.call('termbase/save', draft(`concept ${i}-${j}`, [`概念${i}-${j}`]))
        return
      case 1: {
        const c = await ws.call('termbase/get', { id: shared.id })
        const term = { lang: 'en', text: `synonym ${i}-${j}`, status: 'admitted' as const, pos: '', usageNote: '' }
        await ws.call('termbase/save', { ...c, terms: [...c.terms, term] })
        return
      }
      case 2:
        await ws.call('termbase/addExample', { conceptId: shared.id, text: `An example sentence ${i}-${j}.` })
        return
      case 3:
        await ws.call('termbase/addCollocation', {
          conceptId: shared.id,
          node: 'shared',
          word: `word${i}x${j}`,
          freq: j
        })
        return
      case 4: {
        const own = conceptByTerm(ws, `concept ${i}-${j - 4}`)!
        const c = await ws.call('termbase/get', { id: own.id })
        await ws.call('termbase/save', { ...c, definition: `defined by ${i} at ${j}` })
        return
      }
    }
  }

  it('converges to identical term bases with all 200 edits kept', async () => {
    const random = prng(20)
    await Promise.all(
      clients.map(async (ws, i) => {
        for (let j = 0; j < EDITS; j++) {
          await edit(ws, i, j)
          if (random() < 0.35) await ws.call('team/sync', {})
        }
        await ws.call('team/sync', {})
      })
    )
    // Everyone pushed; rounds of syncs in turn until one moves nothing. A pull that settles term order
    // (concurrent synonyms on a shared concept) may leave a renumbering to send, so the last client's
    // push can reach the first only in the next round; it must settle within a few rounds.
    let rounds = 0
    for (let moved = 1; moved > 0 && rounds < 5; rounds++) {
      moved = 0
      for (const ws of clients) {
        const report = await ws.call('team/sync', {})
        moved += report.pushed + report.pulled
      }
    }
    expect(rounds).toBeLessThan(5)
    const views = clients.map(teamView)
    for (const view of views.slice(1)) expect(view).toEqual(views[0])
    for (const ws of clients) expect(await ws.call('team/conflicts', {})).toEqual([])
    for (const ws of clients) expect(await ws.call('team/status', {})).toMatchObject({ state: 'synced', waiting: 0 })

    const reference = clients[0]
    let kept = 0
    for (let i = 0; i < CLIENTS; i++) {
      for (let j = 0; j < EDITS; j++) {
        const shared = conceptByTerm(reference, SHARED[j % SHARED.length])!.fields
        const own = conceptByTerm(reference, `concept ${i}-${j - (j % 5 === 4 ? 4 : 0)}`)
        const ok =
          j % 5 === 0
            ? own !== null && termField('zh-CN', `概念${i}-${j}`) in own.fields
            : j % 5 === 1
              ? termField('en', `synonym ${i}-${j}`) in shared
              : j % 5 === 2
                ? exampleField(`An example sentence ${i}-${j}.`) in shared
                : j % 5 === 3
                  ? collocationField('shared', `word${i}x${j}`) in shared
                  : own?.fields.definition === `defined by ${i} at ${j}`
        expect(ok, `edit ${j} of client ${i}`).toBe(true)
        if (ok) kept++
      }
    }
    expect(kept).toBe(CLIENTS * EDITS)
  }, 300_000)
})
