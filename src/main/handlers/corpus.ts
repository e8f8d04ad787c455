import { writeFile } from 'node:fs/promises'

import { z } from 'zod'

import { ApiError } from '../api-error'
import type { AppContext } from '../app-context'
import {
  deleteDocumentWithHistory,
  getDocument,
  listDocuments,
  listSegments,
  locateSegment
} from '../corpus/documents-repo'
import type { HandlerSlice } from './types'

type CorpusOps =
  | 'corpus/import'
  | 'corpus/upload'
  | 'corpus/list'
  | 'corpus/get'
  | 'corpus/segments'
  | 'corpus/locate'
  | 'corpus/delete'

const id = z.number().int().positive()
/** Base64 of at most ~270 MB of files per call; the reader itself refuses files over its own limit. */
const base64 = z.string().max(360_000_000)

export function corpusHandlers(app: AppContext): HandlerSlice<CorpusOps> {
  const db = () => app.workspace.db
  const changed = () => app.events.emit({ type: 'changed', area: 'corpus' })
  return {
    'corpus/import': {
      schema: z.object({ paths: z.array(z.string().min(1)).min(1), jobId: z.string().optional() }),
      run: async ({ paths }, call) => {
        const report = await app.jobs.run('corpus/import', { paths }, call)
        changed()
        return report
      }
    },
    'corpus/upload': {
      schema: z.object({
        files: z
          .array(
            z.union([
              z.object({ name: z.string().min(1).max(1000), base64 }),
              z.object({ name: z.string().min(1).max(1000), spooled: z.string().min(1).max(200) })
            ])
          )
          .min(1),
        jobId: z.string().optional()
      }),
      run: async ({ files }, call) => {
        // The import job reads files: contents sent inline are written to the spool first.
        const paths: string[] = []
        const names: Record<string, string> = {}
        try {
          for (const f of files) {
            let path: string | null
            if ('base64' in f) {
              const reserved = app.spool.reserve(f.name)
              path = app.spool.take(reserved.id) as string
              await writeFile(path, Buffer.from(f.base64, 'base64'))
            } else {
              path = app.spool.take(f.spooled)
              if (!path) throw new ApiError('not-found', `${f.name}: the upload is gone; send the file again`)
            }
            paths.push(path)
            names[path] = f.name
          }
          const report = await app.jobs.run('corpus/import', { paths, names }, call)
          changed()
          return report
        } finally {
          for (const path of paths) app.spool.discard(path)
        }
      }
    },
    'corpus/list': {
      schema: z.object({}).strict(),
      run: async () => listDocuments(db())
    },
    'corpus/get': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        const doc = getDocument(db(), id)
        if (!doc) throw new ApiError('not-found', `No document ${id}`)
        return doc
      }
    },
    'corpus/segments': {
      schema: z.object({
        documentId: id,
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(5000).optional()
      }),
      run: async ({ documentId, offset, limit }) => listSegments(db(), documentId, offset ?? 0, limit ?? 500)
    },
    'corpus/locate': {
      schema: z.object({ segmentId: id }),
      run: async ({ segmentId }) => {
        const found = locateSegment(db(), segmentId)
        if (!found) throw new ApiError('not-found', `No segment ${segmentId}`, { key: 'segment.notFound' })
        return found
      }
    },
    'corpus/delete': {
      schema: z.object({ id }),
      run: async ({ id }) => {
        if (!deleteDocumentWithHistory(db(), id)) throw new ApiError('not-found', `No document ${id}`)
        changed()
        return { ok: true as const }
      }
    }
  }
}
