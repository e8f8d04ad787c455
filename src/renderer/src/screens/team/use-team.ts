import { useCallback, useEffect, useRef, useState } from 'react'

import type { TeamConflict, TeamStatus, TeamSuggestion, TeamSyncReport } from '../../../../shared/team-models'
import { REVIEWING_ROLES } from '../../../../shared/team-protocol'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'

export interface TeamState {
  status: TeamStatus | null
  conflicts: TeamConflict[]
  /** undefined: not loaded yet; null: not a reviewer, or the queue could not be fetched (offline). */
  suggestions: TeamSuggestion[] | null | undefined
  syncing: boolean
  reviewer: boolean
  join(url: string, token: string): Promise<TeamStatus | null>
  syncNow(): Promise<TeamSyncReport | null>
  resolve(id: number, keep: 'theirs' | 'mine' | 'merged', value?: string): Promise<void>
  decide(id: number, decision: 'approve' | 'reject', note?: string): Promise<{ conflicts: number } | null>
}

/** The Team screen's data and actions; it refreshes when the term base or the team state changes. */
export function useTeam(): TeamState {
  const api = useApi()
  const { reportError } = useFeedback()
  const [status, setStatus] = useState<TeamStatus | null>(null)
  const [conflicts, setConflicts] = useState<TeamConflict[]>([])
  const [suggestions, setSuggestions] = useState<TeamSuggestion[] | null | undefined>(undefined)
  const [syncing, setSyncing] = useState(false)
  const live = useRef(true)
  const reviewer = !!status?.role && (REVIEWING_ROLES as readonly string[]).includes(status.role)

  const reload = useCallback(async () => {
    try {
      const next = await api.invoke('team/status', {})
      if (!live.current) return
      setStatus(next)
      if (next.state === 'not-joined') return
      setConflicts(await api.invoke('team/conflicts', {}))
      const canReview = !!next.role && (REVIEWING_ROLES as readonly string[]).includes(next.role)
      // The queue lives on the server: offline it is simply not shown (the status line says why).
      setSuggestions(canReview ? await api.invoke('team/suggestions', {}).catch(() => null) : null)
    } catch (error) {
      reportError(error)
    }
  }, [api, reportError])

  useEffect(() => {
    live.current = true
    void reload()
    const off = api.onEvent((e) => {
      if (e.type === 'changed' && (e.area === 'team' || e.area === 'termbase' || e.area === 'history')) void reload()
    })
    return () => {
      live.current = false
      off()
    }
  }, [api, reload])

  const act = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | null> => {
      try {
        return await work()
      } catch (error) {
        reportError(error)
        return null
      } finally {
        void reload()
      }
    },
    [reload, reportError]
  )

  return {
    status,
    conflicts,
    suggestions,
    syncing,
    reviewer,
    join: (url, token) => act(() => api.invoke('team/join', { url, token })),
    syncNow: async () => {
      setSyncing(true)
      try {
        return await act(() => api.invoke('team/sync', {}))
      } finally {
        setSyncing(false)
      }
    },
    resolve: async (id, keep, value) => {
      await act(() => api.invoke('team/resolve', { id, keep, value }))
    },
    decide: (id, decision, note) =>
      act(() =>
        decision === 'approve'
          ? api.invoke('team/approve', { id })
          : api.invoke('team/reject', { id, note }).then(() => ({ conflicts: 0 }))
      )
  }
}
