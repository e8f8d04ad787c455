import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  type BilingualFormat,
  type BilingualUnit,
  FormatError,
  maskPlaceholders,
  parseCsvRecords,
  parseTmx,
  parseXliff,
  tableUnits
} from '../../../src/core/exchange'
import { checkKey } from '../../helpers/error-resources'
import { collect } from './collect'

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'qa', name), 'utf8')

async function read(name: string): Promise<{ units: BilingualUnit[]; format: BilingualFormat | undefined }> {
  let format: BilingualFormat | undefined
  const units = await collect(parseXliff([fixture(name)], name, { onFormat: (f) => (format = f) }))
  return { units, format }
}

const byId = (units: BilingualUnit[]) => new Map(units.map((u) => [u.id, u]))

describe('XLIFF 1.2 reader', () => {
  it('reads units with codes as placeholders, splits seg-source segments, ignores alt-trans', async () => {
    const { units, format } = await read('segmented-1.2.xlf')
    expect(format).toBe('xliff')
    const u = byId(units)
    expect([...u.keys()]).toEqual(['p1', 'p2#1', 'p2#2', 'code1', 'p3', 'p4', 'p5'])
    expect(u.get('p1')).toMatchObject({
      source: 'We will develop {1}new quality productive forces{/1} in line with local conditions.',
      target: '我们将因地制宜发展{1}新质生产力{/1}。',
      srcLang: 'en-US',
      tgtLang: 'zh-CN',
      state: 'translated',
      line: 6
    })
    expect(u.get('p2#1')).toMatchObject({ source: 'Growth was 5.2%.', target: '增长5.2%。' })
    expect(u.get('p2#2')).toMatchObject({ source: 'Employment held{1} steady.', target: '就业{1}保持稳定。' })
  })

  it('keeps native code content out of the text (a link target is not text that could match a term)', async () => {
    const { units } = await read('segmented-1.2.xlf')
    const p3 = byId(units).get('p3')!
    expect(p3.source).toBe('Click {1}rural revitalization{/1} for details.')
    expect(p3.source).not.toContain('href')
    expect(p3).toMatchObject({ target: '', state: 'new', notTranslatedState: true })
    expect(byId(units).get('p4')).toMatchObject({ source: '{1}', target: '{1}' })
  })

  it('honours translate="no" from an enclosing group and tells a missing target from an empty one', async () => {
    const u = byId((await read('segmented-1.2.xlf')).units)
    expect(u.get('code1')!.translate).toBe(false)
    expect(u.get('p1')!.translate).toBe(true)
    expect(u.get('p5')!.target).toBeNull()
  })

  it('reads SDLXLIFF segments by their Studio segment number, with their confirmation level', async () => {
    const { units, format } = await read('studio.sdlxliff')
    expect(format).toBe('sdlxliff')
    const u = byId(units)
    expect(u.get('1')).toMatchObject({
      source: 'Promote {1}high-quality development{/1}.',
      target: '推动{1}高质量发展{/1}。',
      state: 'Translated',
      notTranslatedState: false
    })
    expect(u.get('2')).toMatchObject({ source: 'Deepen reform.', target: '', notTranslatedState: true })
    expect(u.get('3')).toMatchObject({ source: 'Common prosperity', target: '共同富裕', state: 'ApprovedTranslation' })
    expect(units.find((x) => !x.translate)?.source).toBe('{1}')
  })

  it('reads memoQ MQXLIFF with its status', async () => {
    const { units, format } = await read('memoq.mqxliff')
    expect(format).toBe('mqxliff')
    expect(units[0]).toMatchObject({
      id: '1',
      source: 'Ensure {1}food security{/1}.',
      target: '确保{1}粮食安全{/1}。',
      state: 'ManuallyConfirmed',
      notTranslatedState: false
    })
    expect(units[1]).toMatchObject({ id: '2', target: '', state: 'NotStarted', notTranslatedState: true })
  })
})

describe('XLIFF 2 reader', () => {
  it('reads one unit per segment, skips ignorables and module matches, honours translate and state', async () => {
    const { units, format } = await read('units-2.0.xlf')
    expect(format).toBe('xliff2')
    const u = byId(units)
    expect([...u.keys()]).toEqual(['u1#s1', 'u1#s2', 'u2', 'u3'])
    expect(u.get('u1#s1')).toMatchObject({
      source: 'Build a {1}modernized industrial system{/1}.',
      target: '建设{1}现代化产业体系{/1}。',
      srcLang: 'en',
      tgtLang: 'zh-CN',
      state: 'translated'
    })
    expect(u.get('u1#s2')).toMatchObject({
      source: 'Expand {2}domestic demand{/2}{3}.',
      target: null,
      notTranslatedState: true
    })
    expect(u.get('u2')!.translate).toBe(false)
    expect(u.get('u3')).toMatchObject({ source: 'A tab\there', target: '这里\t有制表符' })
  })
})

describe('bad XLIFF', () => {
  it('a truncated file stops with a FormatError naming file and line', async () => {
    const text = fixture('segmented-1.2.xlf')
    const cut = text.slice(0, text.indexOf('<trans-unit id="p3">') + 40)
    const error = await collect(parseXliff([cut], 'cut.xlf')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FormatError)
    expect((error as FormatError).message).toMatch(/^cut\.xlf:\d+:\d+: /)
    expect((error as FormatError).line).toBe(22)
    expect((error as FormatError).reason).toBe('unclosed tag: <source>')
  })

  it('a file that is not XLIFF says so', async () => {
    const error = await collect(parseXliff(['<tmx version="1.4"><body/></tmx>'], 'x.xlf')).catch((e: unknown) => e)
    expect((error as FormatError).reason).toBe('not an XLIFF file: root element <tmx>')
    expect((error as FormatError).key).toBe('exchange.xliff.notXliff')
    expect(checkKey('exchange.xliff.notXliff', { root: 'tmx' }).missing).toEqual([])
    expect(checkKey('exchange.xliff.nestedUnit', {}).missing).toEqual([])
  })

  it('refuses entity declarations (no entity expansion)', async () => {
    const bomb = '<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2"/>'
    await expect(collect(parseXliff([bomb], 'bomb.xlf'))).rejects.toThrow(/entities not allowed/)
  })

  it('streams: units arrive before the whole file has been read', async () => {
    const head = '<xliff version="1.2"><file source-language="en" target-language="zh"><body>'
    const unit = (i: number) => `<trans-unit id="${i}"><source>s${i}</source><target>t${i}</target></trans-unit>\n`
    let fed = 0
    function* chunks() {
      yield head
      for (let i = 0; i < 20_000; i++) {
        fed++
        yield unit(i)
      }
      yield '</body></file></xliff>'
    }
    const gen = parseXliff(chunks(), 'big.xlf')
    const first = await gen.next()
    expect(first.value).toMatchObject({ id: '0', source: 's0', line: 1 })
    expect(fed).toBeLessThan(20_000)
    let n = 1
    let last: BilingualUnit | undefined
    for await (const u of gen) {
      n++
      last = u
    }
    expect(n).toBe(20_000)
    expect(last?.line).toBe(20_000)
  })
})

describe('TMX with placeholders', () => {
  it('keeps codes as placeholders numbered alike on both sides, and names the tu and its line', async () => {
    const tmx = `<tmx version="1.4"><header srclang="en"/><body>
<tu tuid="a"><tuv xml:lang="en"><seg>Ensure <bpt i="1">&lt;b&gt;</bpt>food security<ept i="1">&lt;/b&gt;</ept><ph x="2"/>.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>确保<bpt i="1">&lt;b&gt;</bpt>粮食安全<ept i="1">&lt;/b&gt;</ept><ph x="2"/>。</seg></tuv></tu>
</body></tmx>`
    const [unit] = await collect(parseTmx([tmx], 'a.tmx', { placeholders: true }))
    expect(unit).toMatchObject({
      source: 'Ensure {1}food security{/1}{2}.',
      target: '确保{1}粮食安全{/1}{2}。',
      tu: 1,
      line: 2,
      extra: { tuid: 'a' }
    })
    const [plain] = await collect(parseTmx([tmx], 'a.tmx'))
    expect(plain.source).toBe('Ensure food security.')
    expect(plain.tu).toBeUndefined()
  })
})

describe('bilingual tables', () => {
  it('finds Source/Target and ID columns by their header', () => {
    const { records, lines } = parseCsvRecords('ID,Source,Target\nA1,Common prosperity,共同富裕\nA2,Reform,\n')
    const units = tableUnits(records, lines, 't.csv')
    expect(units).toMatchObject([
      { id: 'A1', line: 2, source: 'Common prosperity', target: '共同富裕', srcLang: 'en', tgtLang: 'zh' },
      { id: 'A2', line: 3, source: 'Reform', target: '' }
    ])
  })

  it('takes two language columns in order, the left one as the source', () => {
    const { records, lines } = parseCsvRecords('中文\tEnglish\n共同富裕\tcommon prosperity\n', { separator: '\t' })
    expect(tableUnits(records, lines, 't.tsv')[0]).toMatchObject({
      source: '共同富裕',
      target: 'common prosperity',
      srcLang: 'zh-CN',
      tgtLang: 'en',
      id: '2'
    })
  })

  it('without a header, the first two columns are source and target, languages read from the text', () => {
    const { records, lines } = parseCsvRecords('粮食安全,food security\n乡村振兴,rural revitalization\n')
    const units = tableUnits(records, lines, 't.csv')
    expect(units.map((u) => [u.id, u.srcLang, u.tgtLang])).toEqual([
      ['1', 'zh', 'en'],
      ['2', 'zh', 'en']
    ])
  })
})

describe('maskPlaceholders', () => {
  it('blanks codes without moving offsets', () => {
    expect(maskPlaceholders('new{1}quality{/1} 12')).toBe('new   quality     12')
    expect(maskPlaceholders('no codes')).toBe('no codes')
  })
})
