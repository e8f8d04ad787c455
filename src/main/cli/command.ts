import type { ParseArgsConfig } from 'node:util'

import type { ApiArg, ApiName, ApiResult } from '../../shared/api'
import type { CliIO } from './output'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

export interface CommandContext {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
  io: CliIO
  /** Calls an operation of the contract through the same dispatcher as the app. */
  call<K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>>
  /** For `serve`: the opened app context and handlers. */
  services: () => Promise<import('./services').CliServices>
}

export interface Command {
  name: string
  summary: string
  usage: string
  options: OptionSpec
  /** Whether the command opens the workspace (all but help do). */
  run(ctx: CommandContext): Promise<number>
}

export class CliError extends Error {}
