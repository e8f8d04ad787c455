/**
 * The team server's HTTP surface (docs/team.md, "HTTP API"): JSON in and out, every path under /v1, a bearer
 * token on every call but the health check. Stateless: a request needs nothing from an earlier one on the
 * same instance, so a load balancer may send each call anywhere.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { TEAM_PROTOCOL, type TeamInfo } from '../shared/team-protocol'
import { authenticate, type Caller, VerifiedTokens } from './auth'
import type { Pool } from './db'
import { HttpError, RawJson } from './errors'
import { SchemaTooNewError } from './migrate'
import { committedSeq, pull } from './pull'
import { clientId, push } from './push'
import { decide, listSuggestions } from './suggestions'

export const MAX_BODY_BYTES = 64 * 1024 * 1024

export interface RouteContext {
  pool: Pool
  verified: VerifiedTokens
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new HttpError('too-large', `A request body is at most ${MAX_BODY_BYTES} bytes`)
    chunks.push(chunk as Buffer)
  }
  if (size === 0) return {}
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HttpError('bad-request', 'The request body is not JSON')
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = body instanceof RawJson ? body.text : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store'
  })
  res.end(text)
}

async function teamInfo(pool: Pool, caller: Caller): Promise<TeamInfo> {
  const team = (await pool.query('SELECT team_id, name, moderated FROM team')).rows[0]
  return {
    protocol: TEAM_PROTOCOL,
    teamId: team.team_id,
    name: team.name,
    moderated: team.moderated,
    user: caller.name,
    role: caller.role,
    seq: await committedSeq(pool)
  }
}

/** Errors of the database connection (not of a query) mean "unavailable", not "internal". */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code
  return (
    typeof code === 'string' &&
    (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE'].includes(code) || /^(08|57P)/.test(code))
  )
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error
  if (error instanceof SchemaTooNewError) return new HttpError('schema', error.message)
  if (isConnectionError(error) || /timeout exceeded when trying to connect/i.test(String((error as Error)?.message))) {
    return new HttpError('unavailable', `The team database is unavailable: ${(error as Error).message}`)
  }
  return new HttpError('internal', `Internal error: ${(error as Error)?.message ?? String(error)}`)
}

export function createRequestHandler(ctx: RouteContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(ctx, req, res).catch((error: unknown) => {
      const http = toHttpError(error)
      if (http.code === 'internal') console.error(`shuyu team server: ${(error as Error)?.stack ?? String(error)}`)
      if (!res.headersSent) send(res, http.status, http.body())
      else res.destroy()
    })
  }
}

async function route(ctx: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://team.invalid')
  const path = url.pathname.replace(/\/+$/, '') || '/'
  const method = req.method ?? 'GET'
  if (path === '/v1/health' && method === 'GET') {
    // For load balancers, and for workspaces to tell "another team's server" from "a wrong token".
    const team = (await ctx.pool.query('SELECT team_id FROM team')).rows[0]
    return send(res, 200, { ok: true, protocol: TEAM_PROTOCOL, teamId: team?.team_id ?? null })
  }
  if (!path.startsWith('/v1/')) throw new HttpError('not-found', `No such path: ${path} (the API is under /v1/)`)
  const protocol = req.headers['shuyu-protocol']
  if (protocol !== undefined && protocol !== String(TEAM_PROTOCOL)) {
    throw new HttpError(
      'protocol',
      `This team server speaks sync protocol ${TEAM_PROTOCOL}, the workspace ${String(protocol)}: update Shuyu on the older side`
    )
  }
  const caller = await authenticate(ctx.pool, req.headers.authorization, ctx.verified)
  const suggestion = /^\/v1\/suggestions\/(\d{1,15})\/(approve|reject)$/.exec(path)
  if (path === '/v1/team' && method === 'GET') return send(res, 200, await teamInfo(ctx.pool, caller))
  const client = clientId(req.headers['shuyu-client'])
  if (path === '/v1/push' && method === 'POST') {
    return send(res, 200, await push(ctx.pool, caller, await readJson(req), client))
  }
  if (path === '/v1/pull' && method === 'GET') {
    const params = url.searchParams
    return send(res, 200, await pull(ctx.pool, caller, params.get('after'), params.get('limit'), client))
  }
  if (path === '/v1/suggestions' && method === 'GET') {
    return send(res, 200, { suggestions: await listSuggestions(ctx.pool, caller, url.searchParams.get('status')) })
  }
  if (suggestion && method === 'POST') {
    const body = (await readJson(req)) as { note?: unknown }
    const note = typeof body?.note === 'string' ? body.note : ''
    const decision = suggestion[2] === 'approve' ? 'approved' : 'rejected'
    return send(res, 200, await decide(ctx.pool, caller, Number(suggestion[1]), decision, note))
  }
  throw new HttpError('not-found', `No such operation: ${method} ${path}`)
}

export { VerifiedTokens }
