import i18next from 'i18next'
import type { ApiErrorPayload } from '../../../shared/api'

const codes: ReadonlySet<ApiErrorPayload['code']> = new Set([
  'invalid-argument', 'not-found', 'bad-input', 'cancelled', 'conflict', 'internal'
])

/** An error that came back from the Node side, carrying its payload so the UI can name the file. */
export class ApiError extends Error {
  readonly payload: ApiErrorPayload

  constructor(payload: ApiErrorPayload) {
    super(payload.message)
    this.name = 'ApiError'
    this.payload = payload
  }

  get code(): ApiErrorPayload['code'] {
    return this.payload.code
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Reads an error payload from anything a transport hands back; unknown shapes become 'internal'. */
export function toErrorPayload(value: unknown): ApiErrorPayload {
  if (isRecord(value) && typeof value.message === 'string') {
    const code = typeof value.code === 'string' && codes.has(value.code as ApiErrorPayload['code'])
      ? (value.code as ApiErrorPayload['code'])
      : 'internal'
    const payload: ApiErrorPayload = { code, message: value.message }
    if (typeof value.file === 'string') payload.file = value.file
    if (typeof value.line === 'number') payload.line = value.line
    if (typeof value.column === 'number') payload.column = value.column
    if (typeof value.key === 'string') payload.key = value.key
    if (isRecord(value.params)) payload.params = value.params as Record<string, string | number>
    return payload
  }
  return { code: 'internal', message: typeof value === 'string' ? value : String(value) }
}

/** Normalises any thrown value into an ApiError (Electron IPC, for one, flattens errors). */
export function toApiError(value: unknown): ApiError {
  if (value instanceof ApiError) return value
  if (isRecord(value) && isRecord(value.payload)) return new ApiError(toErrorPayload(value.payload))
  return new ApiError(toErrorPayload(value))
}

/** The server's message in the UI language when it sent a translatable key, else as sent. */
export function localizedMessage(payload: ApiErrorPayload): string {
  const key = payload.key ? `errors.${payload.key}` : null
  if (key && i18next.isInitialized && i18next.exists(key)) return i18next.t(key, payload.params ?? {})
  return payload.message
}

/** One line for a banner: the message, then the file and line when the server named them. */
export function describeError(error: unknown): string {
  const payload = toApiError(error).payload
  if (!payload.file) return localizedMessage(payload)
  const where = payload.line === undefined ? payload.file : `${payload.file}:${payload.line}`
  return payload.message.includes(payload.file) ? payload.message : `${where}: ${payload.message}`
}
