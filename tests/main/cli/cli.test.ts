import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { runCli } from '../../../src/main/cli/run-cli'
import { captureIO, useTempHome } from '../../helpers/temp-home'

let home: ReturnType<typeof useTempHome>
beforeEach(() => {
  home = useTempHome()
})
afterEach(() => home.restore())

describe('shuyu CLI', () => {
  it('lists its commands with --help', async () => {
    const cap = captureIO()
    expect(await runCli(['--help'], cap.io)).toBe(0)
    for (const name of ['import', 'docs', 'serve']) expect(cap.out).toContain(name)
  })

  it('rejects an unknown command with exit code 2 on stderr', async () => {
    const cap = captureIO()
    expect(await runCli(['frobnicate'], cap.io)).toBe(2)
    expect(cap.err).toContain('unknown command')
    expect(cap.out).toBe('')
  })

  it('creates the default workspace with the five seeds on first use', async () => {
    const cap = captureIO()
    expect(await runCli(['docs'], cap.io)).toBe(0)
    const lines = cap.out.trimEnd().split('\n')
    expect(lines[0]).toBe('id\tdate\ttitle\tlanguage\twords\tsegments')
    expect(lines).toHaveLength(6)
    for (const row of lines.slice(1)) {
      const [id, date, title, language, words, segments] = row.split('\t')
      expect(Number(id)).toBeGreaterThan(0)
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(title.length).toBeGreaterThan(3)
      expect(language).toBe('en')
      expect(Number(words)).toBeGreaterThan(300)
      expect(Number(segments)).toBeGreaterThan(5)
    }
  })

  it('starts a --db workspace empty, imports into it, and reports re-imports as duplicates', async () => {
    const db = join(home.dir, 'other.sqlite')
    const file = join(home.dir, 'note.txt')
    writeFileSync(file, 'The State Council released the plan. It covers new quality productive forces.\n')
    let cap = captureIO()
    expect(await runCli(['docs', '--db', db], cap.io)).toBe(0)
    expect(cap.out.trimEnd().split('\n')).toHaveLength(1)

    cap = captureIO()
    expect(await runCli(['import', file, '--db', db], cap.io)).toBe(0)
    expect(cap.out.split('\n')[1]).toContain('\timported\t')

    cap = captureIO()
    expect(await runCli(['import', file, '--db', db], cap.io)).toBe(0)
    expect(cap.out.split('\n')[1]).toContain('\tduplicate\t')

    cap = captureIO()
    await runCli(['docs', '--db', db], cap.io)
    expect(cap.out.trimEnd().split('\n')).toHaveLength(2)
  })

  it('fails with a message naming the file when an import is bad, and writes nothing', async () => {
    const db = join(home.dir, 'bad.sqlite')
    const file = join(home.dir, 'garbage.txt')
    writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7, 8, 0, 0, 0, 1]))
    const cap = captureIO()
    expect(await runCli(['import', file, '--db', db], cap.io)).toBe(1)
    expect(cap.err).toContain('garbage.txt')
    const docs = captureIO()
    await runCli(['docs', '--db', db], docs.io)
    expect(docs.out.trimEnd().split('\n')).toHaveLength(1)
  })

  it('imports glossary files one transaction each: a broken one is named and the others are reported', async () => {
    const db = join(home.dir, 'many.sqlite')
    const good = join(home.dir, 'good.csv')
    const broken = join(home.dir, 'broken.tbx')
    writeFileSync(good, 'en,zh\nrule of law,法治\n')
    writeFileSync(broken, '<?xml version="1.0"?>\n<tbx><text><body><conceptEntry>\n')
    const cap = captureIO()
    expect(await runCli(['import', good, broken, '--db', db], cap.io)).toBe(1)
    expect(cap.out.split('\n')[1]).toMatch(/good\.csv\tcsv\t1\t0\t0\t0/)
    expect(cap.err).toContain('broken.tbx')
    const terms = captureIO()
    await runCli(['term', 'list', '--db', db], terms.io)
    expect(terms.out).toContain('法治')
  })

  it('mine exits non-zero when a path it was given cannot be imported, and still mines the rest', async () => {
    const db = join(home.dir, 'mine.sqlite')
    const text = join(home.dir, 'report.txt')
    const garbage = join(home.dir, 'garbage.txt')
    writeFileSync(text, 'We will develop new quality productive forces. New quality productive forces matter.\n')
    writeFileSync(garbage, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7, 8, 0, 0, 0, 1]))
    const cap = captureIO()
    expect(await runCli(['mine', text, garbage, '--db', db], cap.io)).toBe(1)
    expect(cap.err).toContain('garbage.txt')
    expect(cap.out).toContain('new quality productive forces')
  })

  it('search says when a regular expression ran out of time instead of printing an unexplained empty list', async () => {
    const db = join(home.dir, 'regex.sqlite')
    const file = join(home.dir, 'aaa.txt')
    writeFileSync(file, `${'a'.repeat(3000)}\n`)
    expect(await runCli(['import', file, '--db', db], captureIO().io)).toBe(0)
    const cap = captureIO()
    expect(await runCli(['search', '.*.*.*x', '--regex', '--db', db], cap.io)).toBe(0)
    expect(cap.err).toMatch(/took too long.*incomplete/)
  }, 30_000)

  it('search --whole-words matches Chinese words as jieba cuts them, accepted terms whole', async () => {
    const db = join(home.dir, 'words.sqlite')
    const file = join(home.dir, 'zh.txt')
    writeFileSync(file, '发展中国家的发展道路。\n加快发展新质生产力。\n')
    expect(await runCli(['import', file, '--db', db], captureIO().io)).toBe(0)
    const matches = async (...args: string[]) => {
      const cap = captureIO()
      expect(await runCli(['search', ...args, '--db', db], cap.io)).toBe(0)
      return cap.out
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[3])
    }
    expect(await matches('发展')).toHaveLength(3)
    expect(await matches('发展', '--whole-words')).toEqual(['发展', '发展'])
    expect(await matches('生产力', '--whole-words')).toEqual(['生产力'])
    expect(
      await runCli(['term', 'add', 'new quality productive forces', '--zh', '新质生产力', '--db', db], captureIO().io)
    ).toBe(0)
    expect(await matches('生产力', '--whole-words')).toEqual([])
  }, 30_000)

  it('refuses bad values instead of silently doing something else', async () => {
    const db = join(home.dir, 'args.sqlite')
    let cap = captureIO()
    expect(await runCli(['docs', '--format', 'xml', '--db', db], cap.io)).toBe(2)
    expect(cap.err).toContain('bad --format: xml')
    cap = captureIO()
    expect(
      await runCli(
        ['export', '--format', 'csv', '--out', join(home.dir, 'x.csv'), '--since', '2026-13-45', '--db', db],
        cap.io
      )
    ).toBe(1)
    expect(cap.err).toContain('bad --since: 2026-13-45')
    cap = captureIO()
    expect(await runCli(['term', 'show', 'abc', '--db', db], cap.io)).toBe(1)
    expect(cap.err).toContain('"abc" is not a concept ID')
  })

  it('prints per-command help and refuses unknown options', async () => {
    let cap = captureIO()
    expect(await runCli(['docs', '--help'], cap.io)).toBe(0)
    expect(cap.out).toContain('shuyu docs')
    cap = captureIO()
    expect(await runCli(['docs', '--bogus'], cap.io)).toBe(2)
    expect(cap.err).toContain('bogus')
  })
})
