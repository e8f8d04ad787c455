import type { ApiArg, ApiClient, ApiName, ApiResult, AppEvent } from '../../../shared/api'
import { ApiError, toErrorPayload } from './api-error'

export interface HttpClientOptions {
  token: string | null
  fetch: typeof fetch
  /** Opens the server-sent event stream; injectable for tests. */
  openEvents: (url: string) => EventStream
  /** Base URL of the bridge; '' means same origin. */
  base?: string
}

/** What the client uses of an EventSource. */
export type EventStream = Pick<EventSource, 'onmessage' | 'close'> & { onerror?: EventSource['onerror'] }

/** After the stream drops, how long before it is opened again with a fresh ticket. */
const REOPEN_MS = 1000

function parseEvent(data: unknown): AppEvent | null {
  if (typeof data !== 'string') return null
  try {
    const value: unknown = JSON.parse(data)
    if (typeof value === 'object' && value !== null && 'type' in value) return value as AppEvent
  } catch {
    // A malformed message (a keep-alive comment, a half-written line) is not worth a crash.
  }
  return null
}

/**
 * The browser-mode transport: POST /api/<area>/<verb> with a JSON envelope, and one shared
 * EventSource for pushed events, opened on the first subscriber and closed after the last. An
 * EventSource cannot send the token header, and a token in a URL leaks (history, logs): the stream
 * opens with a one-time ticket fetched with the token, and a fresh one whenever it must reopen.
 */
export function createHttpClient(options: HttpClientOptions): ApiClient {
  const base = options.base ?? ''
  const token = options.token ?? ''
  const listeners = new Set<(event: AppEvent) => void>()
  let source: EventStream | null = null
  /** Bumped whenever the stream is closed or reopened: a ticket that arrives for an older one is dropped. */
  let generation = 0

  async function invoke<K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>> {
    let response: Response
    try {
      response = await options.fetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shuyu-Token': token },
        body: JSON.stringify({ arg })
      })
    } catch (cause) {
      throw new ApiError({ code: 'internal', message: `Cannot reach the Shuyu server (${String(cause)})` })
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      throw new ApiError({ code: 'internal', message: `Unexpected reply from the server (HTTP ${response.status})` })
    }
    if (typeof body === 'object' && body !== null && 'ok' in body) {
      const envelope = body as { ok: boolean; result?: unknown; error?: unknown }
      if (envelope.ok) return envelope.result as ApiResult<K>
      throw new ApiError(toErrorPayload(envelope.error))
    }
    throw new ApiError({ code: 'internal', message: `Unexpected reply from the server (HTTP ${response.status})` })
  }

  async function openStream(): Promise<void> {
    const mine = ++generation
    let ticket: string
    try {
      const response = await options.fetch(`${base}/api/events/ticket`, {
        method: 'POST',
        headers: { 'X-Shuyu-Token': token }
      })
      ticket = ((await response.json()) as { result: { ticket: string } }).result.ticket
    } catch {
      if (mine === generation && listeners.size > 0) setTimeout(() => void reopen(mine), REOPEN_MS)
      return
    }
    if (mine !== generation || listeners.size === 0) return
    const stream = options.openEvents(`${base}/api/events?ticket=${encodeURIComponent(ticket)}`)
    source = stream
    stream.onmessage = (message: MessageEvent) => {
      const event = parseEvent(message.data)
      if (event) for (const each of [...listeners]) each(event)
    }
    // A dropped stream (server restarted, laptop slept) cannot reconnect with a used ticket: reopen.
    stream.onerror = () => {
      if (source !== stream) return
      stream.close()
      source = null
      setTimeout(() => void reopen(mine), REOPEN_MS)
    }
  }

  async function reopen(after: number): Promise<void> {
    if (after === generation && listeners.size > 0 && !source) await openStream()
  }

  function onEvent(listener: (event: AppEvent) => void): () => void {
    listeners.add(listener)
    if (listeners.size === 1 && !source) void openStream()
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0) {
        generation++
        source?.close()
        source = null
      }
    }
  }

  async function fetchFile(path: string): Promise<Blob> {
    let response: Response
    try {
      response = await options.fetch(`${base}/api/download`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shuyu-Token': token },
        body: JSON.stringify({ path })
      })
    } catch (cause) {
      throw new ApiError({ code: 'internal', message: `Cannot reach the Shuyu server (${String(cause)})` })
    }
    if (!response.ok) {
      throw new ApiError({ code: 'not-found', message: `The file could not be downloaded (HTTP ${response.status})` })
    }
    return response.blob()
  }

  return { shell: 'browser', invoke, onEvent, fetchFile }
}
