import type { ApiErrorPayload, ApiName } from '../shared/api'
import { ACCESS } from './access'
import { ApiError } from './api-error'
import type { AppContext } from './app-context'
import { type CallContext } from './call-context'
import { busyError, isBusyError } from './db/write-lock'
import type { Handlers } from './handlers'
import { currentWriter } from './workspace/writer-notes'

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorPayload }

/**
 * The single entry every transport (Electron IPC, web bridge, CLI) goes through: checks the name,
 * validates the argument against the operation's schema (the window is untrusted), wires progress
 * and cancellation, runs edits through the write gate (queued while a job holds the write lock; see
 * handlers/access.ts), and turns every failure into a structured error.
 */
export async function dispatch(
  app: AppContext,
  handlers: Handlers,
  name: string,
  arg: unknown
): Promise<DispatchResult> {
  if (!Object.prototype.hasOwnProperty.call(handlers, name)) {
    return { ok: false, error: { code: 'invalid-argument', message: `Unknown operation: ${name}` } }
  }
  const op = handlers[name as ApiName] as {
    schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: Issue[] } } }
    run: (arg: unknown, call: CallContext) => Promise<unknown>
  }
  const parsed = op.schema.safeParse(arg ?? {})
  if (!parsed.success) {
    const issues = (parsed.error?.issues ?? []).map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`)
    return { ok: false, error: { code: 'invalid-argument', message: `${name}: ${issues.join('; ')}` } }
  }
  const access = ACCESS[name as ApiName]
  // Only jobs are registered under their jobId: `workspace/cancelJob` carries the id of the job it cancels,
  // and registering it too replaced (and so lost) the job's own controller.
  const jobId = access === 'job' ? (parsed.data as { jobId?: unknown } | undefined)?.jobId : undefined
  const job = typeof jobId === 'string' ? jobId : undefined
  const controller = app.cancellable.start(job)
  const call: CallContext = {
    jobId: job,
    signal: controller.signal,
    progress: (done, total, message) => {
      if (job) app.events.emit({ type: 'progress', jobId: job, done, total, message })
    }
  }
  const run = () => op.run(parsed.data, call)
  try {
    if (access === 'write') return { ok: true, result: await app.gate.write(run, controller.signal) }
    if (access === 'switch') {
      if (app.jobs.busy) {
        throw new ApiError('conflict', `Wait for the running jobs to finish (${app.jobs.active.join(', ')})`, {
          key: 'jobs.running'
        })
      }
      return { ok: true, result: await app.gate.exclusive(run) }
    }
    return { ok: true, result: await run() }
  } catch (error) {
    return { ok: false, error: toPayload(error, app.workspace.file) }
  } finally {
    app.cancellable.finish(job)
  }
}

interface Issue {
  path: PropertyKey[]
  message: string
}

/** Any failure as the payload a transport carries; `workspaceFile` names who holds a lock the code met. */
export function toPayload(error: unknown, workspaceFile?: string): ApiErrorPayload {
  if (error instanceof ApiError) return error.toPayload()
  // "database is locked" (another program writing, a read that had to write): said in plain words.
  if (isBusyError(error)) return busyError(workspaceFile ? currentWriter(workspaceFile) : null).toPayload()
  const e = error as { name?: string; message?: string; file?: string; line?: number; column?: number }
  // Domain errors from readers and parsers carry file/line; keep them.
  if (e && typeof e === 'object' && typeof e.message === 'string' && (e.file || e.line)) {
    const payload: ApiErrorPayload = {
      code: 'bad-input',
      message: e.message,
      file: e.file,
      line: e.line,
      column: e.column
    }
    const text = translatable(error as object)
    if (text) {
      payload.key = text.key
      payload.params = text.params
    }
    return payload
  }
  if (e && e.name === 'WorkspaceTooNewError') return { code: 'conflict', message: String(e.message) }
  return { code: 'internal', message: e?.message ?? String(error) }
}

type Params = Record<string, string | number>

/**
 * The reason a domain error names for the UI to translate: a FormatError's `key` and `params` (parsers),
 * a CorpusError's `text` (decoding a CSV/TSV reuses the corpus reader). Read by shape, not class, so
 * errors rebuilt from a worker's message keep theirs too.
 */
function translatable(e: { key?: unknown; params?: unknown; text?: unknown }): { key: string; params: Params } | null {
  if (typeof e.key === 'string') return { key: e.key, params: isParams(e.params) ? e.params : {} }
  const text = e.text as { key?: unknown; params?: unknown } | undefined
  if (text && typeof text === 'object' && typeof text.key === 'string') {
    return { key: text.key, params: isParams(text.params) ? text.params : {} }
  }
  return null
}

function isParams(value: unknown): value is Params {
  return typeof value === 'object' && value !== null
}
