import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runCli } from '../../../src/main/cli/run-cli'
import { writeXlsx } from '../../../src/main/exchange/xlsx-file'
import { QA_CHECKS } from '../../../src/shared/vocabulary'
import { toXliff12 } from '../../fixtures/qa/policy-report'
import { checkKey } from '../../helpers/error-resources'
import { captureIO } from '../../helpers/temp-home'
import { appWithTerms, type TestApp, writeHomeFile } from './qa-helpers'

const fixture = (name: string) => join(__dirname, '..', '..', 'fixtures', 'qa', name)

let t: TestApp
beforeAll(async () => {
  t = await appWithTerms()
})
afterAll(() => t.close())

/** An English → Chinese XLIFF 1.2 with one finding of each kind the unit checks give. */
function faultyXliff(): string {
  return toXliff12('en-zh', [
    ['a1', 'Ensure food security.', '确保食品安全。'],
    ['a2', 'Pursue high-quality development.', '推动高品质发展。'],
    ['a3', 'Rural revitalization goes on.', '农村发展继续。'],
    ['a4', 'Growth was 5.2 percent.', '增长5.3%。'],
    ['a5', 'The One Belt, One Road plan.', '一带一路倡议。'],
    ['a6', 'The weather was fine.', '天气很好。']
  ])
}

describe('qa/run on the files translators exchange', () => {
  it('reads XLIFF 1.2, SDLXLIFF, MQXLIFF and XLIFF 2.0 and counts what it could not check', async () => {
    const cases = [
      ['segmented-1.2.xlf', 'xliff', { units: 7, checked: 3, untranslated: 2, skipped: 1, empty: 1 }],
      ['studio.sdlxliff', 'sdlxliff', { units: 4, checked: 2, untranslated: 1, skipped: 1 }],
      ['memoq.mqxliff', 'mqxliff', { units: 2, checked: 1, untranslated: 1 }],
      ['units-2.0.xlf', 'xliff2', { units: 4, checked: 2, untranslated: 1, skipped: 1 }]
    ] as const
    for (const [name, format, counts] of cases) {
      const report = await t.call('qa/run', { path: fixture(name) })
      expect(report, name).toMatchObject({ file: name, format, ...counts })
      expect(report.findings, name).toEqual([])
    }
  })

  it('names each finding with unit, line, term, expected, found and where it stands', async () => {
    const path = writeHomeFile(t, 'faulty.xlf', faultyXliff())
    const report = await t.call('qa/run', { path, checks: [...QA_CHECKS] })
    expect(report.findings.map((f) => [f.unit, f.check, f.term, f.expected, f.found, f.side])).toEqual([
      ['a1', 'forbidden', 'food security', '粮食安全', '食品安全', 'target'],
      ['a2', 'deprecated', 'high-quality development', '高质量发展', '高品质发展', 'target'],
      ['a3', 'missing', 'rural revitalization', '乡村振兴', '', 'target'],
      ['a4', 'number', '5.2', '5.2', '', 'target'],
      ['a5', 'forbidden', 'One Belt, One Road', 'Belt and Road Initiative', 'One Belt, One Road', 'source']
    ])
    const a1 = report.findings[0]
    expect(a1.target.slice(...(a1.targetSpan as [number, number]))).toBe('食品安全')
    expect(a1.source.slice(...(a1.sourceSpan as [number, number]))).toBe('food security')
    expect(a1.line).toBe(5)
    expect(report.counts).toEqual({ missing: 1, forbidden: 2, deprecated: 1, inconsistent: 0, number: 1 })
    expect(report.withTerms).toBe(4)
  })

  it('reads TSV, CSV and XLSX tables of source and target', async () => {
    const tsv = writeHomeFile(t, 'pairs.tsv', 'ID\tEnglish\tChinese\nk1\tEnsure food security.\t确保食品安全。\n')
    expect((await t.call('qa/run', { path: tsv })).findings.map((f) => [f.unit, f.check])).toEqual([
      ['k1', 'forbidden']
    ])
    const csv = writeHomeFile(t, 'pairs.csv', 'Source,Target\n"Ensure food security, always.",确保粮食安全。\n')
    expect((await t.call('qa/run', { path: csv })).findings).toEqual([])
    const xlsx = join(t.home.dir, 'pairs.xlsx')
    await writeXlsx(xlsx, [
      {
        name: 'QA',
        header: true,
        rows: [
          ['Source', 'Target'],
          ['Pursue high-quality development.', '推动高品质发展。']
        ]
      }
    ])
    const report = await t.call('qa/run', { path: xlsx })
    expect(report.format).toBe('xlsx')
    expect(report.findings.map((f) => [f.unit, f.line, f.check])).toEqual([['2', 2, 'deprecated']])
  })

  it('checks an uploaded file under its own name and runs only the checks asked for', async () => {
    const base64 = Buffer.from(faultyXliff()).toString('base64')
    const report = await t.call('qa/run', { upload: { name: 'sent.xlf', base64 }, checks: ['number'] })
    expect(report.file).toBe('sent.xlf')
    expect(report.checks).toEqual(['number'])
    expect(report.findings.map((f) => [f.unit, f.check])).toEqual([['a4', 'number']])
  })
})

describe('not an error, and the report as a file', () => {
  it('remembers a dismissal for the file; the next run shows it dismissed and does not count it', async () => {
    const path = writeHomeFile(t, 'dismiss.xlf', faultyXliff())
    const all = [...QA_CHECKS]
    const first = await t.call('qa/run', { path, checks: all })
    const a4 = first.findings.find((f) => f.check === 'number')!
    await t.call('qa/dismiss', { file: 'dismiss.xlf', finding: a4, dismissed: true })
    const second = await t.call('qa/run', { path, checks: all })
    expect(second.findings.find((f) => f.key === a4.key)?.dismissed).toBe(true)
    expect(second.counts.number).toBe(0)
    expect(second.dismissed).toBe(1)
    // Another file with the same unit is not affected.
    copyFileSync(path, join(t.home.dir, 'other.xlf'))
    const other = await t.call('qa/run', { path: join(t.home.dir, 'other.xlf'), checks: all })
    expect(other.counts.number).toBe(1)

    const csv = await t.call('qa/export', { reportId: second.reportId, format: 'csv' })
    expect(csv.fileName).toBe('dismiss.qa.csv')
    expect(csv.content.startsWith('\uFEFFUnit,Line,Check,Term,Expected,Found,Source,Target,Not an error\r\n')).toBe(
      true
    )
    expect(csv.content).toContain(
      'a1,5,forbidden,food security,粮食安全,食品安全,Ensure food security.,确保食品安全。,'
    )
    expect(csv.content).not.toContain(',number,')
    const html = await t.call('qa/export', { reportId: second.reportId, format: 'html', lang: 'zh-CN' })
    expect(html.mimeType).toMatch(/^text\/html/)
    expect(html.content).toContain('<h2>禁用术语 (2)</h2>')
    expect(html.content).toContain('确保<mark>食品安全</mark>。')
    expect(html.content).not.toContain('数字不符')

    await t.call('qa/dismiss', { file: 'dismiss.xlf', finding: a4, dismissed: false })
    expect((await t.call('qa/run', { path, checks: all })).counts.number).toBe(1)
  })

  it('an export of a report no longer kept asks for a new run', async () => {
    await expect(t.call('qa/export', { reportId: 'gone', format: 'csv' })).rejects.toMatchObject({
      code: 'not-found'
    })
  })
})

describe('bad input', () => {
  it('a truncated XLIFF is refused with its file and line; a missing or foreign file says so', async () => {
    const text = faultyXliff()
    const cut = writeHomeFile(t, 'cut.xlf', text.slice(0, text.indexOf('<trans-unit id="a4">') + 30))
    await expect(t.call('qa/run', { path: cut })).rejects.toThrow(
      /^cut\.xlf:\d+:\d+: (unclosed tag|unexpected end of file)/
    )
    await expect(t.call('qa/run', { path: join(t.home.dir, 'nope.xlf') })).rejects.toMatchObject({
      code: 'not-found'
    })
    const docx = writeHomeFile(t, 'letter.docx', 'PK')
    await expect(t.call('qa/run', { path: docx })).rejects.toThrow(/letter\.docx is not a bilingual file/)
    // The UI says it in its own language: the key exists in both with the server's parameters.
    const { english, missing } = checkKey('qa.file.unknownKind', { name: 'letter.docx' })
    expect(missing).toEqual([])
    expect(english).toContain('letter.docx is not a bilingual file')
    for (const key of ['qa.cancelled', 'qa.reportGone']) expect(checkKey(key, {}).missing, key).toEqual([])
  })

  it('a file without targets, and one into a language the term base lacks, are read and explained', async () => {
    const empty = writeHomeFile(
      t,
      'empty.xlf',
      toXliff12('en-zh', [['e1', 'Ensure food security.', '']]).replace('<target state="translated"></target>', '')
    )
    const r1 = await t.call('qa/run', { path: empty })
    expect(r1).toMatchObject({ units: 1, checked: 0, untranslated: 1, findings: [] })
    expect(r1.notices.map((n) => n.key)).toEqual(['noTargets'])
    const french = writeHomeFile(
      t,
      'fr.xlf',
      toXliff12('en-zh', [['f1', 'Ensure food security.', 'Assurer la sécurité alimentaire.']]).replace(
        'target-language="zh-CN"',
        'target-language="fr"'
      )
    )
    const r2 = await t.call('qa/run', { path: french })
    expect(r2).toMatchObject({ checked: 1, findings: [] })
    expect(r2.notices).toEqual([expect.objectContaining({ key: 'targetLanguage', params: { lang: 'fr' } })])
  })

  it('can be cancelled while it runs', async () => {
    const units = Array.from(
      { length: 20_000 },
      (_, i) => [`c${i}`, 'Ensure food security.', '确保粮食安全。'] as [string, string, string]
    )
    const path = writeHomeFile(t, 'long.xlf', toXliff12('en-zh', units))
    const stop = t.app.events.subscribe((e) => {
      if (e.type === 'progress' && e.jobId === 'qa-cancel' && e.message === 'checking')
        t.app.cancellable.cancel('qa-cancel')
    })
    try {
      await expect(t.call('qa/run', { path, jobId: 'qa-cancel' })).rejects.toMatchObject({ code: 'cancelled' })
    } finally {
      stop()
    }
  })
})

describe('shuyu qa', () => {
  it('prints the TSV header exactly, one row per finding, and exits 0 when the file was read', async () => {
    const path = writeHomeFile(t, 'cli.xlf', faultyXliff())
    const db = join(t.home.dir, 'ws.sqlite')
    const cap = captureIO()
    expect(await runCli(['qa', path, '--db', db], cap.io)).toBe(0)
    const lines = cap.out.trimEnd().split('\n')
    expect(lines[0]).toBe('unit\tcheck\tterm\texpected\tfound\tsource\ttarget')
    // By default the term checks: the number of a4 is not looked at.
    expect(lines.slice(1).map((l) => l.split('\t').slice(0, 2))).toEqual([
      ['a1', 'forbidden'],
      ['a2', 'deprecated'],
      ['a3', 'missing'],
      ['a5', 'forbidden']
    ])
    expect(lines[1]).toBe('a1\tforbidden\tfood security\t粮食安全\t食品安全\tEnsure food security.\t确保食品安全。')
    expect(cap.err).toMatch(/cli\.xlf: 6 units, 6 checked \(4 with terms\)/)

    const json = captureIO()
    expect(await runCli(['qa', path, '--db', db, '--format', 'json', '--checks', 'missing,number'], json.io)).toBe(0)
    expect(JSON.parse(json.out).findings.map((f: { check: string }) => f.check)).toEqual(['missing', 'number'])
  })

  it('exits non-zero with a clear message when the file cannot be read, or --checks is wrong', async () => {
    const db = join(t.home.dir, 'ws.sqlite')
    const cut = writeHomeFile(t, 'cli-cut.xlf', readFileSync(fixture('segmented-1.2.xlf'), 'utf8').slice(0, 900))
    const cap = captureIO()
    expect(await runCli(['qa', cut, '--db', db], cap.io)).toBe(1)
    expect(cap.err).toMatch(/^shuyu qa: cli-cut\.xlf:\d+:\d+: /)
    expect(cap.out).toBe('')
    const bad = captureIO()
    expect(await runCli(['qa', cut, '--db', db, '--checks', 'spelling'], bad.io)).toBe(1)
    expect(bad.err).toContain('bad --checks: spelling')
  })
})
