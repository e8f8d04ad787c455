import type { ExchangeImportReport, ImportAnswers } from '../../../shared/models'
import { exchangeKind } from '../../exchange/input-file'
import { CliError, type Command } from '../command'
import { toTsv } from '../output'

export const importCommand: Command = {
  name: 'import',
  summary: 'Import corpus documents (.txt .md .html .docx .pdf) or glossaries/memories (.tbx .tmx .csv .tsv .xlsx).',
  usage: [
    'shuyu import PATH... [--dry-run] [--merge-proposed] [--db FILE] [--format tsv|json]',
    '    Corpus documents, files or folders: one TSV row per file (file status document title error).',
    '    TBX (v2/v3, also .xml with a <martif>/<tbx> root), TMX, CSV, TSV, XLSX: merged into the term base',
    '    (or the memory, for TMX), each file in its own transaction, undoable; one TSV row per file imported:',
    '    file kind new merged conflicting rejected; warnings on stderr. A file that fails is named on stderr',
    '    and changes nothing; the others are still imported, and the exit status is 1.',
    '    --dry-run: count what would happen for TBX/TMX/CSV/TSV/XLSX, write nothing.',
    '    Entries are concepts: into an empty term base each entry becomes one. An entry that shares a term with',
    '    a concept already there is imported as a new concept, and the merge is proposed (a warning names it);',
    '    --merge-proposed carries out every proposed merge. Entries whose id names a concept (c12) merge into it.'
  ].join('\n'),
  options: {
    format: { type: 'string', default: 'tsv' },
    'dry-run': { type: 'boolean' },
    'merge-proposed': { type: 'boolean' }
  },
  async run({ positionals, values, io, call }) {
    if (positionals.length === 0) throw new CliError('name at least one file or folder to import')
    const exchange = positionals.filter((p) => exchangeKind(p) !== null)
    const corpus = positionals.filter((p) => exchangeKind(p) === null)
    const dryRun = values['dry-run'] === true
    if (dryRun && corpus.length > 0) throw new CliError('--dry-run applies to TBX, TMX, CSV, TSV and XLSX files only')
    let failed = 0
    const reports: ExchangeImportReport[] = []
    for (const path of exchange) {
      try {
        // Every merge the preview would propose, carried out.
        const answers: ImportAnswers | undefined =
          values['merge-proposed'] === true ? { mergeProposed: true } : undefined
        reports.push(
          await call(dryRun ? 'exchange/preview' : 'exchange/import', { path, ...(answers ? { answers } : {}) })
        )
      } catch (error) {
        // Its transaction rolled back: say so and go on, so the files that did import are reported.
        failed++
        io.err(`shuyu import: ${(error as Error).message}\n`)
      }
    }
    if (reports.length > 0) {
      if (values.format === 'json') io.out(JSON.stringify(reports, null, 2) + '\n')
      else {
        io.out(
          toTsv(
            ['file', 'kind', 'new', 'merged', 'conflicting', 'rejected'],
            reports.map((r) => [r.file, r.kind, r.new, r.merged, r.conflicting, r.rejected])
          )
        )
      }
      for (const r of reports) {
        for (const w of r.warnings) io.err(`${w}\n`)
        if (r.duplicates > 0) io.err(`${r.file}: ${r.duplicates} already in the workspace, not imported again\n`)
      }
    }
    if (corpus.length > 0) {
      const report = await call('corpus/import', { paths: corpus })
      if (values.format === 'json') io.out(JSON.stringify(report, null, 2) + '\n')
      else {
        io.out(
          toTsv(
            ['file', 'status', 'document', 'title', 'error'],
            report.files.map((f) => [f.file, f.status, f.documentId ?? '', f.title ?? '', f.error ?? ''])
          )
        )
      }
      for (const f of report.files) {
        if (f.status === 'failed') io.err(`${f.error}\n`)
        for (const w of f.warnings ?? []) io.err(`warning: ${w.message}\n`)
      }
      failed += report.failed
    }
    return failed > 0 ? 1 : 0
  }
}
