import type { ApiArg, ApiClient, ApiName, ApiResult, AppEvent } from '../../../shared/api'
import type { ChangedArea } from '../../../shared/vocabulary'
import { type ApiError, toApiError } from '../lib/api-error'

/** What a screen renders from one query. */
export interface QueryState<T> {
  /** The answer for the current argument; undefined before it came (or, with `keepPrevious`, an earlier one's). */
  data: T | undefined
  /** Why the last fetch failed, as the app's ApiError (`describeError` says it in the UI language). */
  error: ApiError | null
  /** A fetch is waiting for its pause or its answer. */
  loading: boolean
}

export interface QueryRun {
  /** False: nothing is fetched and the state is empty (e.g. no text typed yet). */
  enabled: boolean
  /** Waits this long after the last new argument before asking (typing, holding a key down); 0 asks at once. */
  debounceMs: number
  /** Keeps showing the last answer while a new argument's answer is on its way, instead of nothing. */
  keepPrevious: boolean
}

export const idleState: QueryState<never> = { data: undefined, error: null, loading: false }

/**
 * Whether a pushed event means data of these areas may have changed: a `changed` event of one of them, or of
 * `history` (an undo or redo, which may touch any area).
 */
export function refreshesOn(event: AppEvent, areas: readonly ChangedArea[]): boolean {
  return event.type === 'changed' && areas.length > 0 && (event.area === 'history' || areas.includes(event.area))
}

/**
 * One API query kept up to date: the latest argument wins (an answer to an earlier argument or an earlier
 * refresh is dropped when it arrives late), an optional pause before asking, a refresh on demand. No React in
 * here, so the rules are unit-tested without a DOM; `useApiQuery` holds one per component.
 */
export class ApiQuery<K extends ApiName> {
  private state: QueryState<ApiResult<K>> = idleState
  private arg: { value: ApiArg<K> } | null = null
  private timer: ReturnType<typeof setTimeout> | undefined
  /** Bumped by every fetch and cancel: an answer counts only if nothing was asked or cancelled since. */
  private generation = 0

  constructor(
    private readonly client: ApiClient,
    private readonly name: K,
    private readonly listener: {
      publish: (state: QueryState<ApiResult<K>>) => void
      onError: (error: ApiError) => void
    }
  ) {}

  get current(): QueryState<ApiResult<K>> {
    return this.state
  }

  /** A new argument: asked for after the pause (at once without one), unless the query is disabled. */
  set(arg: ApiArg<K>, run: QueryRun): void {
    this.cancel()
    if (!run.enabled) {
      this.arg = null
      this.publish(idleState)
      return
    }
    this.arg = { value: arg }
    this.publish({ data: run.keepPrevious ? this.state.data : undefined, error: null, loading: true })
    if (run.debounceMs > 0) this.timer = setTimeout(() => this.fetch(), run.debounceMs)
    else this.fetch()
  }

  /** Asks again now for the current argument (after a change elsewhere); the answer on screen stays meanwhile. */
  refresh(): void {
    if (!this.arg) return
    this.cancel()
    this.publish({ ...this.state, loading: true })
    this.fetch()
  }

  /** Forgets a pending pause and any answer still on its way (the component unmounts, or the argument changed). */
  cancel(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.generation++
  }

  private fetch(): void {
    const arg = this.arg
    if (!arg) return
    this.timer = undefined
    const generation = ++this.generation
    this.client.invoke(this.name, arg.value).then(
      (data) => {
        if (generation === this.generation) this.publish({ data, error: null, loading: false })
      },
      (cause: unknown) => {
        if (generation !== this.generation) return
        const error = toApiError(cause)
        this.publish({ data: this.state.data, error, loading: false })
        this.listener.onError(error)
      }
    )
  }

  private publish(state: QueryState<ApiResult<K>>): void {
    this.state = state
    this.listener.publish(state)
  }
}
