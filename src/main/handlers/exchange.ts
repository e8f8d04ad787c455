import { homedir } from 'node:os'
import { join } from 'node:path'

import { z } from 'zod'

import { LANGUAGE_TAG, TERM_STATUSES } from '../../shared/vocabulary'
import type { AppContext } from '../app-context'
import type { HandlerSlice } from './types'

type ExchangeOps = 'exchange/export' | 'exchange/preview' | 'exchange/import'

// `~/…` means the user's home folder, as a translator typing a path in the window expects.
const path = z
  .string()
  .min(1)
  .max(4096)
  .transform((p) => (p === '~' || p.startsWith('~/') ? join(homedir(), p.slice(1)) : p))
const lang = z.string().min(2).max(35).regex(LANGUAGE_TAG, 'a BCP 47 language tag')
const conceptField = z.enum(['id', 'domain', 'definition', 'note', 'source', 'createdAt', 'modifiedAt', 'extras'])
const languageField = z.enum([
  'term',
  'status',
  'pos',
  'usageNote',
  'examples',
  'exampleTerms',
  'exampleSources',
  'exampleDates',
  'exampleRenderings',
  'termExtras'
])
const mapping = z
  .array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('concept'), field: conceptField }),
      z.object({ kind: z.literal('language'), field: languageField, lang: lang.optional() }),
      z.object({ kind: z.literal('extra'), name: z.string().max(1000) })
    ])
  )
  .max(10_000)
const answers = z.object({
  merge: z
    .array(z.object({ entry: z.number().int().positive(), concept: z.number().int().positive() }))
    .max(1_000_000)
    .optional(),
  mergeProposed: z.boolean().optional(),
  fields: z
    .array(
      z.object({
        entry: z.number().int().positive(),
        field: z.string().min(1).max(2000),
        answer: z.enum(['mine', 'theirs', 'both'])
      })
    )
    .max(1_000_000)
    .optional()
})

export function exchangeHandlers(app: AppContext): HandlerSlice<ExchangeOps> {
  const db = () => app.workspace.db
  return {
    'exchange/export': {
      schema: z.object({
        format: z.enum(['tbx', 'tbx2', 'csv', 'tsv', 'xlsx', 'tmx', 'html']),
        path,
        filter: z
          .object({
            status: z.enum(TERM_STATUSES).optional(),
            domain: z.string().max(1000).optional(),
            lang: lang.optional(),
            since: z
              .string()
              .max(40)
              .regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date')
              .optional(),
            conceptIds: z.array(z.number().int().positive()).max(1_000_000).optional()
          })
          .optional(),
        jobId: z.string().optional(),
        overwrite: z.boolean().optional(),
        layout: z.enum(['interchange', 'readable']).optional(),
        glossary: z
          .object({
            groupBy: z.enum(['domain', 'none']).optional(),
            order: z.enum(['alphabetical', 'pinyin']).optional(),
            title: z.string().max(500).optional()
          })
          .optional()
      }),
      run: async (arg, call) => app.jobs.run('exchange/export', arg, call)
    },
    'exchange/preview': {
      schema: z.object({ path, mapping: mapping.optional(), answers: answers.optional() }),
      run: async (arg, call) => (await app.jobs.run('exchange/import', { ...arg, preview: true }, call)).report
    },
    'exchange/import': {
      schema: z.object({
        path,
        mapping: mapping.optional(),
        answers: answers.optional(),
        jobId: z.string().optional(),
        indexAfter: z.boolean().optional()
      }),
      run: async (arg, call) => {
        // In the job's worker: the import (one transaction); with `indexAfter` (the app's dialog) also the
        // new units' concordance and fuzzy-match indexing, with progress, so a 1,000,000-unit memory is
        // searchable when the dialog closes. A cancel there keeps the import: the rest is indexed later in
        // the background. A CLI import answers as soon as the units are in.
        const workspaceDb = db()
        const { report, memory } = await app.jobs.run(
          'exchange/import',
          { path: arg.path, mapping: arg.mapping, answers: arg.answers, indexAfter: arg.indexAfter },
          call
        )
        app.adoptMemory(memory, workspaceDb)
        if (report.historyId !== undefined) {
          app.events.emit({ type: 'changed', area: report.kind === 'tmx' ? 'memory' : 'termbase' })
          app.events.emit({ type: 'changed', area: 'history' })
        }
        return report
      }
    }
  }
}
