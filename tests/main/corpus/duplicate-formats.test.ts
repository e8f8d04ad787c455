/**
 * A document is a duplicate whatever its extension: a byte-identical .md copy of an imported .txt (or
 * the reverse) was imported again, and concordance hits then appeared twice.
 */
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openTestApp } from '../../helpers/test-app'

type App = Awaited<ReturnType<typeof openTestApp>>
let t: App | undefined
afterEach(() => t?.close())

const LINES =
  'The government will develop new quality productive forces. Common prosperity is essential.\n' +
  'The rule of law must be upheld.\nReform and opening up continue.\n'

async function importAll(app: App, names: string[], content: string): Promise<string[]> {
  const first = join(app.home.dir, names[0])
  writeFileSync(first, content)
  for (const name of names.slice(1)) copyFileSync(first, join(app.home.dir, name))
  const statuses: string[] = []
  for (const name of names) {
    const report = await app.call('corpus/import', { paths: [join(app.home.dir, name)] })
    statuses.push(report.files[0].status)
  }
  return statuses
}

describe('duplicates across extensions', () => {
  it.each([
    [['doc1.txt', 'doc1.md'], LINES],
    [['doc1.md', 'doc1.txt'], LINES],
    [['notes.md', 'notes.txt', 'notes.markdown'], '# Heading\n\nSome **bold** text here. And more.\n'],
    [['page.html', 'page.txt'], '<p>The rule of law must be upheld.</p>\n<p>Reform continues.</p>\n'],
    [['page.txt', 'page.htm'], '<p>The rule of law must be upheld.</p>\n<p>Reform continues.</p>\n']
  ])('%j', async (names, content) => {
    t = await openTestApp()
    const before = (await t.call('corpus/list', {})).length
    expect(await importAll(t, names, content)).toEqual(['imported', ...names.slice(1).map(() => 'duplicate')])
    expect((await t.call('corpus/list', {})).length).toBe(before + 1)
  })

  it('different texts are still different documents', async () => {
    t = await openTestApp()
    writeFileSync(join(t.home.dir, 'a.txt'), LINES)
    writeFileSync(join(t.home.dir, 'b.md'), `${LINES}One more sentence.\n`)
    const report = await t.call('corpus/import', { paths: [join(t.home.dir, 'a.txt'), join(t.home.dir, 'b.md')] })
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'imported'])
  })
})
