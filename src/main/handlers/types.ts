import type { z } from 'zod'

import type { ApiArg, ApiErrorPayload, ApiName, ApiResult } from '../../shared/api'

/** What a handler gets besides its argument: progress reporting and cancellation for long jobs. */
export interface CallContext {
  jobId?: string
  progress(done: number, total: number, message?: string): void
  signal: AbortSignal
}

export type Handler<K extends ApiName> = (arg: ApiArg<K>, call: CallContext) => Promise<ApiResult<K>>

/** A slice of the contract: handler plus argument schema for each operation of an area. */
export type HandlerSlice<K extends ApiName> = {
  [P in K]: { schema: z.ZodType<ApiArg<P>>; run: Handler<P> }
}

/** An error that crosses the transport as a structured payload (see ApiErrorPayload). */
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

export const noContext: CallContext = {
  progress: () => {},
  signal: new AbortController().signal
}
