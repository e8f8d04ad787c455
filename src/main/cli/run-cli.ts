import { parseArgs } from 'node:util'

import type { ApiArg, ApiName, ApiResult } from '../../shared/api'
import { dispatch } from '../dispatch'
import { describeHolder, setProcessLabel } from '../workspace/writer-notes'
import { CliError, type Command, type CommandContext } from './command'
import { alignCommand } from './commands/align'
import { docsCommand } from './commands/docs'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { mineCommand } from './commands/mine'
import { qaCommand } from './commands/qa'
import { searchCommand } from './commands/search'
import { serveCommand } from './commands/serve'
import { teamCommand } from './commands/team'
import { termCommand } from './commands/term'
import { tmCommand } from './commands/tm'
import { type CliIO, processIO } from './output'
import { type CliServices, openServices } from './services'

/** Every command of `shuyu`, in the order --help lists them. */
export const commands: Command[] = [
  importCommand,
  exportCommand,
  docsCommand,
  mineCommand,
  termCommand,
  searchCommand,
  tmCommand,
  alignCommand,
  teamCommand,
  qaCommand,
  serveCommand
]

const GLOBAL_HELP = (): string =>
  [
    'shuyu: bilingual policy-terminology glossary and translation memory (English ⇄ Chinese)',
    '',
    'Usage: shuyu <command> [options]      shuyu <command> --help',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    "Every command takes --db FILE (default: the workspace in the app's user-data folder, created",
    'with the seed corpus on first use). Results go to stdout, errors to stderr; a failure exits non-zero.',
    ''
  ].join('\n')

const commonOptions = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

export function commandHelp(command: Command): string {
  return `${command.usage}\n\n${command.summary}\n`
}

/** Runs one CLI invocation; returns the exit code. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(GLOBAL_HELP())
    return name ? 0 : 1
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.err(`shuyu: unknown command "${name}"\n\n${GLOBAL_HELP()}`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...commonOptions, ...command.options },
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    io.err(`shuyu ${name}: ${(error as Error).message}\n\n${commandHelp(command)}`)
    return 2
  }
  if (parsed.values.help) {
    io.out(commandHelp(command))
    return 0
  }
  // --format means the output format (tsv or json) everywhere but export, whose formats are file formats
  // and checked there: a typo must not silently print TSV.
  const format = (parsed.values as Record<string, unknown>).format
  if (
    command.name !== 'export' &&
    'format' in command.options &&
    format !== undefined &&
    format !== 'tsv' &&
    format !== 'json'
  ) {
    io.err(`shuyu ${name}: bad --format: ${String(format)} (tsv or json)\n`)
    return 2
  }
  setProcessLabel(`shuyu ${argv.join(' ')}`.slice(0, 200))
  let services: CliServices | undefined
  const getServices = async () => {
    if (services) return services
    services = await openServices(parsed.values.db as string | undefined, command.name === 'serve')
    sayWhenWaiting(services, io)
    return services
  }
  const ctx: CommandContext = {
    values: parsed.values,
    positionals: parsed.positionals,
    io,
    services: getServices,
    call: async <K extends ApiName>(op: K, arg: ApiArg<K>): Promise<ApiResult<K>> => {
      const { app, handlers } = await getServices()
      const result = await dispatch(app, handlers, op, arg)
      if (!result.ok) {
        const where = result.error.file
          ? ` (${result.error.file}${result.error.line ? `:${result.error.line}` : ''})`
          : ''
        throw new CliError(`${result.error.message}${where}`)
      }
      return result.result as ApiResult<K>
    }
  }
  try {
    return await command.run(ctx)
  } catch (error) {
    io.err(`shuyu ${name}: ${(error as Error).message}\n`)
    return 1
  } finally {
    if (command.name !== 'serve') services?.app.close()
  }
}

/**
 * Another process (an import in another terminal, the app) holds the workspace's write lock: the
 * command waits for it rather than failing, and says once on stderr for whom it waits.
 */
function sayWhenWaiting(services: CliServices, io: CliIO): void {
  let said = false
  services.app.events.subscribe((event) => {
    const waiting = (event.type === 'queue' && event.waiting > 0) || (event.type === 'job' && event.state === 'waiting')
    if (!waiting || said) return
    said = true
    const holder = event.type === 'queue' || event.type === 'job' ? (event.holder ?? null) : null
    io.err(`shuyu: waiting for ${describeHolder(holder)} to finish writing to the workspace…\n`)
  })
}
