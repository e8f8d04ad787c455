import { z } from 'zod'

import { CANDIDATE_KINDS, LANGS } from '../../shared/vocabulary'
import type { AppContext } from '../app-context'
import { candidateEquivalents } from '../mining/candidate-equivalents'
import { candidateContexts, listCandidates } from '../mining/candidates-repo'
import { acceptCandidates, editCandidate, mergeCandidates, setCandidateStatus } from '../mining/review'
import type { HandlerSlice } from './types'

type MiningOps =
  | 'mining/run'
  | 'mining/candidates'
  | 'mining/contexts'
  | 'mining/equivalents'
  | 'mining/accept'
  | 'mining/reject'
  | 'mining/skip'
  | 'mining/merge'
  | 'mining/edit'

const statuses = ['new', 'accepted', 'rejected', 'merged', 'skipped', 'all'] as const
const id = z.number().int().positive()
const ids = z.object({ ids: z.array(id).min(1).max(100_000) })

export function miningHandlers(app: AppContext): HandlerSlice<MiningOps> {
  const db = () => app.workspace.db
  // A review decision changes the term base (accept, merge into a concept) and the candidate list.
  const changed = (conceptIds: number[] = []) => app.termbaseChanged(conceptIds)
  return {
    'mining/run': {
      schema: z.object({ jobId: z.string().optional() }),
      run: async (_arg, call) => {
        const summary = await app.jobs.run('mining/run', {}, call)
        app.events.emit({ type: 'changed', area: 'mining' })
        return summary
      }
    },
    'mining/candidates': {
      schema: z.object({
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(0).max(1_000_000).optional(),
        status: z.enum(statuses).optional(),
        text: z.string().max(1000).optional(),
        kind: z.enum(CANDIDATE_KINDS).optional(),
        lang: z.enum(LANGS).optional(),
        sort: z.enum(['score', 'freq', 'docs', 'term']).optional(),
        descending: z.boolean().optional()
      }),
      run: async (query) => listCandidates(db(), query)
    },
    'mining/contexts': {
      schema: z.object({ id: z.number().int().positive(), limit: z.number().int().min(1).max(1000).optional() }),
      run: async ({ id, limit }) => candidateContexts(db(), id, limit ?? 50)
    },
    'mining/equivalents': {
      schema: z.object({ ids: z.array(id).max(5000), limit: z.number().int().min(1).max(10).optional() }),
      run: async ({ ids, limit }) => candidateEquivalents(db(), ids, limit ?? 3)
    },
    'mining/accept': {
      schema: ids.extend({
        chinese: z.array(z.object({ id, text: z.string().min(1).max(1000) })).optional()
      }),
      run: async ({ ids, chinese }) => {
        const result = acceptCandidates(db(), ids, new Map((chinese ?? []).map((c) => [c.id, c.text])))
        if (result.accepted > 0) changed(result.conceptIds)
        return result
      }
    },
    'mining/reject': {
      schema: ids,
      run: async ({ ids }) => {
        setCandidateStatus(db(), ids, 'rejected')
        changed()
        return { ok: true as const }
      }
    },
    'mining/skip': {
      schema: ids,
      run: async ({ ids }) => {
        setCandidateStatus(db(), ids, 'skipped')
        changed()
        return { ok: true as const }
      }
    },
    'mining/merge': {
      schema: ids.extend({ intoCandidate: id.optional(), intoConcept: id.optional() }),
      run: async ({ ids, intoCandidate, intoConcept }) => {
        mergeCandidates(db(), ids, { candidate: intoCandidate, concept: intoConcept })
        changed(intoConcept ? [intoConcept] : [])
        return { ok: true as const }
      }
    },
    'mining/edit': {
      schema: z.object({ id, term: z.string().max(10_000) }),
      run: async ({ id, term }) => {
        editCandidate(db(), id, term)
        changed()
        return { ok: true as const }
      }
    }
  }
}
