import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runCli } from '../../../src/main/cli/run-cli'
import type { RunningTeamServer } from '../../../src/server/server'
import { addMember, freshDatabase, noPostgres, startInstances, type TestDatabase } from '../../helpers/team'
import { captureIO, useTempHome } from '../../helpers/temp-home'

/** Runs `shuyu …` in-process; returns exit code and output. */
async function shuyu(...argv: string[]) {
  const cap = captureIO()
  const code = await runCli(argv, cap.io)
  return {
    code,
    out: cap.out,
    err: cap.err,
    rows: cap.out
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'))
  }
}

describe('shuyu team without a team', () => {
  it('says the workspace has not joined one', async () => {
    const home = useTempHome()
    try {
      const r = await shuyu('team', 'sync', '--db', join(home.dir, 'x.sqlite'))
      expect(r.code).toBe(1)
      expect(r.err).toContain('has not joined a team (shuyu team join URL --token T)')
    } finally {
      home.restore()
    }
  })
})

describe.skipIf(noPostgres())('shuyu team, the workspace CLI', () => {
  let db: TestDatabase
  let servers: RunningTeamServer[]
  let home: ReturnType<typeof useTempHome>
  const tokens: Record<string, string> = {}
  let lead: string
  let trans: string

  beforeAll(async () => {
    home = useTempHome()
    db = await freshDatabase()
    tokens.lead = await addMember(db.url, 'Chen', 'terminologist')
    tokens.trans = await addMember(db.url, 'Zhang', 'translator')
    servers = await startInstances(db.url, 2, { moderated: true })
    lead = join(home.dir, 'lead.sqlite')
    trans = join(home.dir, 'trans.sqlite')
  })

  afterAll(async () => {
    for (const s of servers ?? []) await s.close()
    await db?.drop()
    home?.restore()
  })

  it('joins, syncs (TSV pushed pulled conflicts), lists and resolves conflicts, reviews suggestions', async () => {
    let r = await shuyu('team', 'join', servers[0].url, '--token', tokens.lead, '--db', lead)
    expect(r.code).toBe(0)
    expect(r.err).toContain('as Chen (terminologist, moderated team)')
    expect(r.rows[0]).toEqual(['state', 'team', 'user', 'role', 'waiting', 'suggested', 'conflicts', 'synced'])
    expect((await shuyu('team', 'join', servers[1].url, '--token', tokens.trans, '--db', trans)).code).toBe(0)

    expect(
      (await shuyu('term', 'add', 'rule of law', '--zh', '法治', '--definition', 'official', '--db', lead)).code
    ).toBe(0)
    r = await shuyu('team', 'sync', '--db', lead)
    expect(r.rows).toEqual([
      ['pushed', 'pulled', 'conflicts'],
      ['1', '0', '0']
    ])
    r = await shuyu('team', 'sync', '--db', trans)
    expect(r.rows[1]).toEqual(['0', '1', '0'])

    // A translator's suggestion waits for review; the lead sees it in the queue.
    expect(
      (await shuyu('term', 'add', 'rule of law', '--zh', '依法治国', '--status', 'admitted', '--db', trans)).code
    ).toBe(0)
    expect((await shuyu('team', 'sync', '--db', trans)).err).toContain('1 of your suggestions wait for review')
    r = await shuyu('team', 'suggestions', '--db', lead)
    expect(r.rows[0]).toEqual(['id', 'concept', 'author', 'change'])
    expect(r.rows).toHaveLength(2)
    const [id, concept, author, change] = r.rows[1]
    expect([concept, author]).toEqual(['rule of law', 'Zhang'])
    expect(change).toBe('+ term zh-CN "依法治国" (admitted)')
    expect((await shuyu('team', 'approve', id, '--db', lead)).code).toBe(0)
    expect((await shuyu('team', 'suggestions', '--db', lead)).rows).toHaveLength(1)
    await shuyu('team', 'sync', '--db', lead)
    expect((await shuyu('term', 'list', '--db', lead)).out).toContain('依法治国')

    // Both change the definition: the second to sync gets a conflict, listed as concept field local remote.
    expect((await shuyu('term', 'add', 'rule of law', '--definition', 'lead wording', '--db', lead)).code).toBe(0)
    await shuyu('team', 'sync', '--db', trans)
    expect((await shuyu('term', 'add', 'rule of law', '--definition', 'translator wording', '--db', trans)).code).toBe(
      0
    )
    await shuyu('team', 'sync', '--db', lead)
    await shuyu('team', 'sync', '--db', trans)
    const rejectId = (await shuyu('team', 'suggestions', '--db', lead)).rows[1][0]
    r = await shuyu('team', 'reject', rejectId, '--note', 'the lead wording is official', '--db', lead)
    expect(r.code).toBe(0)
    r = await shuyu('team', 'sync', '--db', trans)
    r = await shuyu('team', 'conflicts', '--db', trans)
    expect(r.rows[0]).toEqual(['concept', 'field', 'local', 'remote'])
    expect(r.rows.slice(1)).toEqual([
      [expect.stringMatching(/^\d+$/), 'definition', 'translator wording', 'lead wording']
    ])
    const json = JSON.parse((await shuyu('team', 'conflicts', '--format', 'json', '--db', trans)).out)
    expect(json[0]).toMatchObject({ reason: 'rejected', note: 'the lead wording is official', remoteAuthor: 'Chen' })
    r = await shuyu('team', 'resolve', r.rows[1][0], '--keep', 'theirs', '--db', trans)
    expect(r.code).toBe(0)
    expect((await shuyu('team', 'conflicts', '--db', trans)).rows).toHaveLength(1)
    r = await shuyu('team', 'status', '--db', trans)
    expect(r.rows[1].slice(0, 7)).toEqual(['synced', '', 'Zhang', 'translator', '0', '0', '0'])
  })

  it('refuses what it cannot do, exit code and reason', async () => {
    let r = await shuyu('team', 'approve', 'x', '--db', lead)
    expect(r.code).toBe(1)
    expect(r.err).toContain('needs a suggestion ID')
    r = await shuyu('team', 'approve', '999', '--db', trans)
    expect(r.code).toBe(1)
    expect(r.err).toContain('Zhang is a translator and cannot approve or reject suggestions')
    r = await shuyu('team', 'resolve', '1', '--db', trans)
    expect(r.err).toContain('--keep theirs, --keep mine')
  })
})
