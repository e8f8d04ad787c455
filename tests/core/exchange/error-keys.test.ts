import { describe, expect, it } from 'vitest'

import { parseCsv } from '../../../src/core/exchange/csv-parse'
import { FormatError } from '../../../src/core/exchange/model'
import { parseTbx } from '../../../src/core/exchange/tbx-parse'
import { parseTmx } from '../../../src/core/exchange/tmx-parse'
import { checkKey } from '../../helpers/error-resources'
import { collect } from './collect'

const tbx = (body: string): string =>
  `<martif type="TBX-Basic" xml:lang="en"><text><body>${body}</body></text></martif>`
const entry = (term: string): string =>
  `<termEntry id="a"><langSet xml:lang="en"><tig><term>${term}</term></tig></langSet></termEntry>`

/** Malformed inputs a translator's files really have, each with the key its error must carry. */
const TBX_CASES: Array<[string, string, Record<string, string>]> = [
  [tbx(entry('x')).replace('</body>', ''), 'exchange.xml.mismatchedTag', { tag: 'text', expected: 'body' }],
  [tbx(entry('x')).replace('</martif>', ''), 'exchange.xml.unclosedTag', { tag: 'martif' }],
  [tbx(entry('x')).slice(0, -4), 'exchange.xml.unexpectedEnd', {}],
  ['<?xml version="1.0"?>\n', 'exchange.xml.noRoot', {}],
  [tbx(entry('R&D')), 'exchange.xml.bareAmpersand', {}],
  [tbx(entry('&nbsp;')), 'exchange.xml.undefinedEntity', { entity: '&nbsp;' }],
  [tbx(entry('&#xZZ;')), 'exchange.xml.badCharRef', { reference: '&#xZZ;' }],
  [tbx(entry('&#1;')), 'exchange.xml.illegalCharRef', { reference: '&#1;' }],
  [tbx(entry('a\u0001b')), 'exchange.xml.illegalChar', { code: '0001' }],
  [tbx(entry('x')) + 'junk', 'exchange.xml.textOutsideRoot', {}],
  [tbx(entry('x')) + '<martif/>', 'exchange.xml.secondRoot', { tag: 'martif' }],
  [tbx(entry('a ]]> b')), 'exchange.xml.cdataEndInText', {}],
  [tbx(entry('x')).replace('id="a"', 'id=a'), 'exchange.xml.attrUnquoted', {}],
  [tbx(entry('x')).replace('id="a"', 'id="a"id="b"'), 'exchange.xml.attrSpace', {}],
  [tbx(entry('x')).replace('id="a"', 'id="a" id="b"'), 'exchange.xml.duplicateAttr', { attribute: 'id' }],
  [tbx(entry('x')).replace('id="a"', 'id'), 'exchange.xml.attrNoValue', { attribute: 'id' }],
  [tbx(entry('x')).replace('id="a"', 'id="<"'), 'exchange.xml.ltInAttr', {}],
  [tbx(entry('x')).replace('<tig>', '<tig/ >'), 'exchange.xml.slashInTag', {}],
  [tbx(entry('x')).replace('<tig>', '< tig>'), 'exchange.xml.badTagName', {}],
  [tbx(entry('x')).replace('id="a"', 'id="a" =""'), 'exchange.xml.badAttrName', {}],
  ['<martif/></martif>', 'exchange.xml.closeWithoutOpen', { tag: 'martif' }],
  [tbx(entry('x <!-- a -- b --> y')), 'exchange.xml.doubleDash', {}],
  ['<![CDATA[x]]>' + tbx(''), 'exchange.xml.cdataOutsideRoot', {}],
  [tbx(entry('<!ELEMENT x>')), 'exchange.xml.unknownDeclaration', {}],
  ['<!DOCTYPE martif><!DOCTYPE martif>' + tbx(''), 'exchange.xml.doctypePlace', {}],
  [tbx(entry('<? x?>')), 'exchange.xml.piNoTarget', {}],
  [tbx(entry('<?x"y"?>')), 'exchange.xml.piTargetSpace', {}],
  ['\n<?xml version="1.0"?>' + tbx(''), 'exchange.xml.declarationPlace', {}],
  ['<?xml version="2"?>' + tbx(''), 'exchange.xml.badDeclaration', {}],
  ['<!DOCTYPE martif [<!ENTITY x "y">]>' + tbx(''), 'exchange.xml.entitiesRefused', {}],
  ['<html><body/></html>', 'exchange.tbx.notTbx', { root: 'html' }],
  [
    tbx(entry('x').replace('</termEntry>', `${entry('y')}</termEntry>`)),
    'exchange.tbx.nestedEntry',
    { tag: 'termEntry' }
  ]
]

const TMX_CASES: Array<[string, string, Record<string, string>]> = [
  ['<tbx/>', 'exchange.tmx.notTmx', { root: 'tbx' }],
  ['<tmx><body><tu><tu></tu></tu></body></tmx>', 'exchange.tmx.nestedTu', {}]
]

async function failure(p: Promise<unknown>): Promise<FormatError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(FormatError)
  return error as FormatError
}

/** The key is in both languages, with exactly the parameters the error gives, and says the English reason. */
function expectTranslatable(error: FormatError, key: string, params: Record<string, string>): void {
  expect({ key: error.key, params: error.params }, error.reason).toEqual({ key, params })
  const { english, missing } = checkKey(key, params)
  expect(missing).toEqual([])
  // The English resource is the English reason: the English UI reads exactly as the CLI does.
  expect(english).toBe(error.reason)
}

describe('parser errors carry a key the UI translates', () => {
  it.each(TBX_CASES)('TBX %#: %s → %s', async (text, key, params) => {
    const error = await failure(collect(parseTbx([text], 'bad.tbx')))
    expectTranslatable(error, key, params)
    expect(error.message).toBe(`bad.tbx:${error.line}:${error.column}: ${error.reason}`)
  })

  it.each(TMX_CASES)('TMX %#: %s → %s', async (text, key, params) => {
    expectTranslatable(await failure(collect(parseTmx([text], 'bad.tmx'))), key, params)
  })

  it('an unclosed CSV quote names where the field opened', () => {
    let error: unknown = null
    try {
      parseCsv('en,zh\n"open,开\n', { fileName: 'bad.csv' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(FormatError)
    expect(error).toMatchObject({ file: 'bad.csv', line: 2, column: 1 })
    expectTranslatable(error as FormatError, 'exchange.csv.unbalancedQuote', {})
  })

  it('a keyless FormatError stays keyless (the UI then frames its English reason)', () => {
    const error = new FormatError('f.tbx', 3, 4, 'something new')
    expect(error.key).toBeUndefined()
    expect(error.params).toBeUndefined()
    expect(error.message).toBe('f.tbx:3:4: something new')
  })
})
