import type { ApiErrorPayload, ApiName } from '../shared/api'
import { ApiError } from './api-error'
import type { AppContext } from './app-context'
import { type CallContext } from './call-context'
import type { Handlers } from './handlers'

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiErrorPayload }

/**
 * The single entry every transport (Electron IPC, web bridge, CLI) goes through: checks the name,
 * validates the argument against the operation's schema (the window is untrusted), wires progress
 * and cancellation, and turns every failure into a structured error.
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
  const jobId = (parsed.data as { jobId?: unknown } | undefined)?.jobId
  const job = typeof jobId === 'string' ? jobId : undefined
  const controller = app.jobs.start(job)
  const call: CallContext = {
    jobId: job,
    signal: controller.signal,
    progress: (done, total, message) => {
      if (job) app.events.emit({ type: 'progress', jobId: job, done, total, message })
    }
  }
  try {
    return { ok: true, result: await op.run(parsed.data, call) }
  } catch (error) {
    return { ok: false, error: toPayload(error) }
  } finally {
    app.jobs.finish(job)
  }
}

interface Issue {
  path: PropertyKey[]
  message: string
}

export function toPayload(error: unknown): ApiErrorPayload {
  if (error instanceof ApiError) return error.toPayload()
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
