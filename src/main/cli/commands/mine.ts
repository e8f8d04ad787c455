import { CANDIDATE_KINDS, isCandidateKind, type Lang, LANGS } from '../../../shared/vocabulary'
import { CliError, type Command } from '../command'
import { toJson, toTsv } from '../output'

const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value)

export const mineCommand: Command = {
  name: 'mine',
  summary: 'Import the given files/folders (if any), mine the corpus and print candidate terms, best first.',
  usage:
    'shuyu mine [PATH...] [--db FILE] [--lang en|zh] [--limit N] [--kind K] [--equivalents] [--format tsv|json]\n' +
    '  --lang L    whose candidates to print: en (default: the English documents) or zh (the Chinese ones)\n' +
    '  --limit N   how many candidates to print (default 100); 0 prints every candidate the miner stands behind\n' +
    `  --kind K    only candidates of this kind: ${CANDIDATE_KINDS.join(', ')}\n` +
    "  --equivalents  a chinese column: each English candidate's Chinese equivalents from the workspace's\n" +
    '              memory (imported and aligned pairs), best first, separated by |; empty when none\n' +
    '  TSV columns: term score freq docs variants kind [chinese] (variants separated by |)',
  options: {
    lang: { type: 'string', default: 'en' },
    limit: { type: 'string', default: '100' },
    kind: { type: 'string' },
    equivalents: { type: 'boolean', default: false },
    format: { type: 'string', default: 'tsv' }
  },
  async run({ positionals, values, io, call }) {
    const limit = Number(values.limit)
    if (!Number.isInteger(limit) || limit < 0) throw new CliError(`bad --limit: ${values.limit}`)
    if (values.format !== 'tsv' && values.format !== 'json') throw new CliError(`bad --format: ${values.format}`)
    const lang = values.lang
    if (!isLang(lang)) throw new CliError(`bad --lang: ${lang} (en or zh)`)
    const kind = values.kind
    if (kind !== undefined && !isCandidateKind(kind)) {
      throw new CliError(`bad --kind: ${kind} (one of ${CANDIDATE_KINDS.join(', ')})`)
    }
    // A path that could not be imported is reported and makes the exit status non-zero, but the corpus
    // that is there is still mined and printed.
    let failed = 0
    if (positionals.length > 0) {
      const report = await call('corpus/import', { paths: positionals })
      for (const f of report.files) {
        if (f.status !== 'failed') continue
        failed++
        io.err(`${f.error}\n`)
      }
    }
    const summary = await call('mining/run', {})
    for (const warning of summary.warnings) io.err(`warning: ${warning}\n`)
    // Reviewed-away candidates (rejected, merged) are not proposed again.
    const [fresh, accepted] = await Promise.all([
      call('mining/candidates', { status: 'new', limit, kind, lang }),
      call('mining/candidates', { status: 'accepted', limit, kind, lang })
    ])
    const rows = [...fresh.rows, ...accepted.rows].sort((a, b) => b.score - a.score)
    const shown = limit === 0 ? rows : rows.slice(0, limit)
    // One call for the whole list: the memory side trains one lexicon for every candidate.
    const equivalents = values.equivalents
      ? new Map((await call('mining/equivalents', { ids: shown.map((c) => c.id) })).map((e) => [e.id, e]))
      : null
    if (values.format === 'json') {
      const candidates = equivalents ? shown.map((c) => ({ ...c, chinese: equivalents.get(c.id) })) : shown
      io.out(toJson({ summary, candidates }))
    } else {
      const header = ['term', 'score', 'freq', 'docs', 'variants', 'kind']
      const row = (c: (typeof shown)[number]) => [
        c.term,
        c.score.toFixed(4),
        c.freq,
        c.docs,
        c.variants.join('|'),
        c.kind
      ]
      io.out(
        equivalents
          ? toTsv(
              [...header, 'chinese'],
              shown.map((c) => [...row(c), (equivalents.get(c.id)?.equivalents ?? []).map((e) => e.text).join('|')])
            )
          : toTsv(header, shown.map(row))
      )
    }
    return failed > 0 ? 1 : 0
  }
}
