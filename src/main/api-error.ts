import type { ApiErrorPayload } from '../shared/api'

/**
 * An error that crosses the transport as a structured payload (see ApiErrorPayload). Domain modules throw
 * it; only dispatch() turns it into a payload, so this lives beside the domain, not in the transport layer.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorPayload['code'],
    message: string,
    readonly details: Pick<ApiErrorPayload, 'file' | 'line' | 'column' | 'key' | 'params'> = {}
  ) {
    super(message)
    this.name = 'ApiError'
  }

  toPayload(): ApiErrorPayload {
    return { code: this.code, message: this.message, ...this.details }
  }
}
