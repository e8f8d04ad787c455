import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningTeamServer } from '../../src/server/server'
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

describe.skipIf(noPostgres())('two server instances over one database', () => {
  let db: TestDatabase
  let servers: RunningTeamServer[]
  const folder = workspaceFolder()
  let a: TestWorkspace
  let b: TestWorkspace

  beforeAll(async () => {
    db = await freshDatabase()
    const tokenA = await addMember(db.url, 'Li Wei', 'terminologist')
    const tokenB = await addMember(db.url, 'Anna', 'terminologist')
    servers = await startInstances(db.url, 2)
    a = await folder.open('a')
    b = await folder.open('b')
    await a.call('team/join', { url: servers[0].url, token: tokenA })
    await b.call('team/join', { url: servers[1].url, token: tokenB })
  })

  afterAll(async () => {
    a?.close()
    b?.close()
    for (const s of servers ?? []) await s.close()
    await db?.drop()
    folder.remove()
  })

  it('a term added in one workspace reaches the other through the other instance', async () => {
    const saved = await a.call(
      'termbase/save',
      draft('new quality productive forces', ['新质生产力'], { definition: 'd1' })
    )
    expect(saved.saved).toBe(true)
    expect(await a.call('team/sync', {})).toMatchObject({ pushed: 1, conflicts: 0 })
    expect(await b.call('team/sync', {})).toMatchObject({ pushed: 0, pulled: 1, conflicts: 0 })
    const page = await b.call('termbase/search', { query: '新质生产力' })
    expect(page.rows).toHaveLength(1)
    const concept = await b.call('termbase/get', { id: page.rows[0].id })
    expect(concept.definition).toBe('d1')
    expect(concept.terms.map((t) => t.text).sort()).toEqual(['new quality productive forces', '新质生产力'])
    expect(await b.call('team/status', {})).toMatchObject({ state: 'synced', waiting: 0, conflicts: 0 })
  })
})
