import type { Command } from '../command'
import { toJson, toTsv } from '../output'

export const docsCommand: Command = {
  name: 'docs',
  summary: 'List the corpus documents.',
  usage: 'shuyu docs [--db FILE] [--format tsv|json]',
  options: { format: { type: 'string', default: 'tsv' } },
  async run({ values, io, call }) {
    const docs = await call('corpus/list', {})
    if (values.format === 'json') io.out(toJson(docs))
    else {
      io.out(
        toTsv(
          ['id', 'date', 'title', 'language', 'words', 'segments'],
          docs.map((d) => [d.id, d.date ?? '', d.title, d.language, d.words, d.segments])
        )
      )
    }
    return 0
  }
}
