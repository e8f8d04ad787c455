/**
 * XmlScanner against saxes (the spec-conformant parser it replaced, still a dependency): on thousands of
 * mutated TBX/TMX documents both must agree on well-formed vs malformed, and on well-formed input they
 * must report the very same elements, attributes and text.
 */
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'

import { FormatError } from '../../../src/core/exchange/model'
import { serializeTbx2, serializeTbx3 } from '../../../src/core/exchange/tbx-serialize'
import { serializeTmx } from '../../../src/core/exchange/tmx-serialize'
import { XmlScanner } from '../../../src/core/exchange/xml-scanner'
import { prng } from '../../helpers/prng'
import { SAMPLE_CONCEPTS, SAMPLE_UNITS } from './sample-concepts'

type Events = string[]
let lastError = ''

/** Text outside the root element (indentation of the prolog) is not reported by the scanner. */
function insideRoot(events: Events | 'error'): Events | 'error' {
  if (events === 'error') return events
  let depth = 0
  return events.filter((e) => {
    if (e.startsWith('O')) depth++
    else if (e.startsWith('C')) depth--
    return !e.startsWith('T') || depth > 0
  })
}

/** Events with adjacent text merged (parsers may split text differently). */
function push(events: Events, e: string): void {
  if (e.startsWith('T') && events.length && events[events.length - 1].startsWith('T')) {
    events[events.length - 1] += e.slice(1)
  } else events.push(e)
}

function withSaxes(xml: string): Events | 'error' {
  const events: Events = []
  const p = new SaxesParser({ position: true })
  let failed = false
  p.on('error', () => {
    failed = true
    throw new Error('saxes')
  })
  p.on('opentag', (t) => push(events, `O${t.name} ${JSON.stringify(t.attributes)}`))
  p.on('closetag', (t) => push(events, `C${t.name}`))
  p.on('text', (t) => push(events, `T${t}`))
  p.on('cdata', (t) => push(events, `T${t}`))
  try {
    p.write(xml).close()
  } catch {
    return 'error'
  }
  return failed ? 'error' : insideRoot(events)
}

function withScanner(xml: string, slice: number): Events | 'error' {
  const events: Events = []
  lastError = ''
  const s = new XmlScanner('f.xml', {
    open: (name, attrs) => push(events, `O${name} ${JSON.stringify({ ...attrs })}`),
    close: (name) => push(events, `C${name}`),
    text: (t) => push(events, `T${t}`)
  })
  try {
    for (let i = 0; i < xml.length; i += slice) s.write(xml.slice(i, i + slice))
    s.end()
  } catch (e) {
    if (!(e instanceof FormatError)) throw e
    lastError = e.message
    return 'error'
  }
  return events
}

const PALETTE = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '/',
  '=',
  ' ',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\0',
  '\uFFFE',
  ']]>',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '&amp;',
  '&#0;',
  '&#x4E2D;',
  '&#x110000;',
  '&#65;',
  '&x;',
  '<?pi x?>',
  '<a/>',
  '</a>',
  '中',
  '😀'
]
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function mutate(input: string, rnd: () => number): string {
  let s = input
  const ops = 1 + Math.floor(rnd() * 3)
  for (let k = 0; k < ops; k++) {
    const i = Math.floor(rnd() * (s.length + 1))
    const r = rnd()
    if (r < 0.5) s = s.slice(0, i) + PALETTE[Math.floor(rnd() * PALETTE.length)] + s.slice(i + (rnd() < 0.5 ? 1 : 0))
    else if (r < 0.7) s = s.slice(0, i) + s.slice(i + 1 + Math.floor(rnd() * 10))
    else if (r < 0.8) s = s.slice(0, i)
    else {
      const start = s.indexOf('<', i)
      const end = start < 0 ? -1 : s.indexOf('>', start)
      if (end > 0) {
        const j = Math.floor(rnd() * s.length)
        s = s.slice(0, j) + s.slice(start, end + 1) + s.slice(j)
      }
    }
  }
  return s
}

const SEEDS = [
  [...serializeTbx3(SAMPLE_CONCEPTS)].join(''),
  [...serializeTbx2(SAMPLE_CONCEPTS)].join(''),
  [...serializeTmx(SAMPLE_UNITS)].join('').replace(/<!DOCTYPE[^>]*>/, ''),
  // What other tools write: comments, PIs, CDATA, single quotes, references, an internal subset.
  '<?xml version=\'1.0\' standalone="yes"?>\n<!DOCTYPE martif [<!ATTLIST martif type CDATA #IMPLIED>]>\n' +
    '<!-- c --><martif type=\'TBX\' xml:lang="en"><?pi data?><text><body><termEntry id="a1">' +
    '<descrip type="definition">A &amp; B &lt;c&gt; &#x4E2D;&#25991; &quot;q&quot; &apos;</descrip>' +
    '<langSet xml:lang="zh"><tig><term><![CDATA[<raw> & ]]>文</term><note a="x&#10;y\tz">n<hi>i</hi>ce</note></tig>' +
    '</langSet></termEntry></body></text></martif>\n<!-- end -->\n'
]

describe('XmlScanner agrees with saxes', () => {
  it('on the well-formed seeds, read whole and in 7-character slices', () => {
    for (const xml of SEEDS) {
      const expected = withSaxes(xml)
      expect(expected).not.toBe('error')
      expect(withScanner(xml, xml.length)).toEqual(expected)
      expect(withScanner(xml, 7)).toEqual(expected)
    }
  })

  it('on 3,000 mutated documents: same verdict, same events', () => {
    const rnd = prng(0xa11ce)
    const disagreements: string[] = []
    let malformed = 0
    for (let n = 0; n < 3000; n++) {
      const xml = mutate(SEEDS[n % SEEDS.length], rnd)
      // A deletion can split a surrogate pair: saxes lets the lone half through, XML 1.0 and the scanner do not.
      const expected = LONE_SURROGATE.test(xml) ? 'error' : withSaxes(xml)
      const got = withScanner(xml, 1 + Math.floor(rnd() * 300))
      if (expected === 'error') malformed++
      if (JSON.stringify(expected) !== JSON.stringify(got) && disagreements.length < 12) {
        const a = JSON.stringify(expected)
        const b = JSON.stringify(got)
        let at = 0
        while (a[at] === b[at]) at++
        const seed = SEEDS[n % SEEDS.length]
        let d = 0
        while (seed[d] === xml[d]) d++
        disagreements.push(
          `saxes ${expected === 'error' ? 'rejects' : 'accepts'}, scanner ` +
            `${got === 'error' ? 'rejects' : 'accepts'}: ${JSON.stringify(xml.slice(Math.max(0, d - 30), d + 40))} ${lastError}`
        )
      }
    }
    expect(disagreements).toEqual([])
    expect(malformed).toBeGreaterThan(1000)
  })
})

describe('XmlScanner positions and security', () => {
  const fail = (xml: string): FormatError => {
    const s = new XmlScanner('p.xml', { open() {}, close() {}, text() {} })
    try {
      s.write(xml)
      s.end()
    } catch (e) {
      if (e instanceof FormatError) return e
      throw e
    }
    throw new Error('expected a FormatError')
  }

  it('reports the line and column of the problem, whatever the slicing', () => {
    const e = fail('<a>\n  <b>\r\n    text &bogus; more</b></a>')
    expect([e.line, e.column, e.reason]).toEqual([3, 10, 'undefined entity "&bogus;"'])
    expect(fail('<a>\n<b></c></a>').line).toBe(2)
    expect(fail('<a>\n\n<b x="1" x="2"/></a>').reason).toBe('duplicate attribute x')
    expect(fail('<a>\n</a>\n<b/>').reason).toMatch(/second root/)
    expect(fail('<a>').reason).toMatch(/unclosed tag/)
    expect(fail('<a>x\uD800y</a>').reason).toBe('illegal character U+D800')
    expect(fail('<a>x&#xD800;</a>').reason).toMatch(/does not allow/)
  })

  it('hands the DOCTYPE over before reading on, and never expands a declared entity', () => {
    let doctype = ''
    const s = new XmlScanner('d.xml', { open() {}, close() {}, text() {}, doctype: (d) => (doctype = d) })
    expect(() => {
      s.write('<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>')
      s.end()
    }).toThrow(/undefined entity "&e;"/)
    expect(doctype).toBe('<!DOCTYPE a [<!ENTITY e "boom">]>')
  })
})
