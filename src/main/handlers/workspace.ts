import { rename, writeFile } from 'node:fs/promises'

import { z } from 'zod'

import type { HistoryEntry, WorkspaceInfo } from '../../shared/models'
import type { ChangedArea } from '../../shared/vocabulary'
import { ApiError } from '../api-error'
import type { AppContext } from '../app-context'
import { backupDatabase, listBackups } from '../db/backup'
import { listHistory, NotLatestError, redoLast, undoLast } from '../workspace/history-repo'
import { backupsDirFor } from '../workspace/paths'
import { undoActions } from '../workspace/undo-actions'
import type { HandlerSlice } from './types'

type WorkspaceOps =
  | 'workspace/info'
  | 'workspace/open'
  | 'workspace/backup'
  | 'workspace/backups'
  | 'workspace/restore'
  | 'workspace/getSetting'
  | 'workspace/setSetting'
  | 'workspace/history'
  | 'workspace/undo'
  | 'workspace/redo'
  | 'workspace/cancelJob'
  | 'workspace/pickFile'
  | 'workspace/showInFolder'
  | 'workspace/upload'
  | 'workspace/saveTarget'

const empty = z.object({}).strict()
const fileName = z.string().min(1).max(1000)
/** Base64 of at most ~270 MB per call, as corpus/upload. */
const base64 = z.string().max(360_000_000)

/** The native dialogs are the Electron shell's (src/main/native-files.ts replaces these two there). */
function desktopOnly(): never {
  throw new ApiError('invalid-argument', 'File dialogs are part of the desktop app; send the file instead', {
    key: 'files.desktopOnly'
  })
}

export function workspaceHandlers(app: AppContext): HandlerSlice<WorkspaceOps> {
  const ws = () => app.workspace
  const info = (): WorkspaceInfo => {
    const db = ws().db
    const documents = db.prepare('SELECT count(*) AS n FROM documents WHERE deleted_at IS NULL').get() as {
      n: number
    }
    return {
      path: ws().file,
      isDefault: ws().isDefault,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      documents: documents.n,
      language: ws().settings.get('ui.language')
    }
  }
  const changed = (area: ChangedArea) => app.events.emit({ type: 'changed', area })
  return {
    'workspace/info': { schema: empty, run: async () => info() },
    'workspace/open': {
      schema: z.object({ path: z.string().min(1) }),
      run: async ({ path }) => {
        await app.switchTo(path)
        return info()
      }
    },
    'workspace/backup': {
      schema: empty,
      run: async () => backupDatabase(ws().db, backupsDirFor(ws().file), 'manual')
    },
    'workspace/backups': {
      schema: empty,
      run: async () => listBackups(backupsDirFor(ws().file), ws().file)
    },
    'workspace/restore': {
      schema: z.object({ file: z.string().min(1) }),
      run: async ({ file }) => {
        await ws().restoreFrom(file)
        changed('workspace')
        return info()
      }
    },
    'workspace/getSetting': {
      schema: z.object({ key: z.string().min(1).max(200) }),
      run: async ({ key }) => ws().settings.get(key)
    },
    'workspace/setSetting': {
      schema: z.object({ key: z.string().min(1).max(200), value: z.string().max(100_000) }),
      run: async ({ key, value }) => {
        ws().settings.set(key, value)
        return { ok: true as const }
      }
    },
    'workspace/history': {
      schema: z.object({
        conceptId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(1000).optional()
      }),
      run: async ({ conceptId, limit }) => listHistory(ws().db, { conceptId, limit: limit ?? 100 })
    },
    'workspace/undo': {
      schema: z.object({ id: z.number().int().positive().optional() }).strict(),
      run: async ({ id }) => {
        let entry: HistoryEntry | null
        try {
          entry = undoLast(ws().db, undoActions, id)
        } catch (error) {
          if (!(error instanceof NotLatestError)) throw error
          throw new ApiError(
            'conflict',
            error.message,
            error.later
              ? { key: 'history.notLatest', params: { label: error.later.label || error.later.action } }
              : { key: 'history.alreadyUndone' }
          )
        }
        if (entry) changed('history')
        return entry
      }
    },
    'workspace/redo': {
      schema: empty,
      run: async () => {
        const entry = redoLast(ws().db, undoActions)
        if (entry) changed('history')
        return entry
      }
    },
    'workspace/cancelJob': {
      schema: z.object({ jobId: z.string().min(1) }),
      run: async ({ jobId }) => ({ ok: app.cancellable.cancel(jobId) })
    },
    'workspace/pickFile': {
      schema: z.object({
        mode: z.enum(['open', 'save']),
        extensions: z
          .array(z.string().regex(/^[\w.-]{1,16}$/))
          .max(40)
          .optional(),
        multiple: z.boolean().optional(),
        defaultName: z.string().max(1000).optional()
      }),
      run: async () => desktopOnly()
    },
    'workspace/showInFolder': {
      schema: z.object({ path: z.string().min(1) }),
      run: async () => desktopOnly()
    },
    'workspace/upload': {
      schema: z.object({
        files: z
          .array(
            z.union([z.object({ name: fileName, base64 }), z.object({ name: fileName, spooled: z.string().min(1) })])
          )
          .min(1)
          .max(1000)
      }),
      run: async ({ files }) => {
        const kept: { name: string; path: string }[] = []
        for (const f of files) {
          const path = app.spool.keep(f.name)
          if ('base64' in f) await writeFile(path, Buffer.from(f.base64, 'base64'))
          else {
            // Streamed by the web bridge as the request arrived: moved beside its name, not copied.
            const spooled = app.spool.take(f.spooled)
            if (!spooled) throw new ApiError('not-found', `${f.name}: the upload is gone; send the file again`)
            await rename(spooled, path)
            app.spool.discard(spooled)
          }
          kept.push({ name: f.name, path })
        }
        return { files: kept }
      }
    },
    'workspace/saveTarget': {
      schema: z.object({ name: fileName }),
      run: async ({ name }) => ({ path: app.spool.keep(name) })
    }
  }
}
