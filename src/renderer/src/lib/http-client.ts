import type { ApiArg, ApiClient, ApiName, ApiResult, AppEvent } from '../../../shared/api'
import { ApiError, toErrorPayload } from './api-error'

export interface HttpClientOptions {
  token: string | null
  fetch: typeof fetch
  /** Opens the server-sent event stream; injectable for tests. */
  openEvents: (url: string) => Pick<EventSource, 'onmessage' | 'close'>
  /** Base URL of the bridge; '' means same origin. */
  base?: string
}

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
 * EventSource for pushed events, opened on the first subscriber and closed after the last.
 */
export function createHttpClient(options: HttpClientOptions): ApiClient {
  const base = options.base ?? ''
  const token = options.token ?? ''
  const listeners = new Set<(event: AppEvent) => void>()
  let source: Pick<EventSource, 'onmessage' | 'close'> | null = null

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

  function onEvent(listener: (event: AppEvent) => void): () => void {
    listeners.add(listener)
    if (!source) {
      source = options.openEvents(`${base}/api/events?token=${encodeURIComponent(token)}`)
      source.onmessage = (message: MessageEvent) => {
        const event = parseEvent(message.data)
        if (event) for (const each of [...listeners]) each(event)
      }
    }
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0 && source) {
        source.close()
        source = null
      }
    }
  }

  return { invoke, onEvent }
}
