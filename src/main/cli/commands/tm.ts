import { hasHan } from '../../../shared/script'
import { CliError, type Command, type CommandContext } from '../command'
import { toJson, toTsv } from '../output'

export const tmCommand: Command = {
  name: 'tm',
  summary:
    'Translation memory: import TMX, fuzzy-match a sentence, suggest equivalents for a term (Chinese for English, English for Chinese).',
  usage: [
    'shuyu tm import FILE.tmx [--db FILE]',
    'shuyu tm match "SENTENCE" [--min 70] [--limit N] [--format tsv|json] [--db FILE]',
    '    TSV: score source target origin (exact and 100% matches first); the sentence is matched against both',
    '    sides of every unit: source is the side it matched, target the other side',
    'shuyu tm suggest "TERM" [--limit N] [--format tsv|json] [--db FILE]',
    '    TSV: chinese score units'
  ].join('\n'),
  options: {
    min: { type: 'string', default: '70' },
    limit: { type: 'string', default: '10' },
    format: { type: 'string', default: 'tsv' }
  },
  async run(ctx) {
    const [sub, ...rest] = ctx.positionals
    if (sub === 'match') return match(ctx, rest.join(' '))
    if (sub === 'suggest') return suggest(ctx, rest.join(' '))
    if (sub === 'import') return importTmx(ctx, rest)
    throw new CliError(`tm needs a subcommand: import, match or suggest${sub ? ` (not "${sub}")` : ''}`)
  }
}

function numberOption(ctx: CommandContext, name: string, lo: number, hi: number): number {
  const value = Number(ctx.values[name])
  if (!Number.isFinite(value) || value < lo || value > hi) throw new CliError(`bad --${name}: ${ctx.values[name]}`)
  return value
}

async function match(ctx: CommandContext, sentence: string): Promise<number> {
  if (!sentence.trim()) throw new CliError('tm match needs a sentence')
  const matches = await ctx.call('memory/match', {
    text: sentence,
    min: numberOption(ctx, 'min', 0, 100),
    limit: Math.round(numberOption(ctx, 'limit', 1, 200))
  })
  if (ctx.values.format === 'json') ctx.io.out(toJson(matches))
  else {
    ctx.io.out(
      toTsv(
        ['score', 'source', 'target', 'origin'],
        // source: the side the sentence matched (a Chinese sentence matches the target of an EN→ZH unit).
        matches.map((m) =>
          m.side === 'source'
            ? [m.score.toFixed(1), m.unit.source, m.unit.target, m.unit.origin]
            : [m.score.toFixed(1), m.unit.target, m.unit.source, m.unit.origin]
        )
      )
    )
  }
  return 0
}

async function suggest(ctx: CommandContext, term: string): Promise<number> {
  if (!term.trim()) throw new CliError('tm suggest needs a term')
  const proposals = await ctx.call('memory/suggest', {
    term,
    limit: Math.round(numberOption(ctx, 'limit', 1, 100))
  })
  if (ctx.values.format === 'json') ctx.io.out(toJson(proposals))
  else
    ctx.io.out(
      toTsv(
        // The column says the proposals' language: Chinese for an English term, English for a Chinese one.
        [hasHan(term) ? 'english' : 'chinese', 'score', 'units'],
        proposals.map((p) => [p.text, p.score.toFixed(4), p.freq])
      )
    )
  return 0
}

async function importTmx(ctx: CommandContext, files: string[]): Promise<number> {
  if (files.length === 0) throw new CliError('tm import needs a TMX file')
  const rows: unknown[][] = []
  for (const path of files) {
    if (!/\.tmx$/i.test(path)) throw new CliError(`${path}: tm import takes .tmx files`)
    const report = await ctx.call('exchange/import', { path })
    for (const w of report.warnings) ctx.io.err(`warning: ${w}\n`)
    rows.push([path, report.new, report.duplicates, report.rejected])
  }
  ctx.io.out(toTsv(['file', 'new', 'duplicates', 'rejected'], rows))
  return 0
}
