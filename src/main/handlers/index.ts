import type { ApiName } from '../../shared/api'
import type { AppContext } from '../app-context'
import { concordanceHandlers } from './concordance'
import { corpusHandlers } from './corpus'
import { exchangeHandlers } from './exchange'
import { memoryHandlers } from './memory'
import { miningHandlers } from './mining'
import { qaHandlers } from './qa'
import { teamHandlers } from './team'
import { termbaseHandlers } from './termbase'
import type { HandlerSlice } from './types'
import { workspaceHandlers } from './workspace'

/** Every operation of the contract; a missing or extra key is a compile error. */
export type Handlers = HandlerSlice<ApiName>

export function createHandlers(app: AppContext): Handlers {
  return {
    ...corpusHandlers(app),
    ...workspaceHandlers(app),
    ...miningHandlers(app),
    ...termbaseHandlers(app),
    ...exchangeHandlers(app),
    ...memoryHandlers(app),
    ...concordanceHandlers(app),
    ...teamHandlers(app),
    ...qaHandlers(app)
  }
}
