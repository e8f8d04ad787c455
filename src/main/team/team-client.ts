/**
 * The workspace's side of the wire (docs/team.md, "HTTP API"): one method per server operation, errors turned
 * into TeamErrors that say what happened (offline, token refused, wrong team, server at a newer schema).
 */
import {
  type ChangeRecord,
  type DecisionResponse,
  type ErrorBody,
  type PullResponse,
  type PushResponse,
  type SuggestionInfo,
  TEAM_PROTOCOL,
  type TeamInfo
} from '../../shared/team-protocol'
import { TeamError } from './team-errors'

export interface TeamClientOptions {
  /** Milliseconds before a request counts as failed (a push of a large batch may take a while). */
  timeoutMs?: number
  /** This workspace's id (team_link.client_id), sent so a pull leaves out what this workspace pushed. */
  clientId?: string
}

/** The server's base URL with one trailing slash; refuses what is not http(s). */
export function normalizeServerUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    throw new TeamError('bad-url', `"${url}" is not a team server URL (http://host:port/ or https://…)`, { url })
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TeamError('bad-url', `"${url}" is not a team server URL (http:// or https://)`, { url })
  }
  parsed.search = ''
  parsed.hash = ''
  return parsed.toString().replace(/\/*$/, '/')
}

export class TeamClient {
  readonly url: string

  constructor(
    url: string,
    private readonly token: string,
    private readonly opts: TeamClientOptions = {}
  ) {
    this.url = normalizeServerUrl(url)
  }

  /** Unauthenticated: which team the server belongs to (null when it does not say). */
  async health(): Promise<{ teamId: string | null }> {
    return this.call<{ teamId: string | null }>('GET', 'v1/health')
  }

  info(): Promise<TeamInfo> {
    return this.call<TeamInfo>('GET', 'v1/team')
  }

  /** Safe to send twice: the server keeps each change's answer under its id (receipts). */
  push(changes: ChangeRecord[]): Promise<PushResponse> {
    return this.call<PushResponse>('POST', 'v1/push', { changes }, true)
  }

  pull(after: number, limit: number): Promise<PullResponse> {
    return this.call<PullResponse>('GET', `v1/pull?after=${after}&limit=${limit}`)
  }

  async suggestions(status = 'pending'): Promise<SuggestionInfo[]> {
    return (await this.call<{ suggestions: SuggestionInfo[] }>('GET', `v1/suggestions?status=${status}`)).suggestions
  }

  decide(id: number, decision: 'approve' | 'reject', note = ''): Promise<DecisionResponse> {
    return this.call<DecisionResponse>('POST', `v1/suggestions/${id}/${decision}`, { note })
  }

  private async call<T>(method: string, path: string, body?: unknown, idempotent = method === 'GET'): Promise<T> {
    try {
      return await this.once<T>(method, path, body)
    } catch (error) {
      // A kept-alive connection the server closed just as the request went out fails before any answer; a
      // request that may be sent twice is sent once more on a fresh connection before calling it offline.
      if (!idempotent || !(error instanceof TeamError) || error.kind !== 'offline' || !error.params.retry) throw error
      await new Promise((resolve) => setTimeout(resolve, 200))
      return this.once<T>(method, path, body)
    }
  }

  private async once<T>(method: string, path: string, body?: unknown): Promise<T> {
    const target = new URL(path, this.url)
    let res: Response
    try {
      res = await fetch(target, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          'shuyu-protocol': String(TEAM_PROTOCOL),
          ...(this.opts.clientId ? { 'shuyu-client': this.opts.clientId } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' })
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 120_000)
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      const why = cause?.code ?? cause?.message ?? (error as Error).message
      const closed = why === 'UND_ERR_SOCKET' || why === 'ECONNRESET' || why === 'EPIPE'
      throw new TeamError('offline', `The team server at ${this.url} cannot be reached (${why})`, {
        url: this.url,
        reason: String(why),
        ...(closed ? { retry: 1 } : {})
      })
    }
    let text: string
    try {
      text = await res.text()
    } catch (error) {
      throw new TeamError(
        'offline',
        `The team server at ${this.url} dropped the connection (${(error as Error).message})`,
        {
          url: this.url,
          reason: (error as Error).message
        }
      )
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new TeamError(
        'server',
        `${this.url} did not answer as a Shuyu team server (HTTP ${res.status}: ${text.slice(0, 120)})`,
        { url: this.url, status: res.status }
      )
    }
    if (!res.ok) throw fromErrorBody(this.url, res.status, json as ErrorBody)
    return json as T
  }
}

function fromErrorBody(url: string, status: number, body: ErrorBody): TeamError {
  const code = body?.error?.code
  const message = body?.error?.message ?? `HTTP ${status}`
  const params = { url, reason: message }
  switch (code) {
    case 'unauthorized':
      return new TeamError(
        'unauthorized',
        `The team server at ${url} refused this workspace's token: ${message}`,
        params
      )
    case 'revoked':
      return new TeamError('revoked', `The team server at ${url} refused this workspace's token: ${message}`, params)
    case 'forbidden':
      return new TeamError('forbidden', message, params)
    case 'protocol':
      return new TeamError('protocol', message, params)
    case 'schema':
      return new TeamError('schema', message, params)
    default:
      return new TeamError('server', `The team server at ${url} failed: ${message}`, params)
  }
}
