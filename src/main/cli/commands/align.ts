import { existsSync, statSync } from 'node:fs'

import { CliError, type Command } from '../command'
import { toJson, toTsv } from '../output'

export const alignCommand: Command = {
  name: 'align',
  summary: 'Align an English document with its Chinese translation, sentence by sentence.',
  usage:
    'shuyu align EN_FILE ZH_FILE [--commit] [--format tsv|json] [--db FILE]\n' +
    '    imports both into the corpus; TSV: confidence english chinese (one line per link; stderr counts\n' +
    '    the links under the review threshold, and says what is wrong with the pair, if anything);\n' +
    '    --commit stores the links as translation units',
  options: { commit: { type: 'boolean', default: false }, format: { type: 'string', default: 'tsv' } },
  async run({ positionals, values, io, call }) {
    if (positionals.length !== 2) throw new CliError('align needs an English file and a Chinese file')
    // Two files, not folders: a folder would import many documents and leave the pair undefined.
    for (const path of positionals) {
      if (!existsSync(path)) throw new CliError(`${path}: no such file`)
      if (!statSync(path).isFile()) throw new CliError(`${path}: not a file (align takes two documents)`)
    }
    const report = await call('corpus/import', { paths: positionals })
    const failed = report.files.find((f) => f.status === 'failed')
    if (failed) {
      const kept = report.files.filter((f) => f.status === 'imported').map((f) => f.file)
      throw new CliError(
        (failed.error ?? `${failed.file}: import failed`) +
          (kept.length ? ` (${kept.join(', ')} was imported into the corpus; delete it there if unwanted)` : '')
      )
    }
    const [en, zh] = report.files.map((f) => f.documentId as number)
    const alignment = await call('memory/align', { enDocumentId: en, zhDocumentId: zh })
    for (const problem of alignment.problems) io.err(`warning: ${problem.message}\n`)
    const review = alignment.links.filter((l) => l.review).length
    if (review > 0) {
      io.err(`${review} of ${alignment.links.length} links below confidence ${alignment.reviewBelow}: check them\n`)
    }
    if (alignment.confidence < 0.5 && alignment.links.length > 0) {
      io.err(
        `warning: low confidence (${alignment.confidence.toFixed(2)}): these may not be translations of each other\n`
      )
    }
    if (values.commit) {
      const saved = await call('memory/saveAlignment', { enDocumentId: en, zhDocumentId: zh, links: alignment.links })
      io.err(
        `stored ${saved.units} translation units` +
          (saved.duplicates ? ` (${saved.duplicates} already in the memory, not stored again)` : '') +
          '\n'
      )
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
