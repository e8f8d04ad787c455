import { readdirSync } from 'node:fs'
import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AppContext } from '../../../src/main/app-context'
import { seedsDir } from '../../../src/main/app-paths'
import { createHandlers } from '../../../src/main/handlers'
import { type RunningBridge, startWebBridge } from '../../../src/main/web-bridge'
import { useTempHome } from '../../helpers/temp-home'
import { bounded, LIMITS } from './bounded'

// Issue #16 item 7: a 315 MB authorised body peaked `shuyu serve` at 1.73 GB; a malformed % path gave
// 500 URIError; the event stream took the token in its URL.
let home: ReturnType<typeof useTempHome>
let app: AppContext
let bridge: RunningBridge

beforeAll(async () => {
  home = useTempHome()
  const rendererDir = join(home.dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Shuyu</title>')
  app = await AppContext.open({ db: join(home.dir, 'ws.sqlite'), seedsDir: seedsDir(), interactive: true })
  bridge = await startWebBridge(app, createHandlers(app), { rendererDir })
})
afterAll(async () => {
  await bridge.close()
  app.close()
  home.restore()
})

const MB = 1024 * 1024

/**
 * POSTs `total` bytes: `head`, then filler generated a megabyte at a time (never held whole, on this
 * side either), then `tail`. Resolves with the status and body; a server that answers early and drops
 * the connection is an answer too.
 */
function post(
  path: string,
  head: string,
  filler: (n: number) => Buffer,
  total: number,
  tail: string
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let answered: { status: number; body: string } | null = null
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: 'POST',
        headers: { 'X-Shuyu-Token': bridge.token, 'Content-Type': 'application/json', 'Content-Length': total }
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => {
          answered = { status: res.statusCode ?? 0, body }
          resolve(answered)
        })
      }
    )
    req.on('error', (error) => (answered ? resolve(answered) : reject(error)))
    let sent = 0
    const write = () => {
      if (sent === 0) {
        req.write(head)
        sent += Buffer.byteLength(head)
      }
      while (sent < total - Buffer.byteLength(tail)) {
        const n = Math.min(MB, total - Buffer.byteLength(tail) - sent)
        sent += n
        if (!req.write(filler(n))) return void req.once('drain', write)
      }
      req.end(tail)
    }
    write()
  })
}

const BASE64_MB = Buffer.alloc(MB, 'QUJD') // "ABC" in base64, repeated: decodes to text
const spooled = () => readdirSync(tmpdir()).filter((name) => name.startsWith('shuyu-upload-'))

describe('web bridge, hostile requests', () => {
  it('a 300 MB upload streams to disk: bounded memory, the file refused by its size, nothing left behind', async () => {
    const before = spooled().length
    const head = '{"arg":{"files":[{"name":"huge.txt","base64":"'
    const tail = '"}]}}'
    const { value, ms, extraMb } = await bounded(() =>
      post('/api/corpus/upload', head, (n) => BASE64_MB.subarray(0, n), 300 * MB, tail)
    )
    expect(value.status).toBe(200)
    const reply = JSON.parse(value.body) as { ok: boolean; result: { files: { status: string; errorKey?: string }[] } }
    expect(reply.result.files).toEqual([expect.objectContaining({ status: 'failed', errorKey: 'corpus.tooLarge' })])
    expect(extraMb).toBeLessThan(LIMITS.extraMb)
    expect(ms).toBeLessThan(LIMITS.ms)
    expect(spooled().length).toBe(before)
  }, 60_000)

  it('a 300 MB body to any other call is refused (413) at once, without being read', async () => {
    const { value, ms, extraMb } = await bounded(() =>
      post('/api/termbase/search', '{"arg":{"text":"', () => Buffer.alloc(MB, 'a'), 300 * MB, '"}}')
    )
    expect(value.status).toBe(413)
    expect(ms).toBeLessThan(LIMITS.ms)
    expect(extraMb).toBeLessThan(LIMITS.extraMb)
  }, 60_000)

  it('a malformed upload body is a 400 and leaves no spooled file', async () => {
    const before = spooled().length
    const head = '{"arg":{"files":[{"name":"a.txt","base64":"QUJD'
    const res = await post('/api/corpus/upload', head, () => Buffer.from('!'), Buffer.byteLength(head) + 3, '"}]')
    expect(res.status).toBe(400)
    expect(spooled().length).toBe(before)
  })

  it('a small upload through the stream lands as the same document as inline base64', async () => {
    const text = 'Common prosperity for all. 全体人民共同富裕。'
    const body = JSON.stringify({ arg: { files: [{ name: 'cp.txt', base64: Buffer.from(text).toString('base64') }] } })
    const res = await post('/api/corpus/upload', body, () => Buffer.alloc(0), Buffer.byteLength(body), '')
    const reply = JSON.parse(res.body) as {
      ok: boolean
      result: { files: { file: string; status: string; documentId: number }[] }
    }
    expect(reply.result.files[0]).toMatchObject({ file: 'cp.txt', status: 'imported' })
    const doc = app.workspace.db
      .prepare('SELECT text, source_path FROM documents WHERE id = ?')
      .get(reply.result.files[0].documentId)
    expect(doc).toEqual({ text, source_path: 'cp.txt' })
  })

  it('a malformed %-escape in a path is a 400, not a 500', async () => {
    for (const path of ['/%E0%A4%A', '/%zz', '/%', '/assets/%C0%AF.js', '/%00']) {
      const res = await fetch(`http://127.0.0.1:${bridge.port}${path}`)
      expect(res.status, path).toBe(400)
    }
    expect((await fetch(`http://127.0.0.1:${bridge.port}/%E6%9C%AF`)).status).toBe(200) // a real escape: the app
  })

  it('the event stream never takes the token in its URL: a one-time ticket, got with the token header', async () => {
    const base = `http://127.0.0.1:${bridge.port}`
    expect((await fetch(`${base}/api/events?token=${bridge.token}`)).status).toBe(403)
    expect((await fetch(`${base}/api/events/ticket`, { method: 'POST' })).status).toBe(403)
    const ticket = (
      (await (
        await fetch(`${base}/api/events/ticket`, { method: 'POST', headers: { 'X-Shuyu-Token': bridge.token } })
      ).json()) as { result: { ticket: string } }
    ).result.ticket
    expect(ticket).not.toContain(bridge.token)
    const controller = new AbortController()
    const stream = await fetch(`${base}/api/events?ticket=${ticket}`, { signal: controller.signal })
    expect(stream.status).toBe(200)
    expect(stream.headers.get('content-type')).toContain('text/event-stream')
    controller.abort()
    expect((await fetch(`${base}/api/events?ticket=${ticket}`)).status).toBe(403) // used once
  })
})
