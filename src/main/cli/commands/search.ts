import { createInterface } from 'node:readline'

import type { ConcordanceResult, SortLevel } from '../../../shared/api/concordance'
import type { Lang } from '../../../shared/vocabulary'
import { CliError, type Command, type CommandContext } from '../command'
import { toJson, toTsv } from '../output'

const SCOPES = { corpus: 'corpus', tm: 'memory', all: 'both' } as const
const LEVELS = new Set(['1L', '2L', '3L', '1R', '2R', '3R'])

export const searchCommand: Command = {
  name: 'search',
  summary: 'Concordance: a word or phrase in context (KWIC), English or Chinese, in the corpus and/or the memory.',
  usage: [
    'shuyu search QUERY [--lang en|zh] [--scope corpus|tm|all] [--sort 1R,2R] [--limit N] [--format tsv|json]',
    '             [--match-case] [--lemma] [--regex] [--pinyin] [--whole-words] [--stdin] [--timings] [--db FILE]',
    '    TSV: doc date left match right   (--stdin: one query per line, a leading query column;',
    '    --timings: a trailing ms column, and a row for queries without hits;',
    '    --pinyin: QUERY is pinyin, e.g. "xinzhi shengchanli" → 新质生产力; what it resolved to goes to stderr;',
    '    --whole-words: Chinese matches whole words only, as jieba cuts the text: 发展 not inside 发展中国家)'
  ].join('\n'),
  options: {
    lang: { type: 'string' },
    scope: { type: 'string', default: 'corpus' },
    sort: { type: 'string' },
    limit: { type: 'string', default: '50' },
    format: { type: 'string', default: 'tsv' },
    'match-case': { type: 'boolean', default: false },
    lemma: { type: 'boolean', default: false },
    regex: { type: 'boolean', default: false },
    pinyin: { type: 'boolean', default: false },
    'whole-words': { type: 'boolean', default: false },
    stdin: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false }
  },
  async run(ctx) {
    const queries = ctx.values.stdin ? await readLines() : [ctx.positionals.join(' ')]
    if (!ctx.values.stdin && !queries[0].trim()) throw new CliError('search needs a query (or --stdin)')
    const results: { query: string; ms: number; result?: ConcordanceResult; error?: string }[] = []
    for (const query of queries) {
      const started = performance.now()
      try {
        const result = await search(ctx, query)
        results.push({ query, ms: performance.now() - started, result })
        if (result.pinyin && ctx.values.format !== 'json') ctx.io.err(describePinyin(query, result) + '\n')
        // A regular expression that ran out of time leaves the list incomplete: never an unexplained "no hits".
        if (result.timedOut) {
          ctx.io.err(
            `${query}: the regular expression took too long; the search stopped and these hits ` +
              'are incomplete (simplify the pattern, e.g. avoid nested repetition)\n'
          )
        }
      } catch (error) {
        if (!ctx.values.stdin) throw error
        results.push({ query, ms: performance.now() - started, error: (error as Error).message })
        ctx.io.err(`${query}: ${(error as Error).message}\n`)
      }
    }
    print(ctx, results)
    return results.some((r) => r.error) ? 1 : 0
  }
}

function search(ctx: CommandContext, query: string): Promise<ConcordanceResult> {
  const scope = SCOPES[(ctx.values.scope as keyof typeof SCOPES) ?? 'corpus']
  if (!scope) throw new CliError(`bad --scope: ${ctx.values.scope} (corpus, tm or all)`)
  const lang = ctx.values.lang as string | undefined
  if (lang && lang !== 'en' && lang !== 'zh') throw new CliError(`bad --lang: ${lang} (en or zh)`)
  const sort = ((ctx.values.sort as string | undefined) ?? '').split(',').filter(Boolean)
  for (const level of sort) if (!LEVELS.has(level)) throw new CliError(`bad --sort level: ${level} (1L..3L, 1R..3R)`)
  const limit = Number(ctx.values.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new CliError(`bad --limit: ${ctx.values.limit} (1-500)`)
  return ctx.call('concordance/search', {
    query,
    scope,
    language: lang as Lang | undefined,
    sort: sort as SortLevel[],
    limit,
    ...(ctx.values.pinyin ? { pinyin: true } : {}),
    options: {
      matchCase: ctx.values['match-case'] as boolean,
      lemma: ctx.values.lemma as boolean,
      regex: ctx.values.regex as boolean,
      wholeWords: ctx.values['whole-words'] as boolean
    }
  })
}

function print(
  ctx: CommandContext,
  results: { query: string; ms: number; result?: ConcordanceResult; error?: string }[]
): void {
  const timings = Boolean(ctx.values.timings)
  if (ctx.values.format === 'json') {
    const rows = results.map((r) => ({
      query: r.query,
      ...(timings ? { ms: Math.round(r.ms * 100) / 100 } : {}),
      total: r.result?.total ?? 0,
      totalExact: r.result?.totalExact ?? true,
      ...(r.result?.timedOut ? { timedOut: true } : {}),
      ...(r.result?.pinyin ? { pinyin: r.result.pinyin } : {}),
      hits: r.result?.hits ?? [],
      ...(r.error ? { error: r.error } : {})
    }))
    ctx.io.out(toJson(ctx.values.stdin ? rows : rows[0]))
    return
  }
  const columns = [
    ...(ctx.values.stdin ? ['query'] : []),
    'doc',
    'date',
    'left',
    'match',
    'right',
    ...(timings ? ['ms'] : [])
  ]
  const rows: unknown[][] = []
  for (const r of results) {
    const lead = ctx.values.stdin ? [r.query] : []
    const ms = timings ? [r.ms.toFixed(2)] : []
    const hits = r.result?.hits ?? []
    if (hits.length === 0 && timings) rows.push([...lead, '', '', '', '', '', ...ms])
    for (const h of hits) {
      const doc = h.kind === 'unit' ? `TM #${h.id}` : (h.documentTitle ?? '')
      rows.push([...lead, doc, h.date ?? '', h.left, h.match, h.right, ...ms])
    }
  }
  ctx.io.out(toTsv(columns, rows))
}

/** "xinzhi shengchanli → 新质生产力 (12), 新知生产力 (1)" (TSV keeps stdout to the hit rows). */
function describePinyin(query: string, result: ConcordanceResult): string {
  const strings = result.pinyin?.strings ?? []
  const list = strings.map((s) => `${s.text} (${s.count})`).join(', ')
  return `${query} → ${list || '(nothing in the workspace reads that way)'}`
}

async function readLines(): Promise<string[]> {
  const lines: string[] = []
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) lines.push(line)
  return lines
}
