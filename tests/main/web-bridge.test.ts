import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { createHandlers } from '../../src/main/handlers'
import { type RunningBridge, startWebBridge } from '../../src/main/web-bridge'
import { useTempHome } from '../helpers/temp-home'

let home: ReturnType<typeof useTempHome>
let app: AppContext
let bridge: RunningBridge

beforeAll(async () => {
  home = useTempHome()
  const rendererDir = join(home.dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Shuyu</title>')
  app = await AppContext.open({ db: join(home.dir, 'ws.sqlite'), seedsDir: seedsDir() })
  bridge = await startWebBridge(app, createHandlers(app), { rendererDir, lang: 'zh-CN' })
})
afterAll(async () => {
  await bridge.close()
  app.close()
  home.restore()
})

const call = (name: string, arg: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${bridge.port}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shuyu-Token': bridge.token, ...headers },
    body: JSON.stringify({ arg })
  })

describe('web bridge', () => {
  it('prints a loopback URL carrying the token and the start language', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}&lang=zh-CN$/)
  })

  it('answers API calls that carry the token', async () => {
    const res = await call('workspace/info', {})
    const body = (await res.json()) as { ok: boolean; result: { documents: number } }
    expect(body.ok).toBe(true)
    expect(body.result.documents).toBe(0)
  })

  it('refuses calls without the token or with a wrong one', async () => {
    expect((await call('corpus/list', {}, { 'X-Shuyu-Token': 'nope' })).status).toBe(403)
    const bare = await fetch(`http://127.0.0.1:${bridge.port}/api/corpus/list`, { method: 'POST', body: '{}' })
    expect(bare.status).toBe(403)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: bridge.port, path: '/', headers: { Host: 'evil.example:80' } },
        (res) => resolve(res.statusCode ?? 0)
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(421)
  })

  it('validates arguments at the boundary', async () => {
    const body = (await (await call('corpus/get', { id: 'x' })).json()) as { ok: boolean; error: { code: string } }
    expect(body.ok).toBe(false)
    expect(body.error.code).toBe('invalid-argument')
    const unknown = (await (await call('nope/nothing', {})).json()) as { ok: boolean; error: { message: string } }
    expect(unknown.error.message).toContain('Unknown operation')
  })

  it('imports file contents and lists them', async () => {
    const text = 'High-quality development is the top task. New quality productive forces matter.'
    const res = await call('corpus/upload', {
      files: [{ name: 'a.txt', base64: Buffer.from(text).toString('base64') }]
    })
    const body = (await res.json()) as { ok: boolean; result: { imported: number } }
    expect(body.result.imported).toBe(1)
    const list = (await (await call('corpus/list', {})).json()) as { result: { title: string }[] }
    expect(list.result).toHaveLength(1)
  })

  it('serves the UI page and never files outside the renderer folder', async () => {
    const page = await fetch(`http://127.0.0.1:${bridge.port}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    const escape = await fetch(`http://127.0.0.1:${bridge.port}/..%2f..%2fpackage.json`)
    expect(await escape.text()).not.toContain('"name"')
  })
})
