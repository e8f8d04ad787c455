import { DEFAULT_QA_CHECKS, QA_CHECKS, type QaCheck } from '../../../shared/vocabulary'
import { CliError, type Command } from '../command'
import { toTsv } from '../output'

export const qaCommand: Command = {
  name: 'qa',
  summary: 'Check a bilingual file (XLIFF, SDLXLIFF, MQXLIFF, TMX, CSV, TSV, XLSX) against the term base.',
  usage: [
    `shuyu qa FILE [--checks ${QA_CHECKS.join(',')}] [--format tsv|json] [--db FILE]`,
    '    One TSV row per finding: unit check term expected found source target (inline codes as {1}).',
    '    missing       a source term whose preferred/admitted equivalents are all absent from the target',
    '    forbidden     a forbidden equivalent in the target (or a forbidden source term in the source)',
    '    deprecated    a deprecated equivalent in the target',
    '    inconsistent  a source term rendered otherwise than in most of the file',
    '    number        a number of the source the target gives otherwise (万/亿, Chinese numerals, %)',
    `    Default: ${DEFAULT_QA_CHECKS.join(',')} (number only when asked for: official translations restate numbers).`,
    '    Findings marked "not an error" in the app are left out. A summary goes to stderr. Exit 0 when the file',
    '    was read, whatever was found; non-zero when it could not be read.'
  ].join('\n'),
  options: { checks: { type: 'string' }, format: { type: 'string', default: 'tsv' } },
  async run({ positionals, values, io, call }) {
    if (positionals.length !== 1) throw new CliError('name one bilingual file to check')
    let checks: QaCheck[] | undefined
    if (values.checks !== undefined) {
      const asked = String(values.checks)
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
      const bad = asked.filter((c) => !(QA_CHECKS as readonly string[]).includes(c))
      if (bad.length > 0 || asked.length === 0) {
        throw new CliError(`bad --checks: ${bad.join(',') || '(empty)'} (${QA_CHECKS.join(', ')})`)
      }
      checks = [...new Set(asked)] as QaCheck[]
    }
    const report = await call('qa/run', { path: positionals[0], checks })
    const findings = report.findings.filter((f) => !f.dismissed)
    if (values.format === 'json') io.out(JSON.stringify({ ...report, findings }, null, 2) + '\n')
    else {
      io.out(
        toTsv(
          ['unit', 'check', 'term', 'expected', 'found', 'source', 'target'],
          findings.map((f) => [f.unit, f.check, f.term, f.expected, f.found, f.source, f.target])
        )
      )
    }
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0)
    io.err(
      `${report.file}: ${report.units} units, ${report.checked} checked (${report.withTerms} with terms), ` +
        `${report.untranslated} untranslated, ${report.skipped} not to translate; ${total} findings` +
        (report.dismissed ? `, ${report.dismissed} marked not an error` : '') +
        ` (${report.elapsedMs} ms)\n`
    )
    for (const n of report.notices) io.err(`${report.file}: ${n.message}\n`)
    return 0
  }
}
