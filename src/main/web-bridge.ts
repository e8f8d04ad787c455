import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { basename, extname, join, normalize, resolve, sep } from 'node:path'

import type { AppContext } from './app-context'
import { dispatch } from './dispatch'
import type { Handlers } from './handlers'
import { BodyError, readUploadBody } from './web-upload'

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
/** Largest request body read into memory (every call but an upload: ids, texts, alignments). */
const MAX_BODY = 32 * 1024 * 1024
/** An upload's files are streamed to disk (web-upload.ts): their decoded size, and everything else in it. */
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024
const MAX_UPLOAD_OTHER = 1024 * 1024
/** How long an event-stream ticket stays valid, unused. */
const TICKET_MS = 60_000

/**
 * Browser mode: serves the built renderer and the same handlers as the desktop app over HTTP,
 * on 127.0.0.1 only. Every API call must carry the per-run random token (a header, so other local
 * pages cannot call it from a form or an image), and the Host header must be ours (DNS rebinding).
 * The event stream (EventSource cannot send headers) takes a one-time ticket got with the token, so
 * the token itself never travels in a URL. Uploads stream to disk; other bodies are capped.
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
    let url: URL
    try {
      url = new URL(req.url ?? '/', `http://${host}`)
    } catch {
      res.writeHead(400).end('Bad request')
      return
    }
    if (url.pathname === '/api/events') return events(req, res, url)
    if (url.pathname === '/api/events/ticket') return ticket(req, res)
    if (url.pathname === '/api/download') return download(req, res)
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice('/api/'.length))
    return serveStatic(res, url.pathname)
  }

  const tickets = new Map<string, number>()

  /** A one-time ticket for the event stream, asked for with the token header like any call. */
  function ticket(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end()
      return
    }
    if (!hasToken(req)) {
      sendJson(res, 403, { ok: false, error: { code: 'invalid-argument', message: 'Missing or wrong token' } })
      return
    }
    const now = Date.now()
    for (const [t, expires] of tickets) if (expires < now) tickets.delete(t)
    const value = randomBytes(24).toString('base64url')
    tickets.set(value, now + TICKET_MS)
    sendJson(res, 200, { ok: true, result: { ticket: value } })
  }

  function hasToken(req: IncomingMessage): boolean {
    const header = req.headers['x-shuyu-token']
    return authorised(Array.isArray(header) ? header[0] : header)
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
    if (!hasToken(req)) {
      refuse(req, res, 403, 'Missing or wrong token')
      return
    }
    let body: unknown
    let spooled: string[] = []
    try {
      if (name === 'corpus/upload' || name === 'workspace/upload') {
        const read = await readUploadBody(req, app.spool, {
          maxFileBytes: MAX_UPLOAD_BYTES,
          maxOtherChars: MAX_UPLOAD_OTHER
        })
        body = read.envelope
        spooled = read.spooled
      } else {
        const declared = Number(req.headers['content-length'] ?? 0)
        if (declared > MAX_BODY) throw new BodyError(413, `Request larger than ${MAX_BODY / 1024 / 1024} MB`)
        body = JSON.parse((await readBody(req)) || '{}')
      }
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400
      refuse(req, res, status, error instanceof Error ? error.message : String(error))
      return
    }
    try {
      const arg = (body as { arg?: unknown } | null)?.arg
      const result = await dispatch(app, handlers, name, arg)
      sendJson(res, 200, result)
    } finally {
      // Uploads the call did not claim (it failed validation) are removed with their files.
      for (const id of spooled) app.spool.release(id)
    }
  }

  /**
   * A file the browser saves (an export written to a `workspace/saveTarget` path): only kept files are
   * served, never an arbitrary path, so the token alone does not turn the bridge into a file server.
   */
  async function download(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end()
      return
    }
    if (!hasToken(req)) {
      refuse(req, res, 403, 'Missing or wrong token')
      return
    }
    let path: unknown
    try {
      path = (JSON.parse((await readBody(req)) || '{}') as { path?: unknown }).path
    } catch {
      refuse(req, res, 400, 'Malformed request body')
      return
    }
    const info = typeof path === 'string' && app.spool.isKept(path) ? await stat(path).catch(() => null) : null
    if (typeof path !== 'string' || !info?.isFile()) {
      sendJson(res, 404, { ok: false, error: { code: 'not-found', message: 'No such download' } })
      return
    }
    const name = basename(path)
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': info.size,
      'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff'
    })
    createReadStream(path).pipe(res)
  }

  /** Answers an error before the body is read, then drops the connection: a large body is never taken in. */
  function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
    const body = JSON.stringify({ ok: false, error: { code: 'invalid-argument', message } })
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      Connection: 'close'
    })
    res.end(body, () => req.destroy())
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const given = url.searchParams.get('ticket') ?? ''
    const expires = tickets.get(given)
    tickets.delete(given)
    if (expires === undefined || expires < Date.now()) {
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
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      // A malformed %-escape is the client's mistake, not ours.
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: malformed URL')
      return
    }
    if (decoded.includes('\0')) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request')
      return
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '')
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
        reject(new BodyError(413, `Request larger than ${MAX_BODY / 1024 / 1024} MB`))
        req.pause()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
