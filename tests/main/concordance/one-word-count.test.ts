import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

// The same corpus once read 4,036 words in the corpus table, 4,030 in the miner's summary and 4,162 beside
// the collocates: three ways of counting. There is one now (core/text/count-words.ts).
describe('one word count across screens', () => {
  it('gives the corpus table, the miner summary and the collocates the same figure, before and after a delete', async () => {
    await t.call('corpus/import', { paths: [seedsDir()] })
    const corpusTable = async () => (await t.call('corpus/list', {})).reduce((n, d) => n + d.words, 0)
    const words = await corpusTable()
    expect(words).toBeGreaterThan(3000)
    const mined = await t.call('mining/run', {})
    expect(mined.words).toBe(words)
    expect(mined.wordsMined).toBe(words)
    const colloc = await t.call('concordance/collocates', { query: 'development' })
    expect(colloc.corpusSize).toBe(words)

    const [first] = await t.call('corpus/list', {})
    await t.call('corpus/delete', { id: first.id })
    const left = await corpusTable()
    expect(left).toBe(words - first.words)
    expect((await t.call('concordance/collocates', { query: 'development' })).corpusSize).toBe(left)
    expect((await t.call('mining/run', {})).words).toBe(left)
  })
})
