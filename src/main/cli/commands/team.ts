import type { TeamStatus } from '../../../shared/team-models'
import { CliError, type Command, type CommandContext } from '../command'
import { toJson, toTsv } from '../output'

/**
 * The workspace's side of the team (docs/team.md). `team server` and `team user` belong to the team server
 * program, which bin/shuyu.cjs starts instead of this CLI; they are listed here so `--help` shows all of it.
 */
export const teamCommand: Command = {
  name: 'team',
  summary: 'Share the term base with a team: join a team server, sync, resolve conflicts, review suggestions.',
  usage: [
    'shuyu team join URL --token T [--db FILE]         joins this workspace to the team server at URL',
    'shuyu team sync [--db FILE]                       TSV: pushed pulled conflicts',
    'shuyu team status [--db FILE]                     TSV: state team user role waiting suggested conflicts synced',
    'shuyu team conflicts [--db FILE]                  TSV: concept field local remote',
    'shuyu team resolve CONCEPT --keep theirs|mine [--field F] [--db FILE]',
    'shuyu team resolve CONCEPT --field F --merge TEXT [--db FILE]',
    'shuyu team suggestions [--db FILE]                TSV: id concept author change',
    'shuyu team approve ID [--db FILE]',
    'shuyu team reject ID [--note TEXT] [--db FILE]',
    '    every listing also takes --format json',
    '',
    'The team server (no workspace; PostgreSQL):',
    'shuyu team server --pg URL [--port N] [--host H] [--moderated | --unmoderated]',
    'shuyu team user add NAME --role admin|terminologist|translator|viewer --pg URL',
    'shuyu team user token|revoke|list … --pg URL       (shuyu team server --help)'
  ].join('\n'),
  options: {
    token: { type: 'string' },
    keep: { type: 'string' },
    field: { type: 'string' },
    merge: { type: 'string' },
    note: { type: 'string' },
    format: { type: 'string', default: 'tsv' }
  },
  async run(ctx) {
    const [sub, ...rest] = ctx.positionals
    switch (sub) {
      case 'join':
        return join(ctx, rest)
      case 'sync':
        return sync(ctx)
      case 'status':
        return status(ctx)
      case 'conflicts':
        return conflicts(ctx)
      case 'resolve':
        return resolve(ctx, rest)
      case 'suggestions':
        return suggestions(ctx)
      case 'approve':
      case 'reject':
        return decide(ctx, sub, rest)
      case 'server':
      case 'user':
        throw new CliError(
          `"team ${sub}" is run by the shuyu launcher (bin/shuyu.cjs), which starts the team server program`
        )
      default:
        throw new CliError(
          `team needs a subcommand: join, sync, status, conflicts, resolve, suggestions, approve, reject${sub ? ` (not "${sub}")` : ''}`
        )
    }
  }
}

const json = (ctx: CommandContext) => ctx.values.format === 'json'

async function join(ctx: CommandContext, rest: string[]): Promise<number> {
  const url = rest[0]
  const token = ctx.values.token as string | undefined
  if (!url || !token) throw new CliError('team join needs the server URL and --token T')
  const status = await ctx.call('team/join', { url, token })
  ctx.io.err(
    `Joined ${status.teamName ? `team "${status.teamName}"` : 'the team'} at ${status.url} as ${status.user} (${status.role}` +
      `${status.moderated ? ', moderated team' : ''}); ${status.waiting} concept${status.waiting === 1 ? '' : 's'} ` +
      'of this workspace will be offered to the team on the next `shuyu team sync`\n'
  )
  printStatus(ctx, status)
  return 0
}

async function sync(ctx: CommandContext): Promise<number> {
  const report = await ctx.call('team/sync', {})
  if (json(ctx)) ctx.io.out(toJson(report))
  else ctx.io.out(toTsv(['pushed', 'pulled', 'conflicts'], [[report.pushed, report.pulled, report.conflicts]]))
  if (report.held > 0) {
    ctx.io.err(
      `${report.held} local change${report.held === 1 ? '' : 's'} not sent: a viewer reads only; they stay here\n`
    )
  }
  const open = await ctx.call('team/status', {})
  if (open.conflicts > 0)
    ctx.io.err(`${open.conflicts} conflict${open.conflicts === 1 ? '' : 's'} open: shuyu team conflicts\n`)
  if (open.suggested > 0) ctx.io.err(`${open.suggested} of your suggestions wait for review\n`)
  return 0
}

async function status(ctx: CommandContext): Promise<number> {
  printStatus(ctx, await ctx.call('team/status', {}))
  return 0
}

function printStatus(ctx: CommandContext, st: TeamStatus): void {
  if (json(ctx)) {
    ctx.io.out(toJson(st))
    return
  }
  ctx.io.out(
    toTsv(
      ['state', 'team', 'user', 'role', 'waiting', 'suggested', 'conflicts', 'synced'],
      [[st.state, st.teamName, st.user, st.role ?? '', st.waiting, st.suggested, st.conflicts, st.syncedAt ?? '']]
    )
  )
  if (st.lastError) ctx.io.err(`last sync failed: ${st.lastError.message}\n`)
}

async function conflicts(ctx: CommandContext): Promise<number> {
  const list = await ctx.call('team/conflicts', {})
  if (json(ctx)) {
    ctx.io.out(toJson(list))
    return 0
  }
  ctx.io.out(
    toTsv(
      ['concept', 'field', 'local', 'remote'],
      list.map((c) => [c.conceptId, c.field, c.localText, c.remoteText])
    )
  )
  return 0
}

async function resolve(ctx: CommandContext, rest: string[]): Promise<number> {
  const concept = Number(rest[0])
  if (!Number.isInteger(concept) || concept <= 0)
    throw new CliError('team resolve needs a concept ID (from team conflicts)')
  const field = ctx.values.field as string | undefined
  const merge = ctx.values.merge as string | undefined
  const keep = merge !== undefined ? 'merged' : (ctx.values.keep as string | undefined)
  if (keep !== 'theirs' && keep !== 'mine' && keep !== 'merged') {
    throw new CliError('team resolve needs --keep theirs, --keep mine, or --field F --merge TEXT')
  }
  if (keep === 'merged' && !field) throw new CliError('--merge needs the --field it is the value of')
  const matching = (await ctx.call('team/conflicts', {})).filter(
    (c) => c.conceptId === concept && (field === undefined || c.field === field)
  )
  if (matching.length === 0) throw new CliError(`no conflict of concept ${concept}${field ? ` in ${field}` : ''}`)
  // Newest last: keeping mine for several conflicts of one field ends with the newest value.
  for (const c of matching) await ctx.call('team/resolve', { id: c.id, keep, value: merge })
  ctx.io.err(`Resolved ${matching.length} conflict${matching.length === 1 ? '' : 's'} (${keep})\n`)
  return 0
}

async function suggestions(ctx: CommandContext): Promise<number> {
  const list = await ctx.call('team/suggestions', {})
  if (json(ctx)) ctx.io.out(toJson(list))
  else
    ctx.io.out(
      toTsv(
        ['id', 'concept', 'author', 'change'],
        list.map((s) => [s.id, s.concept, s.author, s.change])
      )
    )
  return 0
}

async function decide(ctx: CommandContext, sub: 'approve' | 'reject', rest: string[]): Promise<number> {
  const id = Number(rest[0])
  if (!Number.isInteger(id) || id <= 0) throw new CliError(`team ${sub} needs a suggestion ID (from team suggestions)`)
  if (sub === 'approve') {
    const { conflicts } = await ctx.call('team/approve', { id })
    ctx.io.err(
      conflicts > 0
        ? `Approved ${id}; ${conflicts} of its fields changed on the server since and kept the server's value\n`
        : `Approved ${id}\n`
    )
  } else {
    await ctx.call('team/reject', { id, note: (ctx.values.note as string | undefined) ?? '' })
    ctx.io.err(`Rejected ${id}\n`)
  }
  return 0
}
