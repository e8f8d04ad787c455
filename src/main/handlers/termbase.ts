import { z } from 'zod'

import { ApiError } from '../api-error'
import type { AppContext } from '../app-context'
import { ConceptIndex } from '../termbase/concept-index'
import { getConcept } from '../termbase/concepts-repo'
import { addExample, removeExample } from '../termbase/examples'
import { acceptCandidates, editCandidate, mergeCandidates, setCandidateStatus } from '../termbase/review'
import { searchConcepts } from '../termbase/search-concepts'
import { deleteConcept, mergeConcepts, saveConcept } from '../termbase/termbase-service'
import { conceptContexts, conceptUsage } from '../termbase/usage'
import type { HandlerSlice } from './types'

type TermbaseOps =
  | 'candidates/accept'
  | 'candidates/reject'
  | 'candidates/skip'
  | 'candidates/merge'
  | 'candidates/edit'
  | 'concepts/get'
  | 'concepts/save'
  | 'concepts/merge'
  | 'concepts/delete'
  | 'concepts/search'
  | 'examples/add'
  | 'examples/remove'
  | 'concepts/usage'
  | 'concepts/contexts'

const id = z.number().int().positive()
const status = z.enum(['preferred', 'admitted', 'deprecated', 'forbidden'])
const ids = z.object({ ids: z.array(id).min(1).max(100_000) })
const field = z.string().max(100_000)
const term = z.object({
  id: id.optional(),
  lang: z
    .string()
    .min(2)
    .max(35)
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a BCP 47 language tag'),
  text: z.string().max(10_000),
  status,
  pos: z.string().max(100).default(''),
  usageNote: z.string().max(100_000).default('')
})

export function termbaseHandlers(app: AppContext): HandlerSlice<TermbaseOps> {
  const db = () => app.workspace.db
  const index = new ConceptIndex(db)
  const changed = (conceptIds: number[] = []) => {
    index.invalidate(conceptIds)
    app.events.emit({ type: 'changed', area: 'termbase' })
  }
  // Undo/redo may touch any concept: let the index find out by itself.
  app.events.subscribe((e) => {
    if (e.type === 'changed' && (e.area === 'history' || e.area === 'workspace')) index.invalidateAll()
  })
  return {
    'candidates/accept': {
      schema: ids,
      run: async ({ ids }) => {
        const result = acceptCandidates(db(), ids)
        if (result.accepted > 0) changed(result.conceptIds)
        return result
      }
    },
    'candidates/reject': {
      schema: ids,
      run: async ({ ids }) => {
        setCandidateStatus(db(), ids, 'rejected')
        changed()
        return { ok: true as const }
      }
    },
    'candidates/skip': {
      schema: ids,
      run: async ({ ids }) => {
        setCandidateStatus(db(), ids, 'skipped')
        changed()
        return { ok: true as const }
      }
    },
    'candidates/merge': {
      schema: ids.extend({ intoCandidate: id.optional(), intoConcept: id.optional() }),
      run: async ({ ids, intoCandidate, intoConcept }) => {
        mergeCandidates(db(), ids, { candidate: intoCandidate, concept: intoConcept })
        changed(intoConcept ? [intoConcept] : [])
        return { ok: true as const }
      }
    },
    'candidates/edit': {
      schema: z.object({ id, term: z.string().max(10_000) }),
      run: async ({ id, term }) => {
        editCandidate(db(), id, term)
        changed()
        return { ok: true as const }
      }
    },
    'concepts/get': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        const concept = getConcept(db(), id)
        if (!concept)
          throw new ApiError('not-found', `No concept ${id}`, { key: 'termbase.noConcept', params: { id: id } })
        return concept
      }
    },
    'concepts/save': {
      schema: z.object({
        id: id.optional(),
        definition: field.optional(),
        domain: z.string().max(1000).optional(),
        note: field.optional(),
        source: z.string().max(10_000).optional(),
        terms: z.array(term).max(1000),
        expectedModifiedAt: z.string().max(100).optional(),
        allowDuplicates: z.boolean().optional()
      }),
      run: async (draft) => {
        const result = saveConcept(db(), draft)
        if (result.concept) changed([result.concept.id])
        return result
      }
    },
    'concepts/merge': {
      schema: z.object({ targetId: id, sourceId: id }),
      run: async ({ targetId, sourceId }) => {
        const concept = mergeConcepts(db(), targetId, sourceId)
        changed([targetId, sourceId])
        return concept
      }
    },
    'concepts/delete': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        deleteConcept(db(), id)
        changed([id])
        return { ok: true as const }
      }
    },
    'concepts/search': {
      schema: z.object({
        text: z.string().max(5000).optional(),
        status: status.optional(),
        domain: z.string().max(1000).optional(),
        missingZh: z.boolean().optional(),
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(100_000).optional(),
        sort: z.enum(['term', 'modified', 'created']).optional()
      }),
      run: async (query) => searchConcepts(db(), index, query)
    },
    'examples/add': {
      schema: z.object({
        conceptId: id,
        segmentId: id.optional(),
        text: z.string().max(20_000).optional(),
        start: z.number().int().min(0).optional(),
        end: z.number().int().min(0).optional(),
        zh: z.string().max(20_000).optional()
      }),
      run: async (input) => {
        const example = addExample(db(), input)
        changed([input.conceptId])
        return example
      }
    },
    'examples/remove': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        removeExample(db(), id)
        changed()
        return { ok: true as const }
      }
    },
    'concepts/usage': {
      schema: z.object({ id }),
      run: async ({ id }) => conceptUsage(db(), id)
    },
    'concepts/contexts': {
      schema: z.object({ id, limit: z.number().int().min(1).max(1000).optional() }),
      run: async ({ id, limit }) => conceptContexts(db(), id, limit ?? 100)
    }
  }
}
