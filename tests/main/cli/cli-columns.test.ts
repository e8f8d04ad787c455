import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import { runCli } from '../../../src/main/cli/run-cli'
import { CANDIDATE_KINDS } from '../../../src/shared/vocabulary'
import { captureIO, useTempHome } from '../../helpers/temp-home'

// The exact command lines and TSV columns the issues name: automated checks call them.
let home: ReturnType<typeof useTempHome>
let db: string
beforeEach(() => {
  home = useTempHome()
  db = join(home.dir, 'cli.sqlite')
})
afterEach(() => home.restore())

async function run(...args: string[]) {
  const cap = captureIO()
  const code = await runCli([...args, '--db', db], cap.io)
  return { code, out: cap.out, err: cap.err, lines: cap.out.trimEnd().split('\n') }
}

describe('CLI columns', () => {
  it('mine prints term score freq docs variants kind, best first, and --limit 0 prints every kept candidate', async () => {
    const top = await run('mine', seedsDir(), '--limit', '10')
    expect(top.code).toBe(0)
    expect(top.lines[0]).toBe('term\tscore\tfreq\tdocs\tvariants\tkind')
    expect(top.lines).toHaveLength(11)
    const scores = top.lines.slice(1).map((l) => Number(l.split('\t')[1]))
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    const all = await run('mine', '--limit', '0')
    expect(all.lines.length).toBeGreaterThan(11)
    expect(all.lines.map((l) => l.split('\t')[0])).not.toContain('Wednesday afternoon')
    const kinds = new Set(all.lines.slice(1).map((l) => l.split('\t')[5]))
    expect([...kinds].every((k) => CANDIDATE_KINDS.includes(k as (typeof CANDIDATE_KINDS)[number]))).toBe(true)
    expect(kinds).toContain('term')
    expect(kinds).toContain('name')
  })

  it("mine --equivalents adds a chinese column last: the memory's equivalent of each English candidate, or empty", async () => {
    const top = await run('mine', seedsDir(), '--limit', '3')
    const term = top.lines[1].split('\t')[0]
    const places = [
      ['Beijing', '北京', 'promote', '推进'],
      ['Shanghai', '上海', 'support', '支持'],
      ['Guangzhou', '广州', 'expand', '扩大'],
      ['Shenzhen', '深圳', 'develop', '发展'],
      ['Chengdu', '成都', 'advance', '推动'],
      ['Wuhan', '武汉', 'encourage', '鼓励']
    ]
    const unit = (en: string, zh: string) =>
      `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv></tu>`
    const units = places.flatMap(([city, 城市, verb, 动词], i) => [
      unit(`${city} will ${verb} ${term} and improve public services.`, `${城市}将${动词}甲乙丙丁，改善公共服务。`),
      unit(`${city} will ${places[(i + 2) % 6][2]} roads.`, `${城市}将${places[(i + 2) % 6][3]}道路。`)
    ])
    const tmx = join(home.dir, 'memory.tmx')
    writeFileSync(
      tmx,
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/><body>${units.join('')}</body></tmx>\n`
    )
    expect((await run('tm', 'import', tmx)).code).toBe(0)
    const out = await run('mine', '--limit', '3', '--equivalents')
    expect(out.code).toBe(0)
    expect(out.lines[0]).toBe('term\tscore\tfreq\tdocs\tvariants\tkind\tchinese')
    // Not out.lines: trimming the output would cut the last row's empty column.
    const rows = out.out
      .replace(/\n$/, '')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
    expect(rows.every((r) => r.length === 7)).toBe(true)
    expect(rows.find((r) => r[0] === term)?.[6].split('|')[0]).toBe('甲乙丙丁')
    // Candidates the memory never holds get an empty column.
    expect(rows.filter((r) => r[0] !== term && !r[0].includes(term)).every((r) => r[6] === '')).toBe(true)
  })

  it("mine --lang zh prints the Chinese documents' candidates in the same columns; a bad language is refused", async () => {
    const dir = join(home.dir, 'zh')
    mkdirSync(dir)
    const text = '我们要加快发展新质生产力。\n发展新质生产力是推动高质量发展的内在要求。\n推进新质生产力发展。\n'
    for (const year of [2023, 2024, 2025]) writeFileSync(join(dir, `report-${year}.txt`), `${year}年\n${text}`)
    const zh = await run('mine', dir, '--lang', 'zh', '--limit', '0')
    expect(zh.code).toBe(0)
    expect(zh.lines[0]).toBe('term\tscore\tfreq\tdocs\tvariants\tkind')
    expect(zh.lines.slice(1).map((l) => l.split('\t')[0])).toContain('新质生产力')
    expect(zh.lines.slice(1).every((l) => l.split('\t').length === 6)).toBe(true)
    // The default stays the English list: this workspace has no English document.
    expect((await run('mine', '--limit', '0')).lines).toEqual(['term\tscore\tfreq\tdocs\tvariants\tkind'])
    const bad = await run('mine', '--lang', 'ja')
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/--lang/)
  })

  it('mine --kind K prints only candidates of that kind, in TSV and JSON; a bad kind is refused', async () => {
    const names = await run('mine', seedsDir(), '--limit', '0', '--kind', 'name')
    expect(names.code).toBe(0)
    expect(names.lines.length).toBeGreaterThan(3)
    expect(names.lines.slice(1).every((l) => l.endsWith('\tname'))).toBe(true)
    expect(names.lines.map((l) => l.split('\t')[0])).toContain('Central Military Commission')
    const json = await run('mine', '--limit', '5', '--kind', 'acronym', '--format', 'json')
    const parsed = JSON.parse(json.out) as { candidates: { term: string; kind: string }[] }
    expect(parsed.candidates.length).toBeGreaterThan(0)
    expect(parsed.candidates.every((c) => c.kind === 'acronym')).toBe(true)
    const bad = await run('mine', '--kind', 'organisation')
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/bad --kind/)
  })

  it('term add / list / show', async () => {
    const add = await run(
      'term',
      'add',
      'high-quality development',
      '--zh',
      '高质量发展',
      '--zh',
      '高品质发展',
      '--status',
      'admitted',
      '--definition',
      'growth that is efficient and sustainable',
      '--example',
      'High-quality development is the primary task.'
    )
    expect(add.code).toBe(0)
    const list = await run('term', 'list')
    expect(list.lines[0].split('\t').slice(0, 4)).toEqual(['concept', 'lang', 'term', 'status'])
    expect(list.lines.slice(1).map((l) => l.split('\t').slice(1, 4))).toEqual([
      ['en', 'high-quality development', 'preferred'],
      ['zh-CN', '高质量发展', 'admitted'],
      ['zh-CN', '高品质发展', 'admitted']
    ])
    const show = await run('term', 'show', list.lines[1].split('\t')[0], '--format', 'json')
    const concept = JSON.parse(show.out)
    expect(concept.examples[0].text).toBe('High-quality development is the primary task.')
    expect((await run('term', 'add', '', '--zh', 'x')).code).toBe(1)
  })

  it('search prints doc date left match right; --stdin --timings adds query and ms, also for no hits', async () => {
    await run('import', seedsDir())
    const s = await run('search', 'productive forces', '--limit', '5')
    expect(s.lines[0]).toBe('doc\tdate\tleft\tmatch\tright')
    expect(s.lines.slice(1).every((l) => l.split('\t')[3].toLowerCase() === 'productive forces')).toBe(true)
    expect((await run('search', '(a+)+$', '--regex')).code).toBe(1)
    expect((await run('search', '!!!')).code).toBe(1)
  })

  it('tm match prints score source target origin; tm suggest prints chinese (english for a Chinese term) score units', async () => {
    const m = await run('tm', 'match', 'anything at all')
    expect(m.lines[0]).toBe('score\tsource\ttarget\torigin')
    const s = await run('tm', 'suggest', 'new quality productive forces')
    expect(s.lines[0]).toBe('chinese\tscore\tunits')
    const r = await run('tm', 'suggest', '新质生产力')
    expect(r.lines[0]).toBe('english\tscore\tunits')
  })

  it("tm import prints file new duplicates rejected, and the three sum to the file's units", async () => {
    const tu = (en: string, zh: string) =>
      `<tu><tuv xml:lang="en-US"><seg>${en}</seg></tuv><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv></tu>`
    const units = [
      tu('Fellow Deputies,', '各位代表！'),
      tu('We will develop new quality productive forces.', '发展新质生产力。'),
      tu('Fellow Deputies,', '各位代表！'), // the same unit again in the file: a duplicate
      tu('', '空的'), // an empty side: rejected
      '<tu><tuv xml:lang="en-US"><seg>One language only.</seg></tuv></tu>' // rejected
    ]
    const file = join(home.dir, 'report.tmx')
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en-US" datatype="plaintext" ` +
        `segtype="sentence" adminlang="en" o-tmf="t" creationtool="t" creationtoolversion="1"/><body>${units.join('')}</body></tmx>`
    )
    const first = await run('tm', 'import', file)
    expect(first.code).toBe(0)
    expect(first.lines).toEqual(['file\tnew\tduplicates\trejected', `${file}\t2\t1\t2`])
    // Again: every unit already stored is a duplicate of one in the memory.
    const again = await run('tm', 'import', file)
    expect(again.lines[1]).toBe(`${file}\t0\t3\t2`)
  })
})
