import { z } from 'zod'

import { LANGUAGE_TAG, TERM_STATUSES } from '../../shared/vocabulary'
import { ApiError } from '../api-error'
import type { AppContext } from '../app-context'
import { bulkEdit } from '../termbase/bulk-edit'
import { addCollocation, listCollocations, removeCollocation } from '../termbase/collocations'
import { getConcept } from '../termbase/concepts-repo'
import { addExample, removeExample } from '../termbase/examples'
import { searchConcepts } from '../termbase/search-concepts'
import { deleteConcept, mergeConcepts, saveConcept } from '../termbase/termbase-service'
import { conceptContexts, conceptUsage } from '../termbase/usage'
import type { HandlerSlice } from './types'

type TermbaseOps =
  | 'termbase/get'
  | 'termbase/save'
  | 'termbase/merge'
  | 'termbase/delete'
  | 'termbase/search'
  | 'termbase/bulkEdit'
  | 'termbase/addExample'
  | 'termbase/removeExample'
  | 'termbase/usage'
  | 'termbase/contexts'
  | 'termbase/collocations'
  | 'termbase/addCollocation'
  | 'termbase/removeCollocation'

const id = z.number().int().positive()
const status = z.enum(TERM_STATUSES)
const figure = z.number().finite().optional()
const field = z.string().max(100_000)
const term = z.object({
  id: id.optional(),
  lang: z.string().min(2).max(35).regex(LANGUAGE_TAG, 'a BCP 47 language tag'),
  text: z.string().max(10_000),
  status,
  pos: z.string().max(100).default(''),
  usageNote: z.string().max(100_000).default('')
})

export function termbaseHandlers(app: AppContext): HandlerSlice<TermbaseOps> {
  const db = () => app.workspace.db
  const changed = (conceptIds: number[] = []) => app.termbaseChanged(conceptIds)
  return {
    'termbase/get': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        const concept = getConcept(db(), id)
        if (!concept)
          throw new ApiError('not-found', `No concept ${id}`, { key: 'termbase.noConcept', params: { id: id } })
        return concept
      }
    },
    'termbase/save': {
      schema: z.object({
        id: id.optional(),
        definition: field.optional(),
        domain: z.string().max(1000).optional(),
        note: field.optional(),
        source: z.string().max(10_000).optional(),
        terms: z.array(term).max(1000),
        expectedModifiedAt: z.string().max(100).optional(),
        allowDuplicates: z.boolean().optional(),
        allowTwoPreferred: z.boolean().optional()
      }),
      run: async (draft) => {
        const result = saveConcept(db(), draft)
        if (result.concept) changed([result.concept.id])
        return result
      }
    },
    'termbase/merge': {
      schema: z.object({ targetId: id, sourceId: id, keepBothPreferred: z.boolean().optional() }),
      run: async ({ targetId, sourceId, keepBothPreferred }) => {
        const concept = mergeConcepts(db(), targetId, sourceId, keepBothPreferred)
        changed([targetId, sourceId])
        return concept
      }
    },
    'termbase/delete': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        deleteConcept(db(), id)
        changed([id])
        return { ok: true as const }
      }
    },
    'termbase/search': {
      schema: z.object({
        text: z.string().max(5000).optional(),
        status: status.optional(),
        domain: z.string().max(1000).optional(),
        missingZh: z.boolean().optional(),
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(100_000).optional(),
        sort: z.enum(['term', 'modified', 'created']).optional(),
        withIds: z.boolean().optional()
      }),
      run: async (query) => searchConcepts(db(), app.conceptIndex, query)
    },
    'termbase/bulkEdit': {
      schema: z.object({
        ids: z.array(id).min(1).max(200_000),
        change: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('status'), status, lang: z.string().max(35).optional() }),
          z.object({ kind: z.literal('domain'), domain: z.string().max(1000) }),
          z.object({ kind: z.literal('note'), note: field, mode: z.enum(['set', 'append']) }),
          z.object({ kind: z.literal('delete') })
        ])
      }),
      run: async ({ ids, change }) => {
        const result = bulkEdit(db(), ids, change)
        changed(ids)
        return result
      }
    },
    'termbase/addExample': {
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
    'termbase/removeExample': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        removeExample(db(), id)
        changed()
        return { ok: true as const }
      }
    },
    'termbase/usage': {
      schema: z.object({ id }),
      run: async ({ id }) => conceptUsage(db(), id)
    },
    'termbase/contexts': {
      schema: z.object({ id, limit: z.number().int().min(1).max(1000).optional() }),
      run: async ({ id, limit }) => conceptContexts(db(), id, limit ?? 100)
    },
    'termbase/collocations': {
      schema: z.object({ conceptId: id }),
      run: async ({ conceptId }) => listCollocations(db(), conceptId)
    },
    'termbase/addCollocation': {
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
    'termbase/removeCollocation': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        removeCollocation(db(), id)
        changed()
        return { ok: true as const }
      }
    }
  }
}
