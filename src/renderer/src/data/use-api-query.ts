import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { ApiArg, ApiName, ApiResult } from '../../../shared/api'
import type { ChangedArea } from '../../../shared/vocabulary'
import { useApi } from '../api-context'
import { useFeedback } from '../components/feedback'
import type { ApiError } from '../lib/api-error'
import { ApiQuery, idleState, type QueryState } from './api-query'
import { useRefreshOn } from './use-refresh-on'

export interface ApiQueryOptions {
  /** Asks again when the Node side says one of these areas changed (and after every undo or redo). */
  refreshOn?: readonly ChangedArea[]
  /** Waits for a pause this long in argument changes (typing) before asking; 0 (the default) asks at once. */
  debounceMs?: number
  /** False: asks nothing and holds no data (e.g. until there is text to look up). True by default. */
  enabled?: boolean
  /** Keeps the last answer on screen while the next argument's answer is on its way. */
  keepPrevious?: boolean
  /** Where a failure goes: by default the error banner, in the UI language. */
  onError?: (error: ApiError) => void
}

export type ApiQueryResult<T> = QueryState<T> & {
  /** Asks again now, keeping the current answer on screen until the new one arrives. */
  refresh: () => void
}

/**
 * The answer to one read of the API contract, typed from it, for the argument of the last render: arguments
 * are compared by value (JSON), so an object literal built in render does not refetch; a late answer to an
 * earlier argument never overwrites a newer one.
 */
export function useApiQuery<K extends ApiName>(
  name: K,
  arg: ApiArg<K>,
  options: ApiQueryOptions = {}
): ApiQueryResult<ApiResult<K>> {
  const api = useApi()
  const { reportError } = useFeedback()
  const { enabled = true, debounceMs = 0, keepPrevious = false } = options
  const [state, setState] = useState<QueryState<ApiResult<K>>>(() =>
    enabled ? { ...idleState, loading: true } : idleState
  )
  // Read at call time, so a handler written inline in the render neither refetches nor goes stale.
  const onError = useRef(options.onError ?? reportError)
  onError.current = options.onError ?? reportError
  const query = useMemo(
    () => new ApiQuery(api, name, { publish: setState, onError: (error) => onError.current(error) }),
    [api, name]
  )
  const key = JSON.stringify(arg)
  const latestArg = useRef(arg)
  latestArg.current = arg

  useEffect(() => {
    query.set(latestArg.current, { enabled, debounceMs, keepPrevious })
    return () => query.cancel()
  }, [query, key, enabled, debounceMs, keepPrevious])

  const refresh = useCallback(() => query.refresh(), [query])
  useRefreshOn(options.refreshOn, refresh)
  return { ...state, refresh }
}
