/**
 * `shuyu team server` and `shuyu team user`: the team server program's command line (bin/shuyu.cjs hands
 * these two to it; every other command is the workspace CLI). Separate from src/main: the server needs
 * neither Electron nor SQLite.
 */
import { parseArgs } from 'node:util'

import { isTeamRole, TEAM_ROLES } from '../shared/team-protocol'
import { createPool, type Pool } from './db'
import { migratePg } from './migrate'
import { DEFAULT_PORT, type RunningTeamServer, startTeamServer } from './server'
import { addUser, listUsers, newToken, revokeUser, setRole, UserError } from './users'

export interface ServerIO {
  out(text: string): void
  err(text: string): void
}

const processIO: ServerIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
}

export const SERVER_USAGE = [
  `shuyu team server --pg URL [--port N] [--host H] [--moderated | --unmoderated] [--name TEAM]`,
  `    serves the team term base from PostgreSQL (default port ${DEFAULT_PORT}, host 127.0.0.1); prints its URL.`,
  '    --moderated / --unmoderated store the team setting (translators suggest, terminologists approve);',
  '    without either the stored setting stays; --name stores the team name members see when they join.',
  '    Run any number of instances over one database.',
  `shuyu team user add NAME --role ${TEAM_ROLES.join('|')} --pg URL     prints a new API token, once`,
  'shuyu team user token NAME --pg URL      another token for NAME',
  'shuyu team user revoke NAME --pg URL     revokes every token of NAME',
  `shuyu team user role NAME --role R --pg URL`,
  'shuyu team user list --pg URL            TSV name role tokens created',
  '--pg may be left out when SHUYU_TEAM_PG holds the URL (keeps the password out of the process list).'
].join('\n')

const options = {
  pg: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  moderated: { type: 'boolean' },
  unmoderated: { type: 'boolean' },
  name: { type: 'string' },
  role: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

class UsageError extends Error {}

/** Runs `team server …` or `team user …` (argv without `team`); resolves to the exit code. */
export async function runServerCli(
  argv: string[],
  io: ServerIO = processIO,
  onStarted?: (server: RunningTeamServer) => void
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    io.err(`shuyu team: ${(error as Error).message}\n\n${SERVER_USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.out(`${SERVER_USAGE}\n`)
    return 0
  }
  try {
    const pg = values.pg ?? process.env.SHUYU_TEAM_PG
    if (!pg) throw new UsageError('needs --pg URL (or SHUYU_TEAM_PG), the PostgreSQL database of the team')
    const [command, sub, name] = positionals
    if (command === 'server') return await serve(io, pg, values, onStarted)
    if (command === 'user') return await user(io, pg, sub, name, values.role)
    throw new UsageError(`unknown command "${command ?? ''}"`)
  } catch (error) {
    io.err(`shuyu team: ${(error as Error).message}\n`)
    if (error instanceof UsageError) io.err(`\n${SERVER_USAGE}\n`)
    return error instanceof UsageError ? 2 : 1
  }
}

async function serve(
  io: ServerIO,
  pg: string,
  values: { port?: string; host?: string; moderated?: boolean; unmoderated?: boolean; name?: string },
  onStarted?: (server: RunningTeamServer) => void
): Promise<number> {
  if (values.moderated && values.unmoderated) throw new UsageError('--moderated or --unmoderated, not both')
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`bad --port: ${values.port}`)
  const moderated = values.moderated ? true : values.unmoderated ? false : undefined
  if (values.name !== undefined && (values.name.trim() === '' || values.name.length > 200)) {
    throw new UsageError('--name needs a team name of 1 to 200 characters')
  }
  const server = await startTeamServer({ pg, port, host: values.host, moderated, name: values.name?.trim() })
  io.err(`Shuyu team server: ${server.moderated ? 'moderated' : 'not moderated'}; Ctrl+C stops it\n`)
  io.out(`${server.url}\n`)
  onStarted?.(server)
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      server.close().then(resolve, resolve)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
    server.server.once('close', () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    })
  })
  return 0
}

async function user(
  io: ServerIO,
  pg: string,
  sub: string | undefined,
  name: string | undefined,
  role: string | undefined
): Promise<number> {
  // Arguments first: a mistyped role should not wait for a database connection.
  if (!['add', 'token', 'revoke', 'role', 'list'].includes(sub ?? '')) {
    throw new UsageError(`unknown subcommand "team user ${sub ?? ''}" (add, token, revoke, role, list)`)
  }
  if (sub !== 'list' && !name) throw new UsageError(`team user ${sub} needs a user name`)
  if ((sub === 'add' || sub === 'role') && !isTeamRole(role)) {
    throw new UsageError(`--role must be one of ${TEAM_ROLES.join(', ')}`)
  }
  const pool: Pool = createPool(pg, { max: 2 })
  try {
    await migratePg(pool)
    if (sub === 'list') {
      const rows = await listUsers(pool)
      io.out(
        ['name\trole\ttokens\tcreated', ...rows.map((u) => `${u.name}\t${u.role}\t${u.tokens}\t${u.createdAt}`)].join(
          '\n'
        ) + '\n'
      )
      return 0
    }
    if (!name) throw new UsageError('a user name is needed')
    if (sub === 'add' || sub === 'role') {
      if (!isTeamRole(role)) throw new UsageError(`--role must be one of ${TEAM_ROLES.join(', ')}`)
      if (sub === 'role') {
        await setRole(pool, name, role)
        io.err(`${name} is now a ${role}\n`)
        return 0
      }
      const token = await addUser(pool, name, role)
      io.err(`Added ${name} (${role}). The token below is shown once; give it to ${name}:\n`)
      io.out(`${token}\n`)
      return 0
    }
    if (sub === 'token') {
      io.out(`${await newToken(pool, name)}\n`)
      return 0
    }
    const n = await revokeUser(pool, name)
    io.err(`Revoked ${n} token${n === 1 ? '' : 's'} of ${name}\n`)
    return 0
  } catch (error) {
    if (error instanceof UserError) {
      io.err(`shuyu team: ${error.message}\n`)
      return 1
    }
    throw error
  } finally {
    await pool.end()
  }
}
