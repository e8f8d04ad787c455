import { useCallback, useEffect, useRef, useState } from 'react'

import type { CandidateEquivalents } from '../../../../shared/models'
import { useApi } from '../../api-context'

export interface EquivalentsColumn {
  /** The column is on: rows coming into view ask for their equivalents. */
  enabled: boolean
  byId: ReadonlyMap<number, CandidateEquivalents>
  /** Asks for the equivalents of rows not asked yet, in one call (the memory side trains once per call). */
  request: (ids: number[]) => void
  /** One candidate's equivalents, from the column when it has them, else asked now (Shift+A). */
  fetchOne: (id: number) => Promise<CandidateEquivalents | undefined>
}

/**
 * The Chinese column of the English candidates, filled on demand: only for the rows in view, and only
 * while the column is on. `resetKey` changes when the list does (language, filters).
 */
export function useCandidateEquivalents(enabled: boolean, resetKey: string): EquivalentsColumn {
  const api = useApi()
  const [byId, setById] = useState<ReadonlyMap<number, CandidateEquivalents>>(new Map())
  const asked = useRef(new Set<number>())
  useEffect(() => {
    asked.current = new Set()
    setById(new Map())
  }, [resetKey, enabled])

  const request = useCallback(
    (ids: number[]) => {
      if (!enabled) return
      const fresh = ids.filter((id) => !asked.current.has(id))
      if (fresh.length === 0) return
      for (const id of fresh) asked.current.add(id)
      api.invoke('mining/equivalents', { ids: fresh }).then(
        (rows) =>
          setById((old) => {
            const next = new Map(old)
            for (const r of rows) next.set(r.id, r)
            return next
          }),
        // Asked again when the rows next come into view.
        () => fresh.forEach((id) => asked.current.delete(id))
      )
    },
    [api, enabled]
  )

  const fetchOne = useCallback(
    async (id: number) => byId.get(id) ?? (await api.invoke('mining/equivalents', { ids: [id] }))[0],
    [api, byId]
  )
  return { enabled, byId, request, fetchOne }
}
