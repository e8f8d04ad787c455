import i18next from 'i18next'

import type { ApiErrorPayload } from '../../../shared/api'

const codes: ReadonlySet<ApiErrorPayload['code']> = new Set([
  'invalid-argument',
  'not-found',
  'bad-input',
  'cancelled',
  'conflict',
  'internal'
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
    const code =
      typeof value.code === 'string' && codes.has(value.code as ApiErrorPayload['code'])
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
  return translated(payload) ?? payload.message
}

function translated(payload: ApiErrorPayload): string | null {
  const key = payload.key ? `errors.${payload.key}` : null
  if (key && i18next.isInitialized && i18next.exists(key)) return i18next.t(key, payload.params ?? {})
  return null
}

/**
 * One line for a banner: the message, then the file and line when the server named them. The place is
 * framed in the UI language (`errors.place.*`) unless the message already names the file; a parser error
 * without a key ("file:line:column: reason") is framed the same way, so only its raw reason stays English.
 */
export function describeError(error: unknown): string {
  const payload = toApiError(error).payload
  if (!payload.file) return localizedMessage(payload)
  const name = fileName(payload.file)
  const text = translated(payload)
  if (text !== null) return text.includes(name) ? text : placed(payload, name, text)
  const reason = parserReason(payload)
  if (reason !== null) return placed(payload, name, reason)
  if (payload.message.includes(payload.file)) return payload.message
  return placed(payload, payload.file, payload.message)
}

/** The reason of a message in the parsers' `file:line:column: reason` form, else null. */
function parserReason(payload: ApiErrorPayload): string | null {
  if (payload.line === undefined || payload.column === undefined) return null
  const prefix = `${payload.file}:${payload.line}:${payload.column}: `
  return payload.message.startsWith(prefix) ? payload.message.slice(prefix.length) : null
}

function placed(payload: ApiErrorPayload, file: string, reason: string): string {
  const { line, column } = payload
  const key =
    line === undefined ? 'errors.place.file' : column === undefined ? 'errors.place.line' : 'errors.place.column'
  if (i18next.isInitialized && i18next.exists(key)) return i18next.t(key, { file, line, column, reason })
  return line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`
}

/** The last part of a path, whatever separator it uses (the banner names the file, not where it lives). */
function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part.length > 0)
  return parts.length > 0 ? parts[parts.length - 1] : path
}
