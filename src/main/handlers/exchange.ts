import { homedir } from 'node:os'
import { join } from 'node:path'

import { z } from 'zod'

import { LANGUAGE_TAG, TERM_STATUSES } from '../../shared/vocabulary'
import type { AppContext } from '../app-context'
import { indexPendingInSteps } from '../concordance/index-segments'
import { runExport } from '../exchange/export-run'
import { runImport } from '../exchange/import-run'
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
      run: async (arg, call) => runExport(db(), arg, call)
    },
    'exchange/preview': {
      schema: z.object({ path, mapping: mapping.optional(), answers: answers.optional() }),
      run: async (arg, call) => runImport(db(), arg, call, true)
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
        const report = await runImport(db(), arg, call, false)
        // New units go into the concordance and fuzzy-match indexes now, with progress, rather than in the
        // first search's or lookup's silent wait (minutes after a 1,000,000-unit TMX). A cancel here keeps
        // the import: what is left is indexed by the next search or lookup. Asked for by the app's dialog;
        // a CLI import answers as soon as the units are in.
        if (arg.indexAfter && report.kind === 'tmx' && report.new > 0) {
          await indexPendingInSteps(db(), (done, total) => call.progress(done, total, 'indexing'), call.signal)
          await app.unitIndex.warmUp((done, total) => call.progress(done, total, 'indexing-memory'), call.signal)
        }
        if (report.historyId !== undefined) {
          app.events.emit({ type: 'changed', area: report.kind === 'tmx' ? 'memory' : 'termbase' })
          app.events.emit({ type: 'changed', area: 'history' })
        }
        return report
      }
    }
  }
}
