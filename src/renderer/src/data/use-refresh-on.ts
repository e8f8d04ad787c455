import { useEffect, useRef } from 'react'

import type { ChangedArea } from '../../../shared/vocabulary'
import { useApi } from '../api-context'
import { refreshesOn } from './api-query'

/**
 * Calls `refresh` whenever the Node side says data of one of `areas` changed, or after an undo or redo (which
 * may touch any area). One subscription per component, kept while the list of areas stays the same.
 */
export function useRefreshOn(areas: readonly ChangedArea[] | undefined, refresh: () => void): void {
  const api = useApi()
  const latest = useRef(refresh)
  latest.current = refresh
  const key = (areas ?? []).join(',')
  useEffect(() => {
    if (!key) return
    const list = key.split(',') as ChangedArea[]
    return api.onEvent((event) => {
      if (refreshesOn(event, list)) latest.current()
    })
  }, [api, key])
}
