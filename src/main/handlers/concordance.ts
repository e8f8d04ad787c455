import { z } from 'zod'

import { QueryError } from '../../core/concordance/query-error'
import { LANGS, SORT_LEVELS } from '../../shared/vocabulary'
import { ApiError } from '../api-error'
import type { AppContext } from '../app-context'
import { findCollocates } from '../concordance/collocates'
import { searchConcordance } from '../concordance/search'
import type { HandlerSlice } from './types'

type ConcordanceOps = 'concordance/search' | 'concordance/collocates' | 'concordance/rebuild'

const sortLevel = z.enum(SORT_LEVELS)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
const request = z.object({
  // Long queries are refused by the query parser with a clear message, not by the schema.
  query: z.string().max(100_000),
  options: z
    .object({
      matchCase: z.boolean().optional(),
      lemma: z.boolean().optional(),
      regex: z.boolean().optional(),
      wholeWords: z.boolean().optional()
    })
    .optional(),
  scope: z.enum(['corpus', 'memory', 'both']).optional(),
  language: z.enum(LANGS).optional(),
  side: z.enum(['source', 'target', 'both']).optional(),
  documentIds: z.array(z.number().int().positive()).max(100_000).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  sort: z.array(sortLevel).max(6).optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  width: z.number().int().min(10).max(1000).optional(),
  pinyin: z.boolean().optional()
})

/** Query mistakes (empty, invalid or unsafe regex…) are the user's input, not our failure. */
function asInputError<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof QueryError) {
      throw new ApiError('invalid-argument', error.message, { key: `query.${error.code}` })
    }
    throw error
  }
}

export function concordanceHandlers(app: AppContext): HandlerSlice<ConcordanceOps> {
  const db = () => app.workspace.db
  return {
    'concordance/search': {
      schema: request,
      run: async (req) => asInputError(() => searchConcordance(db(), req))
    },
    'concordance/collocates': {
      schema: request.extend({
        window: z.number().int().min(1).max(10).optional(),
        minFreq: z.number().int().min(1).optional(),
        by: z.enum(['logDice', 'mi']).optional(),
        top: z.number().int().min(1).max(1000).optional(),
        functionWords: z.boolean().optional()
      }),
      run: async (req) => asInputError(() => findCollocates(db(), req))
    },
    'concordance/rebuild': {
      schema: z.object({}).strict(),
      run: async (_arg, call) => {
        const rebuilt = await app.jobs.run('concordance/rebuild', {}, call)
        app.events.emit({ type: 'changed', area: 'concordance' })
        return rebuilt
      }
    }
  }
}
