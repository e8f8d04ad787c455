import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ApiQuery, type QueryState, refreshesOn } from '../../../src/renderer/src/data/api-query'
import { ApiError } from '../../../src/renderer/src/lib/api-error'
import type { ApiClient, ApiName, AppEvent } from '../../../src/shared/api'

/** A fake client whose calls stay pending until the test answers them, in any order. */
function fakeClient() {
  const calls: { name: ApiName; arg: unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void }[] =
    []
  const client: ApiClient = {
    invoke: ((name: ApiName, arg: unknown) =>
      new Promise<unknown>((resolve, reject) => calls.push({ name, arg, resolve, reject }))) as ApiClient['invoke'],
    onEvent: () => () => undefined
  }
  return { client, calls }
}

function watch(client: ApiClient) {
  const states: QueryState<unknown>[] = []
  const errors: ApiError[] = []
  const query = new ApiQuery(client, 'mining/contexts', {
    publish: (state) => states.push(state),
    onError: (error) => errors.push(error)
  })
  return { query, states, errors, last: () => states[states.length - 1] }
}

const run = { enabled: true, debounceMs: 0, keepPrevious: false }
/** Lets settled promises run their handlers (timers are fake here, microtasks are not). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

describe('ApiQuery (the data layer under useApiQuery)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks for the argument and publishes loading, then the answer', async () => {
    const { client, calls } = fakeClient()
    const { query, last } = watch(client)
    query.set({ id: 1, limit: 30 }, run)
    expect(calls.map((c) => [c.name, c.arg])).toEqual([['mining/contexts', { id: 1, limit: 30 }]])
    expect(last()).toEqual({ data: undefined, error: null, loading: true })
    calls[0].resolve(['line'])
    await settle()
    expect(last()).toEqual({ data: ['line'], error: null, loading: false })
  })

  it('drops a late answer to an earlier argument: the later argument wins', async () => {
    const { client, calls } = fakeClient()
    const { query, last } = watch(client)
    query.set({ id: 1 }, run)
    query.set({ id: 2 }, run)
    calls[1].resolve(['second'])
    await settle()
    calls[0].resolve(['first'])
    await settle()
    expect(last()).toEqual({ data: ['second'], error: null, loading: false })
  })

  it('waits for a pause before asking, and asks once for the last of several quick arguments', async () => {
    const { client, calls } = fakeClient()
    const { query } = watch(client)
    query.set({ id: 1 }, { ...run, debounceMs: 90 })
    vi.advanceTimersByTime(50)
    query.set({ id: 2 }, { ...run, debounceMs: 90 })
    vi.advanceTimersByTime(89)
    expect(calls).toHaveLength(0)
    vi.advanceTimersByTime(1)
    expect(calls.map((c) => c.arg)).toEqual([{ id: 2 }])
  })

  it('clears the answer for a new argument, unless asked to keep it until the next one arrives', async () => {
    const { client, calls } = fakeClient()
    const { query, last } = watch(client)
    query.set({ id: 1 }, run)
    calls[0].resolve(['one'])
    await settle()
    query.set({ id: 2 }, run)
    expect(last()).toEqual({ data: undefined, error: null, loading: true })
    calls[1].resolve(['two'])
    await settle()
    query.set({ id: 3 }, { ...run, keepPrevious: true })
    expect(last()).toEqual({ data: ['two'], error: null, loading: true })
  })

  it('refreshes in place: the answer stays while the new one is on its way', async () => {
    const { client, calls } = fakeClient()
    const { query, last } = watch(client)
    query.set({ id: 1 }, run)
    calls[0].resolve(['old'])
    await settle()
    query.refresh()
    expect(last()).toEqual({ data: ['old'], error: null, loading: true })
    expect(calls.map((c) => c.arg)).toEqual([{ id: 1 }, { id: 1 }])
    calls[1].resolve(['new'])
    await settle()
    expect(last()?.data).toEqual(['new'])
  })

  it('asks nothing while disabled, and a refresh then asks nothing either', () => {
    const { client, calls } = fakeClient()
    const { query, last } = watch(client)
    query.set({ id: 1 }, { ...run, enabled: false })
    query.refresh()
    expect(calls).toHaveLength(0)
    expect(last()).toEqual({ data: undefined, error: null, loading: false })
  })

  it('reports a failure once, as an ApiError, keeping the last answer', async () => {
    const { client, calls } = fakeClient()
    const { query, last, errors } = watch(client)
    query.set({ id: 1 }, run)
    calls[0].resolve(['kept'])
    await settle()
    query.refresh()
    calls[1].reject({ payload: { code: 'not-found', message: 'No candidate 1' } })
    await settle()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(ApiError)
    expect(errors[0].code).toBe('not-found')
    expect(last()).toEqual({ data: ['kept'], error: errors[0], loading: false })
  })

  it('forgets a pending pause and a late answer once cancelled (the component went away)', async () => {
    const { client, calls } = fakeClient()
    const { query, states, errors } = watch(client)
    query.set({ id: 1 }, run)
    query.cancel()
    calls[0].reject(new Error('late'))
    await settle()
    query.set({ id: 2 }, { ...run, debounceMs: 100 })
    query.cancel()
    vi.advanceTimersByTime(200)
    expect(calls).toHaveLength(1)
    expect(errors).toEqual([])
    expect(states.every((state) => state.data === undefined)).toBe(true)
  })
})

describe('refreshesOn (which change events refresh a query)', () => {
  const changed = (area: string) => ({ type: 'changed', area }) as AppEvent
  it('refreshes on its own areas and on every undo or redo, not on other areas or progress', () => {
    expect(refreshesOn(changed('memory'), ['memory'])).toBe(true)
    expect(refreshesOn(changed('history'), ['corpus'])).toBe(true)
    expect(refreshesOn(changed('termbase'), ['memory', 'corpus'])).toBe(false)
    expect(refreshesOn({ type: 'progress', jobId: 'x', done: 1, total: 2 }, ['memory'])).toBe(false)
    expect(refreshesOn(changed('history'), [])).toBe(false)
  })
})
