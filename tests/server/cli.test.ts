import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runServerCli } from '../../src/server/cli'
import type { RunningTeamServer } from '../../src/server/server'
import { freshDatabase, noPostgres, type TestDatabase } from '../helpers/team'
import { captureIO } from '../helpers/temp-home'

describe('shuyu team server / user: usage', () => {
  it('needs a database', async () => {
    const cap = captureIO()
    const saved = process.env.SHUYU_TEAM_PG
    delete process.env.SHUYU_TEAM_PG
    try {
      expect(await runServerCli(['server'], cap.io)).toBe(2)
    } finally {
      if (saved !== undefined) process.env.SHUYU_TEAM_PG = saved
    }
    expect(cap.err).toContain('needs --pg URL')
  })

  it('refuses a bad role', async () => {
    const cap = captureIO()
    expect(await runServerCli(['user', 'add', 'x', '--role', 'boss', '--pg', 'postgres://invalid'], cap.io)).toBe(2)
    expect(cap.err).toContain('--role must be one of admin, terminologist, translator, viewer')
  })
})

describe.skipIf(noPostgres())('shuyu team server / user against PostgreSQL', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await freshDatabase()
  })
  afterAll(async () => {
    await db?.drop()
  })

  it('adds users, printing each new token once on a line of its own, lists and revokes them', async () => {
    let cap = captureIO()
    expect(await runServerCli(['user', 'add', 'Li Wei', '--role', 'terminologist', '--pg', db.url], cap.io)).toBe(0)
    expect(cap.out).toMatch(/^shuyu_\d+_[A-Za-z0-9_-]{43}\n$/)
    expect(cap.err).toContain('shown once')
    cap = captureIO()
    expect(await runServerCli(['user', 'add', 'Li Wei', '--role', 'viewer', '--pg', db.url], cap.io)).toBe(1)
    expect(cap.err).toContain('exists already')
    cap = captureIO()
    expect(await runServerCli(['user', 'token', 'Li Wei', '--pg', db.url], cap.io)).toBe(0)
    cap = captureIO()
    expect(await runServerCli(['user', 'list', '--pg', db.url], cap.io)).toBe(0)
    expect(cap.out.split('\n')[1]).toMatch(/^Li Wei\tterminologist\t2\t/)
    cap = captureIO()
    expect(await runServerCli(['user', 'revoke', 'Li Wei', '--pg', db.url], cap.io)).toBe(0)
    expect(cap.err).toContain('Revoked 2 tokens')
  })

  it('serves, printing its URL on a line of its own, and stores the moderation setting', async () => {
    const cap = captureIO()
    let server: RunningTeamServer | undefined
    const done = runServerCli(
      ['server', '--pg', db.url, '--port', '0', '--moderated', '--name', 'Policy desk'],
      cap.io,
      (s) => {
        server = s
      }
    )
    await expect.poll(() => server).toBeDefined()
    expect(cap.out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\n$/)
    const health = await fetch(new URL('v1/health', cap.out.trim()))
    expect(health.status).toBe(200)
    expect(cap.err).toContain('moderated')
    await server!.close()
    expect(await done).toBe(0)
  })
})
