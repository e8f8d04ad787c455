import type { ExportArg, ExportFilter, ExportFormat } from '../../../shared/models'
import { isTermStatus, TERM_STATUSES } from '../../../shared/vocabulary'
import { CliError, type Command } from '../command'
import { toTsv } from '../output'

const FORMATS: ExportFormat[] = ['tbx', 'tbx2', 'csv', 'tsv', 'xlsx', 'html', 'tmx']

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Export the term base (TBX v3/v2, CSV, OmegaT TSV, XLSX, a printable HTML glossary) or the translation memory (TMX).',
  usage: [
    'shuyu export --format tbx|tbx2|csv|tsv|xlsx|html|tmx --out FILE [--status S] [--domain D] [--lang L]',
    '             [--since YYYY-MM-DD] [--layout interchange|readable] [--group domain|none]',
    '             [--sort alpha|pinyin] [--db FILE]',
    '    tbx   TBX-Basic v3 (ISO 30042:2019, DCA)      tbx2  TBX-Basic v2 <martif> (OmegaT, translate-toolkit)',
    '    csv   UTF-8 with BOM, RFC 4180, one row per concept, several terms in a cell separated by |',
    '    tsv   OmegaT glossary: "source TAB target", preferred terms only, no header. Name the file .txt or',
    '          .tab: OmegaT 3.6 reads those as glossaries but fails on a .tsv extension.',
    '    xlsx  --layout interchange (default): the CSV layout as a workbook, re-importable;',
    '          --layout readable: one row per concept for people (head term, Chinese, status, other terms,',
    '          definition, example), frozen header, widths, filters',
    '    html  a printable glossary, one self-contained page: --group domain (default: a section, and a',
    '          printed page, per domain) or none; --sort alpha (default, by head term) or pinyin.',
    '          Open it in a browser and print, or print it to PDF.',
    '    tmx   TMX 1.4b, every translation unit',
    '    --status/--domain/--lang/--since select concepts (not used for tmx).',
    "    An existing FILE is replaced, as the shell's > would (the app asks first).",
    '    Prints one TSV row: path format items bytes'
  ].join('\n'),
  options: {
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    status: { type: 'string' },
    domain: { type: 'string' },
    lang: { type: 'string' },
    since: { type: 'string' },
    layout: { type: 'string' },
    group: { type: 'string' },
    sort: { type: 'string' }
  },
  async run({ values, io, call }) {
    const format = values.format as string | undefined
    if (!format || !FORMATS.includes(format as ExportFormat)) {
      throw new CliError(`--format must be one of ${FORMATS.join(', ')}`)
    }
    const out = values.out as string | undefined
    if (!out) throw new CliError('--out FILE is required')
    const filter: ExportFilter = {}
    const status = values.status as string | undefined
    if (status) {
      if (!isTermStatus(status)) throw new CliError(`bad --status: ${status} (${TERM_STATUSES.join(', ')})`)
      filter.status = status
    }
    if (values.domain) filter.domain = values.domain as string
    if (values.lang) filter.lang = values.lang as string
    if (values.since) {
      // A real calendar date: "2026-13-45" would select nothing and look like an empty term base.
      const since = values.since as string
      const day = new Date(`${since.slice(0, 10)}T00:00:00Z`)
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(since) ||
        Number.isNaN(day.getTime()) ||
        day.toISOString().slice(0, 10) !== since
      ) {
        throw new CliError(`bad --since: ${since} (a date, YYYY-MM-DD)`)
      }
      filter.since = since
    }
    const arg: ExportArg = { format: format as ExportFormat, path: out, filter, overwrite: true }
    const layout = values.layout as string | undefined
    if (layout !== undefined) {
      if (format !== 'xlsx') throw new CliError('--layout applies to --format xlsx')
      if (layout !== 'interchange' && layout !== 'readable')
        throw new CliError('--layout must be interchange or readable')
      arg.layout = layout
    }
    const group = values.group as string | undefined
    const sort = values.sort as string | undefined
    if ((group !== undefined || sort !== undefined) && format !== 'html') {
      throw new CliError('--group and --sort apply to --format html')
    }
    if (group !== undefined && group !== 'domain' && group !== 'none')
      throw new CliError('--group must be domain or none')
    if (sort !== undefined && sort !== 'alpha' && sort !== 'pinyin')
      throw new CliError('--sort must be alpha or pinyin')
    if (format === 'html') {
      arg.glossary = {}
      if (group) arg.glossary.groupBy = group as 'domain' | 'none'
      if (sort) arg.glossary.order = sort === 'pinyin' ? 'pinyin' : 'alphabetical'
    }
    const report = await call('exchange/export', arg)
    io.out(
      toTsv(
        ['path', 'format', 'items', 'bytes'],
        [[report.path, report.format, report.units ?? report.concepts ?? 0, report.bytes]]
      )
    )
    return 0
  }
}
