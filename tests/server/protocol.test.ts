import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningTeamServer } from '../../src/server/server'
import type { ChangeRecord, PullResponse, PushResponse } from '../../src/shared/team-protocol'
import { addMember, freshDatabase, noPostgres, startInstances, type TestDatabase } from '../helpers/team'

// The wire itself (docs/team.md, "HTTP API"), spoken directly.
describe.skipIf(noPostgres())('the team server protocol', () => {
  let db: TestDatabase
  let servers: RunningTeamServer[]
  let token: string

  beforeAll(async () => {
    db = await freshDatabase()
    token = await addMember(db.url, 'Li', 'admin')
    servers = await startInstances(db.url, 2)
  })
  afterAll(async () => {
    for (const s of servers ?? []) await s.close()
    await db?.drop()
  })

  const call = async <T>(server: number, method: string, path: string, body?: unknown, headers = {}) => {
    const res = await fetch(new URL(path, servers[server].url), {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    return { status: res.status, body: (await res.json()) as T }
  }
  const change = (id: string, concept: string, fields: ChangeRecord['fields']): ChangeRecord => ({
    id,
    concept,
    baseRev: 0,
    madeAt: '2025-01-01T00:00:00Z',
    fields
  })

  it('says which team it is without a token, and refuses another protocol version', async () => {
    const health = await fetch(new URL('v1/health', servers[1].url))
    expect(await health.json()).toMatchObject({
      ok: true,
      protocol: 1,
      teamId: expect.stringMatching(/^[0-9a-f-]{36}$/)
    })
    const other = await call<{ error: { code: string } }>(0, 'GET', 'v1/team', undefined, { 'shuyu-protocol': '2' })
    expect(other.status).toBe(400)
    expect(other.body.error.code).toBe('protocol')
  })

  it('applies a change sent twice once, through either instance, and refuses a bad change on its own', async () => {
    const good = change('c-1', 'k-1', [{ field: 'definition', baseRev: 0, value: 'one' }])
    const bad = change('c-2', 'k-2', [{ field: 'colour', baseRev: 0, value: 'red' }])
    const first = await call<PushResponse>(0, 'POST', 'v1/push', { changes: [good, bad] })
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'refused'])
    const again = await call<PushResponse>(1, 'POST', 'v1/push', { changes: [good] })
    expect(again.body.results[0]).toEqual(first.body.results[0])
    const pulled = await call<PullResponse>(1, 'GET', 'v1/pull?after=0')
    expect(pulled.body.entries.filter((e) => e.concept === 'k-1')).toHaveLength(1)
    expect(pulled.body.concepts).toEqual([
      { concept: 'k-1', rev: 1, fields: { definition: 'one' }, fieldRevs: { definition: 1 } }
    ])
  })

  it('pages the log, and does not send a workspace back the concepts it pushed itself', async () => {
    const mine = { 'shuyu-client': 'workspace-a' }
    for (let i = 0; i < 3; i++) {
      await call(
        0,
        'POST',
        'v1/push',
        { changes: [change(`p-${i}`, `page-${i}`, [{ field: 'note', baseRev: 0, value: `${i}` }])] },
        mine
      )
    }
    const seen: string[] = []
    let after = 0
    for (let guard = 0; guard < 10; guard++) {
      const page = (await call<PullResponse>(1, 'GET', `v1/pull?after=${after}&limit=2`)).body
      seen.push(...page.concepts.map((c) => c.concept))
      after = page.next
      if (!page.more) break
    }
    expect(seen).toEqual(expect.arrayContaining(['k-1', 'page-0', 'page-1', 'page-2']))
    const own = (await call<PullResponse>(1, 'GET', 'v1/pull?after=0&limit=100', undefined, mine)).body
    expect(own.entries.map((e) => e.concept)).toEqual(expect.arrayContaining(['page-0', 'page-1', 'page-2']))
    expect(own.concepts.map((c) => c.concept)).toEqual(['k-1'])
  })

  it('refuses bad paging and unknown paths with a reason', async () => {
    expect((await call(0, 'GET', 'v1/pull?after=-1')).status).toBe(400)
    expect((await call(0, 'GET', 'v1/pull?limit=100000')).status).toBe(400)
    const missing = await call<{ error: { message: string } }>(0, 'GET', 'v1/nothing')
    expect(missing.status).toBe(404)
    expect(missing.body.error.message).toContain('No such operation')
  })

  it('lets exactly one of twenty simultaneous edits of one field through, whichever instance each uses', async () => {
    await call(0, 'POST', 'v1/push', {
      changes: [change('race-0', 'race', [{ field: 'note', baseRev: 0, value: 'start' }])]
    })
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call<PushResponse>(i % 2, 'POST', 'v1/push', {
          changes: [change(`race-${i + 1}`, 'race', [{ field: 'note', baseRev: 1, value: `writer ${i}` }])]
        })
      )
    )
    const outcomes = results.map((r) => r.body.results[0])
    const applied = outcomes.filter((r) => r.status === 'applied' && r.conflicts.length === 0)
    const conflicted = outcomes.filter((r) => r.status === 'applied' && r.conflicts.length === 1)
    expect(applied).toHaveLength(1)
    expect(conflicted).toHaveLength(19)
    const winner = (applied[0] as { id: string }).id
    const state = (await call<PullResponse>(1, 'GET', 'v1/pull?after=0&limit=5000')).body
    const race = state.concepts.find((c) => c.concept === 'race')!
    expect(race.fields.note).toBe(`writer ${Number(winner.split('-')[1]) - 1}`)
    expect(race.rev).toBe(2)
    expect(state.entries.filter((e) => e.concept === 'race')).toHaveLength(2)
    // Sequence numbers arrive in order, without one committed behind a reader's back.
    const seqs = state.entries.map((e) => e.seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
  })

  it('never lets two edits of one field both through, even when both read it before either wrote', async () => {
    await call(0, 'POST', 'v1/push', {
      changes: [change('hold-0', 'held', [{ field: 'note', baseRev: 0, value: 'start' }])]
    })
    // Another session holds the writers' lock, so both pushes get as far as they can before writing.
    const holder = new pg.Client({ connectionString: db.url })
    await holder.connect()
    await holder.query('BEGIN')
    await holder.query('SELECT pg_advisory_xact_lock(7413502201)')
    const both = Promise.all(
      [0, 1].map((i) =>
        call<PushResponse>(i, 'POST', 'v1/push', {
          changes: [change(`hold-${i + 1}`, 'held', [{ field: 'note', baseRev: 1, value: `writer ${i}` }])]
        })
      )
    )
    await new Promise((resolve) => setTimeout(resolve, 700))
    await holder.query('COMMIT')
    await holder.end()
    const outcomes = (await both).map((r) => r.body.results[0] as { status: string; conflicts: unknown[] })
    expect(outcomes.map((o) => o.conflicts.length).sort()).toEqual([0, 1])
  })
})
