import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

import type { AppContext } from './app-context'
import { dispatch } from './dispatch'
import type { Handlers } from './handlers'

export interface WebBridgeOptions {
  port?: number
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** Start the UI in this language (?lang= in the printed URL). */
  lang?: string
  token?: string
}

export interface RunningBridge {
  server: Server
  port: number
  token: string
  url: string
  close(): Promise<void>
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}
/** Largest request body: drag-and-drop imports send files as base64. */
const MAX_BODY = 400 * 1024 * 1024

/**
 * Browser mode: serves the built renderer and the same handlers as the desktop app over HTTP,
 * on 127.0.0.1 only. Every API call must carry the per-run random token (a header, so other local
 * pages cannot call it from a form or an image), and the Host header must be ours (DNS rebinding).
 */
export async function startWebBridge(
  app: AppContext,
  handlers: Handlers,
  options: WebBridgeOptions
): Promise<RunningBridge> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const rendererDir = resolve(options.rendererDir)
  let port = options.port ?? 0
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } })
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end('Misdirected request')
      return
    }
    const url = new URL(req.url ?? '/', `http://${host}`)
    if (url.pathname === '/api/events') return events(req, res, url)
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice('/api/'.length))
    return serveStatic(res, url.pathname)
  }

  function authorised(candidate: string | null | undefined): boolean {
    if (!candidate) return false
    const a = Buffer.from(candidate)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  async function api(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end()
      return
    }
    const header = req.headers['x-shuyu-token']
    if (!authorised(Array.isArray(header) ? header[0] : header)) {
      sendJson(res, 403, { ok: false, error: { code: 'invalid-argument', message: 'Missing or wrong token' } })
      return
    }
    let body: unknown
    try {
      body = JSON.parse((await readBody(req)) || '{}')
    } catch (error) {
      sendJson(res, 400, { ok: false, error: { code: 'invalid-argument', message: String(error) } })
      return
    }
    const arg = (body as { arg?: unknown } | null)?.arg
    const result = await dispatch(app, handlers, name, arg)
    sendJson(res, 200, result)
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!authorised(url.searchParams.get('token'))) {
      res.writeHead(403).end()
      return
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    })
    res.write(': connected\n\n')
    const unsubscribe = app.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`))
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 20_000)
    req.on('close', () => {
      clearInterval(keepAlive)
      unsubscribe()
    })
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
    let file = join(rendererDir, relative || 'index.html')
    if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
      res.writeHead(403).end()
      return
    }
    let info = await stat(file).catch(() => null)
    if (!info || info.isDirectory()) {
      // Unknown paths fall back to the app page (client-side navigation).
      file = join(rendererDir, 'index.html')
      info = await stat(file).catch(() => null)
      if (!info) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end('The UI is not built: run `npm run build` first.')
        return
      }
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache'
    })
    createReadStream(file).pipe(res)
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolveListen())
  })
  port = (server.address() as { port: number }).port
  const query = new URLSearchParams({ token })
  if (options.lang) query.set('lang', options.lang)
  const url = `http://127.0.0.1:${port}/?${query.toString()}`
  return {
    server,
    port,
    token,
    url,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store'
  })
  res.end(body)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error(`Request larger than ${MAX_BODY / 1024 / 1024} MB`))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
