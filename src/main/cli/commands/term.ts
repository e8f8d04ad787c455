import type { Concept, TermStatus } from '../../../shared/models'
import { isTermStatus, TERM_STATUSES } from '../../../shared/vocabulary'
import { CliError, type Command, type CommandContext } from '../command'
import { toJson, toTsv } from '../output'

const CONCEPT_FIELDS = ['definition', 'domain', 'note', 'source', 'created', 'modified'] as const

export const termCommand: Command = {
  name: 'term',
  summary: 'Add, list and show term-base concepts.',
  usage: [
    'shuyu term add EN --zh ZH [--zh ZH2…] [--status preferred|admitted|deprecated|forbidden]',
    '               [--definition TEXT] [--note TEXT] [--domain TEXT] [--example "sentence"…] [--db FILE]',
    '    the English term is preferred; --status applies to every --zh (default preferred)',
    'shuyu term list [--format tsv|json] [--db FILE]',
    '    TSV: one row per term: concept lang term status definition domain note source created modified',
    'shuyu term show ID [--format tsv|json] [--db FILE]'
  ].join('\n'),
  options: {
    zh: { type: 'string', multiple: true },
    example: { type: 'string', multiple: true },
    status: { type: 'string' },
    definition: { type: 'string' },
    note: { type: 'string' },
    domain: { type: 'string' },
    format: { type: 'string', default: 'tsv' }
  },
  async run(ctx) {
    const [sub, ...rest] = ctx.positionals
    if (sub === 'add') return add(ctx, rest)
    if (sub === 'list') return list(ctx)
    if (sub === 'show') return show(ctx, rest)
    throw new CliError(`term needs a subcommand: add, list or show${sub ? ` (not "${sub}")` : ''}`)
  }
}

async function add(ctx: CommandContext, rest: string[]): Promise<number> {
  const en = rest.join(' ').trim()
  if (!en) throw new CliError('term add needs the English term')
  const status = (ctx.values.status as string | undefined) ?? 'preferred'
  if (!isTermStatus(status)) throw new CliError(`bad --status: ${status} (${TERM_STATUSES.join(', ')})`)
  const zh = (ctx.values.zh as string[] | undefined) ?? []
  const zhTerms = zh.map((text) => ({ lang: 'zh-CN', text, status: status as TermStatus, pos: '', usageNote: '' }))
  const fields = {
    definition: ctx.values.definition as string | undefined,
    note: ctx.values.note as string | undefined,
    domain: ctx.values.domain as string | undefined
  }
  let result = await ctx.call('termbase/save', {
    terms: [{ lang: 'en', text: en, status: 'preferred', pos: '', usageNote: '' }, ...zhTerms],
    ...fields
  })
  if (!result.saved) {
    // The English term is already in the term base: a script adding equivalents means that entry.
    const existing = await ctx.call('termbase/get', { id: result.duplicates[0].conceptId })
    const have = new Set(existing.terms.map((t) => `${t.lang}\u0000${t.text}`))
    result = await ctx.call('termbase/save', {
      id: existing.id,
      terms: [...existing.terms, ...zhTerms.filter((t) => !have.has(`${t.lang}\u0000${t.text}`))],
      ...fields,
      allowDuplicates: true
    })
    ctx.io.err(`"${en}" is already in concept ${existing.id}: added to it\n`)
  }
  if (!result.concept) throw new CliError('the concept could not be saved')
  for (const text of (ctx.values.example as string[] | undefined) ?? []) {
    await ctx.call('termbase/addExample', { conceptId: result.concept.id, text })
  }
  const concept = await ctx.call('termbase/get', { id: result.concept.id })
  printConcepts(ctx, [concept])
  return 0
}

async function list(ctx: CommandContext): Promise<number> {
  const concepts: Concept[] = []
  for (let offset = 0; ; offset += 1000) {
    const page = await ctx.call('termbase/search', { offset, limit: 1000, sort: 'created' })
    for (const row of page.rows) concepts.push(await ctx.call('termbase/get', { id: row.id }))
    if (offset + page.rows.length >= page.total || page.rows.length === 0) break
  }
  concepts.sort((a, b) => a.id - b.id)
  printConcepts(ctx, concepts)
  return 0
}

async function show(ctx: CommandContext, rest: string[]): Promise<number> {
  const id = Number(rest[0])
  if (rest[0] === undefined) throw new CliError('term show needs a concept ID')
  if (!Number.isInteger(id) || id <= 0)
    throw new CliError(`term show: "${rest[0]}" is not a concept ID (a number from term list)`)
  printConcepts(ctx, [await ctx.call('termbase/get', { id })], true)
  return 0
}

function printConcepts(ctx: CommandContext, concepts: Concept[], withExamples = false): void {
  if (ctx.values.format === 'json') {
    ctx.io.out(toJson(concepts.length === 1 && withExamples ? concepts[0] : concepts))
    return
  }
  const rows = concepts.flatMap((c) =>
    c.terms.map((t) => [
      c.id,
      t.lang,
      t.text,
      t.status,
      c.definition,
      c.domain,
      c.note,
      c.source,
      c.createdAt,
      c.modifiedAt
    ])
  )
  ctx.io.out(toTsv(['concept', 'lang', 'term', 'status', ...CONCEPT_FIELDS], rows))
  if (withExamples) {
    for (const c of concepts) {
      if (c.examples.length === 0) continue
      ctx.io.out('\n')
      ctx.io.out(
        toTsv(
          ['example', 'text', 'chinese', 'document', 'date'],
          c.examples.map((e) => [e.id, e.text, e.zh, e.documentTitle ?? e.source, e.date ?? ''])
        )
      )
    }
  }
}
