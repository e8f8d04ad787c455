import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addMember, freshDatabase, noPostgres, type TestDatabase } from '../helpers/team'
import { hasChromium, shot, useServedApp } from './browser'

const TEAM_SERVER = join(__dirname, '..', '..', 'out', 'main', 'team-server.js')

// The Team screen through `shuyu serve`, against the built team server program and a real PostgreSQL.
describe.skipIf(!hasChromium || noPostgres())('the Team screen in the browser', () => {
  let db: TestDatabase
  let server: ChildProcess
  let url = ''
  const tokens: Record<string, string> = {}

  // Registered before useServedApp's own beforeAll, so the team exists when the workspace is prepared.
  beforeAll(async () => {
    db = await freshDatabase()
    tokens.lead = await addMember(db.url, 'Chen', 'terminologist')
    tokens.me = await addMember(db.url, 'Zhang', 'terminologist')
    server = spawn(process.execPath, [TEAM_SERVER, 'server', '--pg', db.url, '--port', '0', '--name', 'Policy desk'])
    url = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve))
  }, 60_000)

  const app = useServedApp(({ cli, dir }) => {
    const lead = join(dir, 'lead.sqlite')
    cli('team', 'join', url, '--token', tokens.me)
    cli('term', 'add', 'rule of law', '--zh', '法治', '--definition', 'first wording')
    cli('team', 'sync')
    cli('team', 'join', url, '--token', tokens.lead, '--db', lead)
    cli('team', 'sync', '--db', lead)
    cli('term', 'add', 'rule of law', '--definition', "the lead's wording", '--db', lead)
    cli('team', 'sync', '--db', lead)
    cli('term', 'add', 'rule of law', '--definition', 'my wording')
    cli('team', 'sync')
  })

  afterAll(async () => {
    server?.kill()
    await db?.drop()
  })

  it('shows the conflict, keeps my value, syncs it, and the team gets it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 860 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url)
    const line = page.getByTestId('team-status-line')
    await expect.poll(() => line.textContent()).toContain('1 conflict')
    await line.click()
    await page.getByTestId('team-screen').waitFor()
    const conflict = page.getByTestId('team-conflict')
    await expect.poll(() => conflict.count()).toBe(1)
    expect(await conflict.getByTestId('conflict-local').textContent()).toBe('my wording')
    expect(await conflict.getByTestId('conflict-remote').textContent()).toContain("the lead's wording")
    expect(await page.getByTestId('team-status').textContent()).toContain('Zhang (terminologist) in Policy desk')
    await shot(page, 'team-conflict-en')

    await conflict.getByTestId('keep-mine').click()
    await expect.poll(() => conflict.count()).toBe(0)
    await expect.poll(() => page.getByTestId('team-state').textContent()).toBe('1 change waiting')
    await page.getByTestId('team-sync').click()
    await expect.poll(() => page.getByTestId('team-state').textContent()).toBe('Synced')
    await page.getByTestId('suggestions-none').waitFor()

    const lead = join(app.dir, 'lead.sqlite')
    app.cli('team', 'sync', '--db', lead)
    expect(app.cli('term', 'list', '--db', lead)).toContain('my wording')
    expect(errors).toEqual([])
  })
})
