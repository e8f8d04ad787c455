import { z } from 'zod'

import type { AppContext } from '../app-context'
import { asApiError } from '../team/team-errors'
import {
  decideSuggestion,
  joinTeam,
  resolveConflict,
  syncTeam,
  teamConflicts,
  teamHistory,
  teamStatus,
  teamSuggestions
} from '../team/team-service'
import type { HandlerSlice } from './types'

type TeamOps =
  | 'team/status'
  | 'team/join'
  | 'team/sync'
  | 'team/conflicts'
  | 'team/resolve'
  | 'team/suggestions'
  | 'team/approve'
  | 'team/reject'
  | 'team/history'

const empty = z.object({}).strict()
const id = z.number().int().positive()

/** TeamErrors become API errors with a translatable key (errors.team.<kind>). */
async function translated<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw asApiError(error)
  }
}

export function teamHandlers(app: AppContext): HandlerSlice<TeamOps> {
  const db = () => app.workspace.db
  const changed = () => app.events.emit({ type: 'changed', area: 'team' })
  return {
    'team/status': { schema: empty, run: async () => teamStatus(db()) },
    'team/join': {
      schema: z.object({ url: z.string().min(1).max(2000), token: z.string().min(1).max(500) }),
      run: ({ url, token }) =>
        translated(async () => {
          const status = await joinTeam(db(), url, token)
          changed()
          return status
        })
    },
    'team/sync': {
      schema: z.object({ jobId: z.string().max(200).optional() }),
      run: (_arg, call) =>
        translated(async () => {
          try {
            const { touched, ...report } = await syncTeam(db(), {
              progress: (done, total) => call.progress(done, total)
            })
            // A first sync touches the whole term base: rebuilding the search index beats refreshing each concept.
            if (touched.length > 1000) {
              app.conceptIndex.invalidateAll()
              app.events.emit({ type: 'changed', area: 'termbase' })
            } else if (touched.length > 0) app.termbaseChanged(touched)
            return report
          } finally {
            changed()
          }
        })
    },
    'team/conflicts': { schema: empty, run: async () => teamConflicts(db()) },
    'team/resolve': {
      schema: z.object({
        id,
        keep: z.enum(['theirs', 'mine', 'merged']),
        value: z.string().max(100_000).optional()
      }),
      run: async ({ id, keep, value }) => {
        const conflict = teamConflicts(db()).find((c) => c.id === id)
        resolveConflict(db(), id, keep, value)
        if (conflict && keep !== 'theirs') app.termbaseChanged([conflict.conceptId])
        changed()
        return { ok: true as const }
      }
    },
    'team/suggestions': { schema: empty, run: () => translated(() => teamSuggestions(db())) },
    'team/approve': {
      schema: z.object({ id }),
      run: ({ id }) =>
        translated(async () => {
          const result = await decideSuggestion(db(), id, 'approve')
          changed()
          return result
        })
    },
    'team/reject': {
      schema: z.object({ id, note: z.string().max(10_000).optional() }),
      run: ({ id, note }) =>
        translated(async () => {
          await decideSuggestion(db(), id, 'reject', note ?? '')
          changed()
          return { ok: true as const }
        })
    },
    'team/history': { schema: z.object({ conceptId: id }), run: async ({ conceptId }) => teamHistory(db(), conceptId) }
  }
}
