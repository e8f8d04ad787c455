import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { syncTeam } from '../../src/main/team/team-service'
import { createPool } from '../../src/server/db'
import { type RunningTeamServer, startTeamServer } from '../../src/server/server'
import { revokeUser } from '../../src/server/users'
import {
  addMember,
  draft,
  freshDatabase,
  noPostgres,
  startInstances,
  type TestDatabase,
  workspaceFolder
} from '../helpers/team'
import { startRelay } from '../helpers/team-proxy'
import { conceptByTerm, teamView } from '../helpers/team-state'

// Issue #20, "Bad input": each failure is said clearly, and no local change is lost.
describe.skipIf(noPostgres())('team sync when things go wrong', () => {
  let db: TestDatabase
  let servers: RunningTeamServer[]
  const folder = workspaceFolder()
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    db = await freshDatabase()
    for (const name of ['ada', 'ben', 'cy', 'dee']) tokens[name] = await addMember(db.url, name, 'terminologist')
    servers = await startInstances(db.url, 2)
  })

  afterAll(async () => {
    for (const s of servers ?? []) await s.close()
    await db?.drop()
    folder.remove()
  })

  async function logRows(uid: string): Promise<number> {
    const c = new pg.Client({ connectionString: db.url })
    await c.connect()
    try {
      return (await c.query("SELECT count(*)::int AS n FROM log WHERE concept_uid = $1 AND kind = 'change'", [uid]))
        .rows[0].n
    } finally {
      await c.end()
    }
  }

  it('a server that vanishes mid-push: the change stays in the outbox, and the retry applies it once', async () => {
    const relay = await startRelay(servers[0].url)
    const ws = await folder.open('vanish')
    const other = await folder.open('vanish-other')
    try {
      await ws.call('team/join', { url: relay.url, token: tokens.ada })
      await other.call('team/join', { url: servers[1].url, token: tokens.ben })
      await ws.call('termbase/save', draft('dual circulation', ['双循环'], { definition: 'first' }))
      relay.mode = 'drop-push-reply'
      await expect(ws.call('team/sync', {})).rejects.toMatchObject({ key: 'team.offline' })
      await expect(ws.call('team/sync', {})).rejects.toThrow(/1 local change kept/)
      const status = await ws.call('team/status', {})
      expect(status).toMatchObject({ state: 'offline', waiting: 1 })
      expect(status.lastError?.message).toMatch(/cannot be reached|dropped the connection/)
      // The server did apply it (the reply was lost), so the team already sees it...
      await other.call('team/sync', {})
      expect(conceptByTerm(other, '双循环')?.fields.definition).toBe('first')
      relay.mode = 'pass'
      // ...and the retry sends the same change id, which applies nothing twice.
      expect(await ws.call('team/sync', {})).toMatchObject({ pushed: 1, conflicts: 0 })
      // Each failed sync sent the push twice (a connection closed before any answer is retried once), the third once.
      expect(relay.pushes).toBe(5)
      const uid = ws.app.workspace.db.prepare('SELECT uid FROM concepts WHERE uid IS NOT NULL').pluck().get() as string
      expect(await logRows(uid)).toBe(1)
      expect(await ws.call('team/status', {})).toMatchObject({ state: 'synced', waiting: 0 })
      expect(teamView(other)).toEqual(teamView(ws))

      // A server gone altogether: edits go on offline and go out when it is back.
      relay.mode = 'down'
      const c = conceptByTerm(ws, '双循环')!
      await ws.call('termbase/save', { ...(await ws.call('termbase/get', { id: c.id })), note: 'written offline' })
      await expect(ws.call('team/sync', {})).rejects.toMatchObject({ key: 'team.offline' })
      expect(conceptByTerm(ws, '双循环')?.fields.note).toBe('written offline')
      relay.mode = 'pass'
      await ws.call('team/sync', {})
      await other.call('team/sync', {})
      expect(conceptByTerm(other, '双循环')?.fields.note).toBe('written offline')
    } finally {
      ws.close()
      other.close()
      await relay.close()
    }
  })

  it('a clock that runs backwards changes nothing: order is the server log, times are the database clock', async () => {
    const early = await folder.open('clock-early')
    const late = await folder.open('clock-late')
    try {
      await early.call('team/join', { url: servers[0].url, token: tokens.cy })
      await late.call('team/join', { url: servers[1].url, token: tokens.dee })
      let t = Date.UTC(2099, 0, 1)
      const backwards = () => new Date((t -= 86_400_000 * 365))
      await late.call('termbase/save', draft('carbon peak', ['碳达峰'], { definition: 'from the future' }))
      await syncTeam(late.app.workspace.db, { now: backwards })
      await syncTeam(early.app.workspace.db, { now: () => new Date(Date.UTC(1990, 0, 1)) })
      const c = conceptByTerm(early, '碳达峰')!
      // A later edit from a clock that says 1990 still wins over the 2099 one: it came later.
      await early.call('termbase/save', {
        ...(await early.call('termbase/get', { id: c.id })),
        definition: 'from 1990'
      })
      await syncTeam(early.app.workspace.db, { now: () => new Date(Date.UTC(1990, 0, 1)) })
      await syncTeam(late.app.workspace.db, { now: backwards })
      expect(conceptByTerm(late, '碳达峰')?.fields.definition).toBe('from 1990')
      expect(await late.call('team/conflicts', {})).toEqual([])
      const history = await late.call('team/history', { conceptId: conceptByTerm(late, '碳达峰')!.id })
      expect(history.map((h) => h.author)).toEqual(['cy', 'dee'])
      const now = Date.now()
      for (const h of history) expect(Math.abs(new Date(h.at).getTime() - now)).toBeLessThan(10 * 60_000)
    } finally {
      early.close()
      late.close()
    }
  })

  it('a token revoked while offline: the sync says so, keeps every local change, and a new token resumes', async () => {
    const name = 'eve'
    const token = await addMember(db.url, name, 'translator')
    const ws = await folder.open('revoked')
    const pool = createPool(db.url, { max: 1 })
    try {
      await ws.call('team/join', { url: servers[0].url, token })
      await ws.call('termbase/save', draft('ecological civilization', ['生态文明']))
      expect(await revokeUser(pool, name)).toBe(1)
      const error = await ws.call('team/sync', {}).catch((e: unknown) => e)
      expect(error).toMatchObject({ key: 'team.revoked' })
      expect((error as Error).message).toMatch(/revoked on \d{4}-.*1 local change kept/)
      expect(await ws.call('team/status', {})).toMatchObject({ state: 'error', waiting: 1 })
      expect(conceptByTerm(ws, '生态文明')).not.toBeNull()
      const fresh = await addMember(db.url, 'eve2', 'translator')
      await ws.call('team/join', { url: servers[1].url, token: fresh })
      expect(await ws.call('team/sync', {})).toMatchObject({ pushed: 1 })
      expect(await ws.call('team/status', {})).toMatchObject({ state: 'synced', waiting: 0 })
    } finally {
      ws.close()
      await pool.end()
    }
  })

  it('a workspace whose server now belongs to another team: refused, nothing sent or received', async () => {
    const otherDb = await freshDatabase()
    const otherToken = await addMember(otherDb.url, 'ada', 'terminologist')
    const [otherServer] = await startInstances(otherDb.url, 1)
    const relay = await startRelay(servers[0].url)
    const ws = await folder.open('mismatch')
    try {
      await ws.call('team/join', { url: relay.url, token: tokens.ada })
      await ws.call('team/sync', {})
      const before = teamView(ws)
      await ws.call('termbase/save', draft('made before the move'))
      // The address now reaches the other team's server, which does not know this workspace's token...
      relay.target = otherServer.url
      let error = await ws.call('team/sync', {}).catch((e: unknown) => e)
      expect(error).toMatchObject({ key: 'team.mismatch' })
      expect((error as Error).message).toMatch(/belongs to another team.*nothing was sent or received/)
      // ...or does (a member of both teams): the team id is checked either way.
      ws.app.workspace.db.prepare('UPDATE team_link SET token = ?').run(otherToken)
      error = await ws.call('team/sync', {}).catch((e: unknown) => e)
      expect(error).toMatchObject({ key: 'team.mismatch' })
      const c = new pg.Client({ connectionString: otherDb.url })
      await c.connect()
      expect((await c.query('SELECT count(*)::int AS n FROM concepts')).rows[0].n).toBe(0)
      await c.end()
      expect(teamView(ws)).toEqual(before)
      expect(conceptByTerm(ws, 'made before the move')).not.toBeNull()
      expect(await ws.call('team/status', {})).toMatchObject({ waiting: 1 })
      // Joining the other team from this workspace is refused too.
      await expect(ws.call('team/join', { url: otherServer.url, token: otherToken })).rejects.toMatchObject({
        key: 'team.already-joined'
      })
    } finally {
      ws.close()
      await relay.close()
      await otherServer.close()
      await otherDb.drop()
    }
  })

  it('a PostgreSQL at a newer schema: the server will not start, a running one refuses writes; nothing lost', async () => {
    const newer = await freshDatabase()
    const token = await addMember(newer.url, 'ada', 'terminologist')
    const [running] = await startInstances(newer.url, 1)
    const ws = await folder.open('newer-schema')
    const c = new pg.Client({ connectionString: newer.url })
    await c.connect()
    try {
      await ws.call('team/join', { url: running.url, token })
      await ws.call('termbase/save', draft('whole-process democracy'))
      await c.query('UPDATE shuyu_schema SET version = 99')
      await expect(startTeamServer({ pg: newer.url, port: 0 })).rejects.toThrow(
        /schema version 99, but this Shuyu knows versions up to 1.*Update Shuyu on every server instance/
      )
      const error = await ws.call('team/sync', {}).catch((e: unknown) => e)
      expect(error).toMatchObject({ key: 'team.schema' })
      expect((error as Error).message).toMatch(/schema version 99.*1 local change kept/)
      expect(conceptByTerm(ws, 'whole-process democracy')).not.toBeNull()
      expect(await ws.call('team/status', {})).toMatchObject({ waiting: 1 })
    } finally {
      ws.close()
      await c.end()
      await running.close()
      await newer.drop()
    }
  })
})
