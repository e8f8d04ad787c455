import { describe, expect, it, vi } from 'vitest'

import { ApiError, describeError, toApiError } from '../../../src/renderer/src/lib/api-error'
import { createHttpClient } from '../../../src/renderer/src/lib/http-client'
import { takeSessionToken } from '../../../src/renderer/src/lib/session-token'
import type { AppEvent } from '../../../src/shared/api'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

class FakeEventSource {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  closed = false
  constructor(readonly url: string) {}
  close() {
    this.closed = true
  }
  emit(data: string) {
    this.onmessage?.(new MessageEvent('message', { data }))
  }
}

function client(fetchImpl: typeof fetch, sources: FakeEventSource[] = []) {
  return createHttpClient({
    token: 'secret/+token',
    fetch: fetchImpl,
    openEvents: (url) => {
      const source = new FakeEventSource(url)
      sources.push(source)
      return source as unknown as EventSource
    }
  })
}

describe('HTTP bridge client', () => {
  it('posts the argument in an envelope with the token header to /api/<area>/<verb>', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, result: [{ id: 1 }] }))
    const result = await client(fetchMock as unknown as typeof fetch).invoke('corpus/get', { id: 7 })
    expect(result).toEqual([{ id: 1 }])
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/corpus/get')
    expect(init.method).toBe('POST')
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Shuyu-Token': 'secret/+token' })
    expect(JSON.parse(String(init.body))).toEqual({ arg: { id: 7 } })
  })

  it('throws an ApiError carrying the server payload, file and line included', async () => {
    const error = { code: 'bad-input', message: 'Not UTF-8 or GB18030', file: 'a.txt', line: 3 }
    const api = client((async () => jsonResponse({ ok: false, error }, 400)) as unknown as typeof fetch)
    const thrown = await api.invoke('corpus/list', {}).catch((e: unknown) => e)
    expect(thrown).toBeInstanceOf(ApiError)
    expect((thrown as ApiError).payload).toEqual(error)
    expect(describeError(thrown)).toBe('a.txt:3: Not UTF-8 or GB18030')
  })

  it('turns a non-JSON reply and a network failure into internal ApiErrors', async () => {
    const html = client((async () => new Response('<h1>502</h1>', { status: 502 })) as unknown as typeof fetch)
    const e1 = await html.invoke('corpus/list', {}).catch((e: unknown) => e)
    expect(e1).toBeInstanceOf(ApiError)
    expect((e1 as ApiError).code).toBe('internal')
    expect((e1 as ApiError).message).toContain('502')

    const down = client((async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch)
    const e2 = await down.invoke('corpus/list', {}).catch((e: unknown) => e)
    expect((e2 as ApiError).code).toBe('internal')
  })

  it('opens one EventSource with a one-time ticket (never the token in the URL), shared, closed after the last listener', async () => {
    const sources: FakeEventSource[] = []
    let tickets = 0
    const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
      expect(url).toBe('/api/events/ticket')
      expect((init.headers as Record<string, string>)['X-Shuyu-Token']).toBe('secret/+token')
      return jsonResponse({ ok: true, result: { ticket: `t${++tickets}` } })
    })
    const api = client(fetchMock as unknown as typeof fetch, sources)
    const a: AppEvent[] = []
    const b: AppEvent[] = []
    const offA = api.onEvent((event) => a.push(event))
    const offB = api.onEvent((event) => b.push(event))
    await vi.waitFor(() => expect(sources).toHaveLength(1))
    expect(sources[0].url).toBe('/api/events?ticket=t1')
    expect(sources[0].url).not.toContain('token')

    sources[0].emit(JSON.stringify({ type: 'progress', jobId: 'j1', done: 1, total: 4 }))
    sources[0].emit('not json')
    expect(a).toEqual([{ type: 'progress', jobId: 'j1', done: 1, total: 4 }])
    expect(b).toEqual(a)

    offA()
    expect(sources[0].closed).toBe(false)
    offB()
    expect(sources[0].closed).toBe(true)
    api.onEvent(() => undefined)
    await vi.waitFor(() => expect(sources).toHaveLength(2))
    expect(sources[1].url).toBe('/api/events?ticket=t2')
  })

  it('reopens a dropped stream with a fresh ticket', async () => {
    vi.useFakeTimers()
    try {
      const sources: FakeEventSource[] = []
      let tickets = 0
      const fetchMock = vi.fn(async () => jsonResponse({ ok: true, result: { ticket: `t${++tickets}` } }))
      const api = client(fetchMock as unknown as typeof fetch, sources)
      api.onEvent(() => undefined)
      await vi.waitFor(() => expect(sources).toHaveLength(1))
      sources[0].onerror?.(new Event('error'))
      expect(sources[0].closed).toBe(true)
      await vi.advanceTimersByTimeAsync(1500)
      await vi.waitFor(() => expect(sources).toHaveLength(2))
      expect(sources[1].url).toBe('/api/events?ticket=t2')
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('session token', () => {
  function env(href: string, stored: string | null = null) {
    const storage = new Map<string, string>(stored ? [['shuyu.token', stored]] : [])
    const replaced: string[] = []
    return {
      replaced,
      storage,
      env: {
        location: { href },
        storage: {
          getItem: (key: string) => storage.get(key) ?? null,
          setItem: (key: string, value: string) => void storage.set(key, value)
        },
        history: {
          state: null,
          replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url))
        }
      }
    }
  }

  it('takes the token from the URL, stores it and strips only it from the address bar', () => {
    const fake = env('http://127.0.0.1:5123/index.html?token=abc123&lang=zh-CN#reader')
    expect(takeSessionToken(fake.env)).toBe('abc123')
    expect(fake.storage.get('shuyu.token')).toBe('abc123')
    expect(fake.replaced).toEqual(['/index.html?lang=zh-CN#reader'])
  })

  it('falls back to the stored token after a reload, leaving the URL alone', () => {
    const fake = env('http://127.0.0.1:5123/?lang=en', 'kept')
    expect(takeSessionToken(fake.env)).toBe('kept')
    expect(fake.replaced).toEqual([])
  })
})

describe('error normalisation', () => {
  it('keeps payloads from preload rejections and wraps unknown values as internal', () => {
    const fromIpc = toApiError({ code: 'not-found', message: 'No document 9' })
    expect(fromIpc.payload).toEqual({ code: 'not-found', message: 'No document 9' })
    expect(toApiError({ code: 'weird', message: 'x' }).code).toBe('internal')
    expect(toApiError(new Error('boom')).message).toBe('boom')
    expect(toApiError('plain').payload).toEqual({ code: 'internal', message: 'plain' })
  })
})
