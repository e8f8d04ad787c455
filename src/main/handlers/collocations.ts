import { z } from 'zod'

import type { AppContext } from '../app-context'
import { addCollocation, listCollocations, removeCollocation } from '../termbase/collocations'
import type { HandlerSlice } from './types'

type CollocationOps = 'collocations/list' | 'collocations/add' | 'collocations/remove'

const id = z.number().int().positive()
const figure = z.number().finite().optional()

/** Collocations kept with a concept; a change is a term-base change (lists and editors refresh). */
export function collocationHandlers(app: AppContext): HandlerSlice<CollocationOps> {
  const db = () => app.workspace.db
  const changed = () => app.events.emit({ type: 'changed', area: 'termbase' })
  return {
    'collocations/list': {
      schema: z.object({ conceptId: id }),
      run: async ({ conceptId }) => listCollocations(db(), conceptId)
    },
    'collocations/add': {
      schema: z.object({
        conceptId: id,
        node: z.string().min(1).max(5_000),
        word: z.string().min(1).max(500),
        freq: z.number().int().min(0).optional(),
        logDice: figure,
        mi: figure,
        window: z.number().int().min(1).max(50).optional()
      }),
      run: async (arg) => {
        const record = addCollocation(db(), arg)
        changed()
        return record
      }
    },
    'collocations/remove': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        removeCollocation(db(), id)
        changed()
        return { ok: true as const }
      }
    }
  }
}
