import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseCsvConcepts } from '../../../src/core/exchange/csv-parse'
import { serializeCsv } from '../../../src/core/exchange/csv-serialize'
import { FormatError } from '../../../src/core/exchange/model'
import { parseTbx } from '../../../src/core/exchange/tbx-parse'
import { serializeTbx2, serializeTbx3 } from '../../../src/core/exchange/tbx-serialize'
import { parseTmx } from '../../../src/core/exchange/tmx-parse'
import { serializeTmx } from '../../../src/core/exchange/tmx-serialize'
import { prng } from '../../helpers/prng'
import { SAMPLE_CONCEPTS, SAMPLE_UNITS } from './sample-concepts'

const PALETTE = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '/',
  '=',
  '|',
  ';',
  ',',
  '\t',
  '\n',
  '\r',
  '\0',
  '\uFFFE',
  '\uD800',
  ']]>',
  '<!--',
  '<![CDATA[',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '中',
  'é',
  '😀'
]

function mutate(input: string, rnd: () => number): string {
  const at = (): number => Math.floor(rnd() * (input.length + 1))
  let s = input
  const ops = 1 + Math.floor(rnd() * 4)
  for (let k = 0; k < ops; k++) {
    const i = at()
    switch (Math.floor(rnd() * 5)) {
      case 0: // character flip
        s = s.slice(0, i) + PALETTE[Math.floor(rnd() * PALETTE.length)] + s.slice(i + 1)
        break
      case 1: // truncation
        s = s.slice(0, i)
        break
      case 2: {
        // tag duplication: copy one <...> somewhere else
        const start = s.indexOf('<', i)
        const end = start < 0 ? -1 : s.indexOf('>', start)
        if (end > 0) {
          const j = at()
          s = s.slice(0, j) + s.slice(start, end + 1) + s.slice(j)
        }
        break
      }
      case 3: // deletion of a span
        s = s.slice(0, i) + s.slice(i + 1 + Math.floor(rnd() * 40))
        break
      default: // random code units
        s = s.slice(0, i) + String.fromCharCode(Math.floor(rnd() * 0x10000)) + s.slice(i)
    }
  }
  return s
}

type Parser = (text: string) => Promise<unknown>

const drain = async (gen: AsyncIterable<unknown>): Promise<void> => {
  for await (const _ of gen) {
    /* consume */
  }
}

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/exchange', name), 'utf8')

const CASES: Array<[string, string[], Parser]> = [
  [
    'parseTbx',
    [
      [...serializeTbx3(SAMPLE_CONCEPTS)].join(''),
      [...serializeTbx2(SAMPLE_CONCEPTS)].join(''),
      fixture('other-tool-v2.tbx')
    ],
    (t) => drain(parseTbx([t], 'f.tbx'))
  ],
  [
    'parseTmx',
    [[...serializeTmx(SAMPLE_UNITS)].join(''), fixture('legacy-1.1.tmx')],
    (t) => drain(parseTmx([t], 'f.tmx'))
  ],
  [
    'parseCsv',
    [
      [...serializeCsv(SAMPLE_CONCEPTS, { languages: ['en', 'zh-CN', 'fr'] })].join(''),
      '英文;中文;状态\nrule of law;法治;首选\n"a""b";"c\nd";x\n'
    ],
    async (t) => parseCsvConcepts(t, { fileName: 'f.csv' })
  ]
]

describe.each(CASES)('fuzz %s', (_name, seeds, parse) => {
  it('never throws anything but a FormatError (1,500 mutated inputs)', async () => {
    const rnd = prng(0x5eed)
    const stray: string[] = []
    let rejected = 0
    for (let n = 0; n < 1500; n++) {
      const input = mutate(seeds[n % seeds.length], rnd)
      try {
        await parse(input)
      } catch (e) {
        if (e instanceof FormatError) rejected++
        else if (stray.length < 3) stray.push(`${String(e)} on input ${JSON.stringify(input.slice(0, 200))}`)
      }
    }
    expect(stray).toEqual([])
    // A fuzzer whose mutations never break anything would test nothing.
    if (_name !== 'parseCsv') expect(rejected).toBeGreaterThan(300)
  })
})
