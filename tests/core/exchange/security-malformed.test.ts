import { describe, expect, it } from 'vitest'

import { parseCsv } from '../../../src/core/exchange/csv-parse'
import { FormatError } from '../../../src/core/exchange/model'
import { parseTbx } from '../../../src/core/exchange/tbx-parse'
import { parseTmx } from '../../../src/core/exchange/tmx-parse'
import { collect } from './collect'

const TBX_BODY =
  '<martif type="TBX-Basic" xml:lang="en"><text><body><termEntry id="a"><langSet xml:lang="en">' +
  '<tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>'

async function failure(p: Promise<unknown>): Promise<FormatError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError)
    return e as FormatError
  }
  throw new Error('expected a FormatError')
}

describe('XML security', () => {
  it('refuses an external entity (XXE) before reading the body', async () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE martif [\n  <!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n' + TBX_BODY
    const e = await failure(collect(parseTbx([xxe], 'xxe.tbx')))
    expect(e.reason).toBe('DOCTYPE/entities not allowed')
    expect(e.line).toBe(4)
  })

  it('refuses a billion-laughs bomb quickly, without expanding anything', async () => {
    const decls = ['<!ENTITY x0 "ha">']
    for (let i = 1; i < 10; i++) decls.push(`<!ENTITY x${i} "${`&x${i - 1};`.repeat(10)}">`)
    const bomb = `<!DOCTYPE martif [${decls.join('')}]>` + TBX_BODY.replace('&x;', '&x9;')
    const e = await failure(collect(parseTbx([bomb], 'bomb.tbx')))
    expect(e.reason).toBe('DOCTYPE/entities not allowed')
    const tmxBomb = bomb.replace('DOCTYPE martif', 'DOCTYPE tmx')
    expect((await failure(collect(parseTmx([tmxBomb], 'bomb.tmx')))).reason).toBe('DOCTYPE/entities not allowed')
  })

  it('accepts a DOCTYPE that only names an external DTD (never fetched)', async () => {
    const ok = '<!DOCTYPE martif SYSTEM "http://127.0.0.1:1/never.dtd">' + TBX_BODY.replace('&x;', 'fine')
    expect((await collect(parseTbx([ok], 'ok.tbx')))[0].terms[0].text).toBe('fine')
  })

  it('rejects an undeclared entity reference as malformed', async () => {
    const e = await failure(collect(parseTbx([TBX_BODY], 'ent.tbx')))
    expect(e.line).toBe(1)
  })
})

describe('malformed input', () => {
  it('reports file, line and column of broken XML', async () => {
    const broken =
      '<tbx xmlns="urn:iso:std:iso:30042:ed-2">\n<text>\n  <body>\n    <conceptEntry id="a">\n' +
      '      <langSec xml:lang="en"><termSec><term>x</term></langSec>\n'
    const e = await failure(collect(parseTbx([broken], 'broken.tbx')))
    expect(e.file).toBe('broken.tbx')
    expect(e.line).toBe(5)
    expect(e.column).toBeGreaterThan(40)
    expect(e.message).toMatch(/^broken\.tbx:5:\d+: /)
  })

  it('rejects a file whose root is not TBX / TMX', async () => {
    expect((await failure(collect(parseTbx(['<html/>'], 'a.tbx')))).reason).toMatch(/not a TBX file/)
    expect((await failure(collect(parseTmx(['<tbx/>'], 'a.tmx')))).reason).toMatch(/not a TMX file/)
  })

  it('reports an unbalanced CSV quote at the line where the field opened', () => {
    const text = 'en,zh-CN\r\na,b\r\n"c,d\r\ne,f\r\n'
    let err: unknown
    try {
      parseCsv(text, { fileName: 'q.csv' })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(FormatError)
    expect((err as FormatError).line).toBe(3)
    expect((err as FormatError).column).toBe(1)
  })
})
