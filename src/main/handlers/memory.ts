import { z } from 'zod'

import { hasHan } from '../../shared/script'
import { LANGUAGE_TAG } from '../../shared/vocabulary'
import { ApiError } from '../api-error'
import type { AppContext } from '../app-context'
import { stmt } from '../db/statement-cache'
import { holdsPair, matchSentence, proposeEquivalents, recogniseInSentence } from '../memory/memory-service'
import { deleteUnitWithHistory, getUnit, insertUnit, listUnits, updateUnitWithHistory } from '../memory/units-repo'
import type { HandlerSlice } from './types'

type MemoryOps =
  | 'memory/list'
  | 'memory/add'
  | 'memory/update'
  | 'memory/delete'
  | 'memory/match'
  | 'memory/recognise'
  | 'memory/align'
  | 'memory/saveAlignment'
  | 'memory/suggest'

const id = z.number().int().positive()
const lang = z.string().min(2).max(35).regex(LANGUAGE_TAG)
const segment = z.string().max(20_000)

export function memoryHandlers(app: AppContext): HandlerSlice<MemoryOps> {
  const db = () => app.workspace.db
  const index = app.unitIndex
  const changed = () => app.events.emit({ type: 'changed', area: 'memory' })
  // Edits, deletions and undo reach the index through the workspace's own log (migration 003); another
  // workspace or a restore drops the in-memory index (AppContext).
  const requireUnit = (unitId: number) => {
    const unit = getUnit(db(), unitId)
    if (!unit) throw new ApiError('not-found', `No translation unit ${unitId}`)
    return unit
  }
  return {
    'memory/list': {
      schema: z.object({
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
        text: z.string().max(5000).optional()
      }),
      run: async (q) => listUnits(db(), q)
    },
    'memory/add': {
      schema: z.object({
        source: segment.refine((s) => s.trim().length > 0, 'empty source'),
        target: segment.refine((s) => s.trim().length > 0, 'empty target'),
        sourceLang: lang.optional(),
        targetLang: lang.optional(),
        note: z.string().max(100_000).optional()
      }),
      run: async (u) => {
        const sourceLang = u.sourceLang ?? (hasHan(u.source) ? 'zh-CN' : 'en')
        const targetLang = u.targetLang ?? (sourceLang.startsWith('zh') ? 'en' : 'zh-CN')
        const unitId = insertUnit(db(), {
          sourceLang,
          targetLang,
          source: u.source.trim(),
          target: u.target.trim(),
          origin: 'typed',
          note: u.note
        })
        const unit = requireUnit(unitId)
        changed()
        return unit
      }
    },
    'memory/update': {
      schema: z.object({
        id,
        source: segment.optional(),
        target: segment.optional(),
        note: z.string().max(100_000).optional()
      }),
      run: async ({ id: unitId, source, target, note }) => {
        requireUnit(unitId)
        updateUnitWithHistory(db(), unitId, { source, target, note })
        changed()
        return requireUnit(unitId)
      }
    },
    'memory/delete': {
      schema: z.object({ id }),
      run: async ({ id: unitId }) => {
        deleteUnitWithHistory(db(), requireUnit(unitId))
        changed()
        return { ok: true as const }
      }
    },
    'memory/match': {
      schema: z.object({
        text: z.string().max(20_000),
        min: z.number().min(0).max(100).optional(),
        limit: z.number().int().min(1).max(200).optional()
      }),
      run: async ({ text, min, limit }) => matchSentence(db(), index, text, min ?? 70, limit ?? 10)
    },
    'memory/recognise': {
      schema: z.object({ text: z.string().max(20_000) }),
      run: async ({ text }) => recogniseInSentence(db(), text)
    },
    'memory/align': {
      schema: z.object({ enDocumentId: id, zhDocumentId: id }),
      run: async (arg, call) =>
        app.jobs.run('memory/align', { enDocumentId: arg.enDocumentId, zhDocumentId: arg.zhDocumentId }, call)
    },
    'memory/saveAlignment': {
      schema: z.object({
        enDocumentId: id,
        zhDocumentId: id,
        links: z.array(z.object({ english: segment, chinese: segment })).max(200_000)
      }),
      run: async ({ enDocumentId, zhDocumentId, links }) => {
        let units = 0
        let duplicates = 0
        // A pair the memory already holds (the same two documents aligned again, or the report's TMX
        // imported before) is not stored twice: a fuzzy match would otherwise list it twice.
        db().transaction(() => {
          for (const link of links) {
            if (!link.english.trim() || !link.chinese.trim()) continue
            if (holdsPair(index, link.english, link.chinese)) {
              duplicates++
              continue
            }
            insertUnit(db(), {
              sourceLang: 'en',
              targetLang: 'zh-CN',
              source: link.english.trim(),
              target: link.chinese.trim(),
              origin: 'alignment',
              originDetail: `documents ${enDocumentId}+${zhDocumentId}`,
              documentId: enDocumentId
            })
            units++
          }
          stmt(db(), 'UPDATE documents SET parallel_of = ? WHERE id = ?').run(enDocumentId, zhDocumentId)
          stmt(db(), 'UPDATE documents SET parallel_of = ? WHERE id = ?').run(zhDocumentId, enDocumentId)
        })()
        changed()
        return { units, duplicates }
      }
    },
    'memory/suggest': {
      schema: z.object({
        term: z.string().max(1000),
        direction: z.enum(['en-zh', 'zh-en']).optional(),
        conceptId: id.optional(),
        limit: z.number().int().min(1).max(100).optional()
      }),
      run: async ({ term, direction, conceptId, limit }) =>
        proposeEquivalents(db(), term, { direction, conceptId, limit: limit ?? 10 })
    }
  }
}
