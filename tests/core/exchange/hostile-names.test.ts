/**
 * Issue #16 item 2: element and attribute names are interned in linear time, with a cap. The two
 * reproductions from the issue (100,000 distinct element names in a 1 MB TMX: 61 s then a failure;
 * 200,000 attributes on the root: past 60 s) must end in a clear FormatError within 5 s and 500 MB.
 */
import { describe, expect, it } from 'vitest'

import { FormatError } from '../../../src/core/exchange/model'
import { parseTmx } from '../../../src/core/exchange/tmx-parse'
import { MAX_DISTINCT_NAMES } from '../../../src/core/exchange/xml-scanner'
import { collect } from './collect'

const HEAD = '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>'
const UNIT = '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="zh-CN"><seg>甲</seg></tuv></tu>'

/** Runs the parse, returning the error it ends with, how long it took and the heap it grew by. */
async function measure(xml: string): Promise<{ error: unknown; ms: number; units: number; heapMb: number }> {
  const heapBefore = process.memoryUsage().heapUsed
  let peak = heapBefore
  const t0 = performance.now()
  let error: unknown = null
  let units = 0
  try {
    // 64 KiB chunks, as a file is read; the heap is sampled between them.
    const chunks = function* (): Generator<string> {
      for (let i = 0; i < xml.length; i += 65536) {
        peak = Math.max(peak, process.memoryUsage().heapUsed)
        yield xml.slice(i, i + 65536)
      }
    }
    units = (await collect(parseTmx(chunks(), 'hostile.tmx'))).length
  } catch (e) {
    error = e
  }
  return { error, ms: performance.now() - t0, units, heapMb: (peak - heapBefore) / 2 ** 20 }
}

describe('XML name interning (#16 item 2)', () => {
  it('refuses a 1 MB TMX with 100,000 distinct element names quickly, with a FormatError', async () => {
    let body = ''
    for (let i = 0; i < 100_000; i++) body += `<n${i}/>`
    const xml = HEAD + UNIT + body + '</body></tmx>'
    expect(xml.length).toBeGreaterThan(700_000)
    const r = await measure(xml)
    expect(r.error).toBeInstanceOf(FormatError)
    expect((r.error as FormatError).key).toBe('exchange.xml.tooManyNames')
    expect((r.error as FormatError).params).toEqual({ limit: MAX_DISTINCT_NAMES })
    expect(r.ms).toBeLessThan(5000)
    expect(r.heapMb).toBeLessThan(500)
  })

  it('refuses 200,000 attributes on the root quickly, with a FormatError', async () => {
    let attrs = ''
    for (let i = 0; i < 200_000; i++) attrs += ` a${i}="v"`
    const xml = `<?xml version="1.0"?><tmx version="1.4"${attrs}><header srclang="en"/><body>${UNIT}</body></tmx>`
    const r = await measure(xml)
    expect(r.error).toBeInstanceOf(FormatError)
    expect((r.error as FormatError).key).toBe('exchange.xml.tooManyNames')
    expect((r.error as FormatError).line).toBe(1)
    expect(r.ms).toBeLessThan(5000)
    expect(r.heapMb).toBeLessThan(500)
  })

  it('reads a file just under the cap in linear time, names of one length and first letter included', async () => {
    // All names start with "n" and have the same length: the worst case for the in-place table's buckets.
    let body = ''
    const n = MAX_DISTINCT_NAMES - 20
    for (let i = 0; i < n; i++) body += `<n${String(i).padStart(5, '0')}/>`
    const xml = HEAD + (UNIT + body).repeat(3) + '</body></tmx>'
    const r = await measure(xml)
    expect(r.error).toBeNull()
    expect(r.units).toBe(3)
    expect(r.ms).toBeLessThan(2000)
  })
})
