import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { FormatWarning } from '../../../src/core/exchange/model'
import { parseTbx } from '../../../src/core/exchange/tbx-parse'
import { serializeTbx3 } from '../../../src/core/exchange/tbx-serialize'
import { parseTmx } from '../../../src/core/exchange/tmx-parse'
import { collect } from './collect'

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/exchange', name), 'utf8')

describe('TBX v2 from another tool', () => {
  it('reads ntig, other languages, inline markup; keeps unknown categories; reports duplicates', async () => {
    const warnings: FormatWarning[] = []
    const [a, b, ...rest] = await collect(
      parseTbx([fixture('other-tool-v2.tbx')], 'other.tbx', {
        onWarning: (w) => warnings.push(w)
      })
    )
    expect(rest).toEqual([])
    expect(a).toEqual({
      id: 'E-1',
      domain: 'Trade',
      definition: 'An agreement on trade.',
      extra: { 'x-customerField': ['ACME'], 'definition@zh-CN': ['关于贸易的协定。'] },
      terms: [
        {
          lang: 'en-US',
          text: 'free trade agreement',
          status: 'preferred',
          extra: { termType: ['fullForm'], source: ['WTO glossary'] }
        },
        { lang: 'en-US', text: 'FTA', status: 'admitted', extra: { usageRegister: ['technical'] } },
        { lang: 'zh-CN', text: '自由贸易协定', status: 'preferred' },
        { lang: 'zh-CN', text: '自贸协定', status: 'admitted', usageNote: '口语' },
        { lang: 'de', text: 'Freihandelsabkommen', status: 'preferred' }
      ],
      examples: [
        { lang: 'en-US', text: 'The free trade agreement entered into force.', termText: 'free trade agreement' }
      ]
    })
    expect(b).toEqual({ id: 'E-1', terms: [{ lang: 'en', text: 'tariff', status: 'preferred' }] })
    expect(warnings.map((w) => w.message)).toEqual([
      'duplicate entry id "E-1": both entries kept',
      'entry E-1: a term section without term text was skipped'
    ])
  })

  it('re-exports what it kept: unknown categories survive a v3 round trip', async () => {
    const first = await collect(parseTbx([fixture('other-tool-v2.tbx')], 'other.tbx'))
    const again = await collect(parseTbx(serializeTbx3(first), 'again.tbx'))
    expect(again.map((c) => ({ ...c, id: undefined }))).toEqual(first.map((c) => ({ ...c, id: undefined })))
    expect(again.map((c) => c.id)).toEqual(['E-1', 'E-1-2'])
  })

  it('yields nothing for a TBX with no entries', async () => {
    const empty =
      '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">' +
      '<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body/></text></tbx>'
    expect(await collect(parseTbx([empty], 'empty.tbx'))).toEqual([])
  })
})

describe('TMX 1.1 with inline codes', () => {
  it('keeps text, drops code content, one unit per target language, skips one-language tus', async () => {
    const warnings: FormatWarning[] = []
    const units = await collect(
      parseTmx([fixture('legacy-1.1.tmx')], 'legacy.tmx', {
        onWarning: (w) => warnings.push(w)
      })
    )
    const common = {
      srcLang: 'en-US',
      source: 'Click Save now.',
      createdAt: '2020-01-01T00:00:00Z',
      extra: { tuid: '7', 'x-project': 'Reports' }
    }
    expect(units).toEqual([
      { ...common, tgtLang: 'zh-CN', target: '立即点击保存。' },
      { ...common, tgtLang: 'fr', target: 'Cliquez Enregistrer.' }
    ])
    expect(warnings).toHaveLength(1)
  })
})
