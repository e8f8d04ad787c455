import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openTestApp } from '../../helpers/test-app'
import type { TestApp } from '../exchange/exchange-helpers'
import { bounded, LIMITS } from './bounded'

// Issue #16 items 2 and 6 through the API, as a user meets them (the parser- and serialiser-level tests
// are tests/core/exchange/hostile-names.test.ts and tests/main/exchange/tsv-formulas.test.ts): each hostile
// file is refused, or exported safely, within the bounds, and the workspace is left as it was.
const UNIT = '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="zh-CN"><seg>甲</seg></tuv></tu>'

let t: TestApp
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

describe('hostile files through exchange/import', () => {
  it('a 1 MB TMX with 100,000 distinct element names: refused, in bounds, nothing imported', async () => {
    let body = ''
    for (let i = 0; i < 100_000; i++) body += `<n${i}/>`
    const path = join(t.home.dir, 'names.tmx')
    writeFileSync(
      path,
      `<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>${UNIT}${body}</body></tmx>`
    )
    const { value, ms, extraMb } = await bounded(() => t.call('exchange/import', { path }).catch((e: unknown) => e))
    expect(value).toMatchObject({ code: 'bad-input' })
    expect(ms).toBeLessThan(LIMITS.ms)
    expect(extraMb).toBeLessThan(LIMITS.extraMb)
    expect((await t.call('memory/list', {})).total).toBe(0)
  })

  it('200,000 attributes on the root: refused, in bounds', async () => {
    let attrs = ''
    for (let i = 0; i < 200_000; i++) attrs += ` a${i}="v"`
    const path = join(t.home.dir, 'attrs.tmx')
    writeFileSync(
      path,
      `<?xml version="1.0"?><tmx version="1.4"${attrs}><header srclang="en"/><body>${UNIT}</body></tmx>`
    )
    const { value, ms, extraMb } = await bounded(() => t.call('exchange/import', { path }).catch((e: unknown) => e))
    expect(value).toMatchObject({ code: 'bad-input' })
    expect(ms).toBeLessThan(LIMITS.ms)
    expect(extraMb).toBeLessThan(LIMITS.extraMb)
  })

  it('formula payloads in terms: the TSV export neutralises them, in bounds', async () => {
    const payloads = ['=HYPERLINK("http://evil.example/","x")', '+cmd|/c calc', '@SUM(1)', '-1+1']
    for (const text of payloads) {
      await t.call('termbase/save', { terms: [{ lang: 'en', text, status: 'preferred', pos: '', usageNote: '' }] })
    }
    const path = join(t.home.dir, 'out.tsv')
    const { ms } = await bounded(() => t.call('exchange/export', { format: 'tsv', path }))
    expect(ms).toBeLessThan(LIMITS.ms)
    const cells = (await import('node:fs')).readFileSync(path, 'utf8').split(/[\t\n]/)
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+@-]/)
  })
})
