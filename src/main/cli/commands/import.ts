import { CliError, type Command } from '../command'
import { toTsv } from '../output'

export const importCommand: Command = {
  name: 'import',
  summary: 'Import corpus documents (.txt .md .html .docx .pdf), files or folders.',
  usage: 'shuyu import PATH... [--db FILE] [--format tsv|json]',
  options: { format: { type: 'string', default: 'tsv' } },
  async run({ positionals, values, io, call }) {
    if (positionals.length === 0) throw new CliError('name at least one file or folder to import')
    const report = await call('corpus/import', { paths: positionals })
    if (values.format === 'json') io.out(JSON.stringify(report, null, 2) + '\n')
    else {
      io.out(
        toTsv(
          ['file', 'status', 'document', 'title', 'error'],
          report.files.map((f) => [f.file, f.status, f.documentId ?? '', f.title ?? '', f.error ?? ''])
        )
      )
    }
    for (const f of report.files) if (f.status === 'failed') io.err(`${f.error}\n`)
    return report.failed > 0 ? 1 : 0
  }
}
