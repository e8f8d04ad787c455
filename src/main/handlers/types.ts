import type { z } from 'zod'

import type { ApiArg, ApiName, ApiResult } from '../../shared/api'
import type { CallContext } from '../call-context'

export type Handler<K extends ApiName> = (arg: ApiArg<K>, call: CallContext) => Promise<ApiResult<K>>

/** A slice of the contract: handler plus argument schema for each operation of an area. */
export type HandlerSlice<K extends ApiName> = {
  [P in K]: { schema: z.ZodType<ApiArg<P>>; run: Handler<P> }
}
