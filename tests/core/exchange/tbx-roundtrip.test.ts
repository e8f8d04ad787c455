import { describe, expect, it } from 'vitest'

import type { ExchangeConcept } from '../../../src/core/exchange/model'
import { parseTbx } from '../../../src/core/exchange/tbx-parse'
import { serializeTbx2, serializeTbx3 } from '../../../src/core/exchange/tbx-serialize'
import { collect } from './collect'
import { SAMPLE_CONCEPTS } from './sample-concepts'

/** What a round trip must preserve: everything, except characters XML 1.0 cannot carry. */
function expected(concepts: ExchangeConcept[]): ExchangeConcept[] {
  return JSON.parse(JSON.stringify(concepts).replace(/\\u0001/g, ''))
}

describe.each([
  ['v3', serializeTbx3],
  ['v2', serializeTbx2]
])('TBX %s round trip', (_v, serialize) => {
  it('keeps every field, status, example and extra, Chinese byte for byte', async () => {
    const xml = [...serialize(SAMPLE_CONCEPTS, { title: 'T' })].join('')
    const back = await collect(parseTbx([xml], 'rt.tbx'))
    expect(back).toEqual(expected(SAMPLE_CONCEPTS))
    expect(back[0].terms.find((t) => t.text === 'NQPF')?.status).toBe('forbidden')
    expect(Buffer.from(back[2].terms[2].text, 'utf8')).toEqual(Buffer.from('“一带一路”倡议', 'utf8'))
  })

  it('streams: one chunk per concept plus header and footer', () => {
    const chunks = [...serialize(SAMPLE_CONCEPTS, {})]
    expect(chunks.length).toBe(SAMPLE_CONCEPTS.length + 2)
  })

  it('parses the same result when the input arrives in tiny chunks', async () => {
    const xml = [...serialize(SAMPLE_CONCEPTS, {})].join('')
    const pieces: string[] = []
    for (let i = 0; i < xml.length; i += 7) pieces.push(xml.slice(i, i + 7))
    expect(await collect(parseTbx(pieces, 'rt.tbx'))).toEqual(await collect(parseTbx([xml], 'rt.tbx')))
  })
})
