import { z } from 'zod'

import { CANDIDATE_KINDS } from '../../shared/vocabulary'
import type { AppContext } from '../app-context'
import { candidateContexts, listCandidates } from '../mining/candidates-repo'
import { mineWorkspace } from '../mining/mine-workspace'
import type { HandlerSlice } from './types'

type MiningOps = 'mining/run' | 'candidates/list' | 'candidates/contexts'

const statuses = ['new', 'accepted', 'rejected', 'merged', 'skipped', 'all'] as const

export function miningHandlers(app: AppContext): HandlerSlice<MiningOps> {
  const db = () => app.workspace.db
  return {
    'mining/run': {
      schema: z.object({ jobId: z.string().optional() }),
      run: async (_arg, call) => {
        const started = performance.now()
        const run = await mineWorkspace(db(), call)
        app.events.emit({ type: 'changed', area: 'candidates' })
        return {
          candidates: run.result.candidates.length,
          words: run.result.words,
          documents: run.result.documents,
          kept: run.kept,
          ms: Math.round(performance.now() - started),
          warnings: run.result.warnings,
          mode: run.plan.mode,
          documentsMined: run.documentsMined,
          wordsMined: run.wordsMined,
          notes: run.plan.notes,
          documentsSkipped: run.documentsSkipped
        }
      }
    },
    'candidates/list': {
      schema: z.object({
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(0).max(1_000_000).optional(),
        status: z.enum(statuses).optional(),
        text: z.string().max(1000).optional(),
        kind: z.enum(CANDIDATE_KINDS).optional(),
        sort: z.enum(['score', 'freq', 'docs', 'term']).optional(),
        descending: z.boolean().optional()
      }),
      run: async (query) => listCandidates(db(), query)
    },
    'candidates/contexts': {
      schema: z.object({ id: z.number().int().positive(), limit: z.number().int().min(1).max(1000).optional() }),
      run: async ({ id, limit }) => candidateContexts(db(), id, limit ?? 50)
    }
  }
}
