import { CliError, type Command } from '../command'
import { toJson, toTsv } from '../output'

export const alignCommand: Command = {
  name: 'align',
  summary: 'Align an English document with its Chinese translation, sentence by sentence.',
  usage:
    'shuyu align EN_FILE ZH_FILE [--commit] [--format tsv|json] [--db FILE]\n' +
    '    imports both into the corpus; TSV: confidence english chinese (one line per link);\n' +
    '    --commit stores the links as translation units',
  options: { commit: { type: 'boolean', default: false }, format: { type: 'string', default: 'tsv' } },
  async run({ positionals, values, io, call }) {
    if (positionals.length !== 2) throw new CliError('align needs an English file and a Chinese file')
    const report = await call('corpus/import', { paths: positionals })
    const failed = report.files.find((f) => f.status === 'failed')
    if (failed) throw new CliError(failed.error ?? `${failed.file}: import failed`)
    const [en, zh] = report.files.map((f) => f.documentId as number)
    const alignment = await call('align/run', { enDocumentId: en, zhDocumentId: zh })
    if (alignment.confidence < 0.5) {
      io.err(`warning: low confidence (${alignment.confidence.toFixed(2)}): these may not be translations of each other\n`)
    }
    if (values.commit) {
      const saved = await call('align/save', { enDocumentId: en, zhDocumentId: zh, links: alignment.links })
      io.err(`stored ${saved.units} translation units\n`)
    }
    if (values.format === 'json') io.out(toJson(alignment))
    else {
      io.out(
        toTsv(
          ['confidence', 'english', 'chinese'],
          alignment.links.map((l) => [l.confidence.toFixed(3), l.english, l.chinese])
        )
      )
    }
    return 0
  }
}
