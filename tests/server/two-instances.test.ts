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
import { conceptByTerm, teamView } from '../helpers/team-state'

// The judged scenarios of issue #20 against a real PostgreSQL: two instances over one database, each
// workspace joined to a different instance.
describe.skipIf(noPostgres())('two server instances over one database', () => {
  let db: TestDatabase
  let servers: RunningTeamServer[]
  const folder = workspaceFolder()
  let a: TestWorkspace
  let b: TestWorkspace
  let viewerToken: string

  beforeAll(async () => {
    db = await freshDatabase()
    const tokenA = await addMember(db.url, 'Li Wei', 'terminologist')
    const tokenB = await addMember(db.url, 'Anna', 'translator')
    viewerToken = await addMember(db.url, 'Visitor', 'viewer')
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
    const page = await b.call('termbase/search', { text: '新质生产力' })
    expect(page.rows).toHaveLength(1)
    const concept = await b.call('termbase/get', { id: page.rows[0].id })
    expect(concept.definition).toBe('d1')
    expect(concept.terms.map((t) => t.text).sort()).toEqual(['new quality productive forces', '新质生产力'])
    expect(await b.call('team/status', {})).toMatchObject({ state: 'synced', waiting: 0, conflicts: 0 })
    expect(teamView(b)).toEqual(teamView(a))
  })

  it('a concurrent edit of one definition keeps both values: one in the term base, one as a conflict', async () => {
    const inA = conceptByTerm(a, 'new quality productive forces')!
    const inB = conceptByTerm(b, 'new quality productive forces')!
    const conceptA = await a.call('termbase/get', { id: inA.id })
    const conceptB = await b.call('termbase/get', { id: inB.id })
    await a.call('termbase/save', { ...conceptA, definition: 'Definition by Li Wei' })
    await b.call('termbase/save', { ...conceptB, definition: 'Definition by Anna' })
    expect(await a.call('team/sync', {})).toMatchObject({ pushed: 1, conflicts: 0 })
    const second = await b.call('team/sync', {})
    expect(second).toMatchObject({ pushed: 1, conflicts: 1 })
    // The server's value stands everywhere; Anna's is kept as her conflict, said with its author.
    await a.call('team/sync', {})
    expect((await a.call('termbase/get', { id: inA.id })).definition).toBe('Definition by Li Wei')
    expect((await b.call('termbase/get', { id: inB.id })).definition).toBe('Definition by Li Wei')
    const conflicts = await b.call('team/conflicts', {})
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({
      conceptId: inB.id,
      concept: 'new quality productive forces',
      field: 'definition',
      local: 'Definition by Anna',
      remote: 'Definition by Li Wei',
      remoteAuthor: 'Li Wei',
      reason: 'conflict',
      mergeable: true
    })
    expect(await b.call('team/status', {})).toMatchObject({ state: 'conflicts', conflicts: 1 })
    expect(await a.call('team/conflicts', {})).toEqual([])
    expect(teamView(b)).toEqual(teamView(a))
  })

  it('keeping my value of a conflict makes it the team value on the next sync', async () => {
    const [conflict] = await b.call('team/conflicts', {})
    await b.call('team/resolve', { id: conflict.id, keep: 'merged', value: 'Li Wei + Anna' })
    expect(await b.call('team/conflicts', {})).toEqual([])
    expect(await b.call('team/status', {})).toMatchObject({ state: 'waiting', waiting: 1 })
    expect(await b.call('team/sync', {})).toMatchObject({ pushed: 1, conflicts: 0 })
    await a.call('team/sync', {})
    const inA = conceptByTerm(a, 'new quality productive forces')!
    expect(inA.fields.definition).toBe('Li Wei + Anna')
    // The team history says who did what, in the server's time.
    const history = await a.call('team/history', { conceptId: inA.id })
    expect(history.map((h) => h.author)).toEqual(['Anna', 'Li Wei', 'Li Wei'])
    expect(history[0].fields).toEqual(['definition'])
    expect(new Date(history[0].at).getTime()).toBeGreaterThanOrEqual(new Date(history[2].at).getTime())
  })

  it('edits of different fields of one concept merge without a conflict', async () => {
    const inA = conceptByTerm(a, 'new quality productive forces')!
    const inB = conceptByTerm(b, 'new quality productive forces')!
    await a.call('termbase/save', { ...(await a.call('termbase/get', { id: inA.id })), note: 'note by Li Wei' })
    const conceptB = await b.call('termbase/get', { id: inB.id })
    await b.call('termbase/save', {
      ...conceptB,
      domain: 'economy',
      terms: [...conceptB.terms, { lang: 'zh-CN', text: '新质生产力量', status: 'admitted', pos: '', usageNote: '' }]
    })
    await Promise.all([a.call('team/sync', {}), b.call('team/sync', {})])
    await a.call('team/sync', {})
    await b.call('team/sync', {})
    expect(await a.call('team/conflicts', {})).toEqual([])
    expect(await b.call('team/conflicts', {})).toEqual([])
    const merged = conceptByTerm(a, 'new quality productive forces')!.fields
    expect(merged).toMatchObject({ note: 'note by Li Wei', domain: 'economy' })
    expect(Object.keys(merged)).toContain('term:zh-CN:新质生产力量')
    expect(teamView(b)).toEqual(teamView(a))
  })

  it('a wrong token cannot read or write, and nothing local is lost', async () => {
    const c = await folder.open('wrong-token')
    try {
      const forged = `shuyu_1_${'A'.repeat(43)}`
      await expect(c.call('team/join', { url: servers[1].url, token: forged })).rejects.toMatchObject({
        key: 'team.unauthorized'
      })
      expect(await c.call('team/status', {})).toMatchObject({ state: 'not-joined' })
      const res = await fetch(new URL('v1/push', servers[0].url), {
        method: 'POST',
        headers: { authorization: `Bearer ${forged}`, 'content-type': 'application/json' },
        body: JSON.stringify({ changes: [] })
      })
      expect(res.status).toBe(401)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized')
    } finally {
      c.close()
    }
  })

  it('a viewer reads the team term base but cannot write; local edits stay in the workspace', async () => {
    const v = await folder.open('viewer')
    try {
      await v.call('team/join', { url: servers[0].url, token: viewerToken })
      await v.call('team/sync', {})
      expect(teamView(v)).toEqual(teamView(a))
      await v.call('termbase/save', draft('viewer term'))
      const report = await v.call('team/sync', {})
      expect(report).toMatchObject({ pushed: 0, held: 1 })
      expect(await v.call('team/status', {})).toMatchObject({ role: 'viewer', waiting: 1 })
      // The server refuses a viewer's push outright, whatever a client does.
      const res = await fetch(new URL('v1/push', servers[1].url), {
        method: 'POST',
        headers: { authorization: `Bearer ${viewerToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          changes: [
            {
              id: 'c1',
              concept: 'x1',
              baseRev: 0,
              madeAt: '',
              fields: [{ field: 'definition', baseRev: 0, value: 'vandal' }]
            }
          ]
        })
      })
      expect(res.status).toBe(403)
      await a.call('team/sync', {})
      expect(conceptByTerm(a, 'viewer term')).toBeNull()
      expect(conceptByTerm(v, 'viewer term')).not.toBeNull()
    } finally {
      v.close()
    }
  })
})
