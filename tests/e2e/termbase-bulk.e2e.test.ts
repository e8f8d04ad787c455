import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { hasChromium, shot, useServedApp } from './browser'

const entry = (id: string, en: string, zh: string, domain: string) =>
  `<termEntry id="${id}"><descrip type="subjectField">${domain}</descrip>` +
  `<langSet xml:lang="en"><tig><term>${en}</term></tig></langSet>` +
  `<langSet xml:lang="zh-CN"><tig><term>${zh}</term></tig></langSet></termEntry>`

// #15 §3 in the browser: tick three concepts, set their domain in one step, undo it, find a concept by
// pinyin; the editor's term rows carry visible labels. Screenshots in English and Chinese.
describe.skipIf(!hasChromium)('term base bulk edit and pinyin search (shuyu serve)', () => {
  const app = useServedApp((a) => {
    const file = join(a.dir, 'four.tbx')
    writeFileSync(
      file,
      '<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body>' +
        entry('a', 'common prosperity', '共同富裕', 'economy') +
        entry('b', 'high-quality development', '高质量发展', 'Economy/Finance') +
        entry('c', 'opening up', '对外开放', 'politics') +
        entry('d', 'rural revitalization', '乡村振兴', 'agriculture') +
        '</body></text></martif>'
    )
    a.cli('import', file)
  })

  it('sets the domain of three concepts, undoes it in one step, and finds 高质量发展 by pinyin', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 860 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url)
    await page.getByTestId('nav-termbase').click()
    const rows = page.getByTestId('concept-row')
    await expect.poll(() => rows.count()).toBe(4)
    const domains = page.getByTestId('concept-list').locator('.concept-domain')
    const domainTexts = async () => (await domains.allTextContents()).sort().join('|')
    const before = await domainTexts()

    // A click ticks one, shift-click ticks the range: three concepts, without opening any.
    const ticks = page.getByTestId('concept-tick')
    await ticks.nth(0).click()
    await ticks.nth(2).click({ modifiers: ['Shift'] })
    await expect.poll(() => page.getByTestId('bulk-count').textContent()).toBe('3 concepts selected')
    expect(await page.getByTestId('concept-editor').count()).toBe(0)
    await page.getByTestId('bulk-domain').fill('Policy')
    await page.getByTestId('bulk-set-domain').click()
    await expect.poll(() => domains.filter({ hasText: 'Policy' }).count()).toBe(3)
    await shot(page, 'termbase-bulk-en')

    // One undo takes all three back.
    await page.getByTestId('toast-action').click()
    await expect.poll(domainTexts).toBe(before)

    // The domain filter is a case-insensitive prefix.
    await page.getByPlaceholder('Domain').fill('econ')
    await expect.poll(() => rows.count()).toBe(2)
    await page.getByPlaceholder('Domain').fill('')

    // Export the selection: browser mode downloads a TBX of the three ticked concepts only.
    const download = page.waitForEvent('download')
    await page.getByTestId('bulk-export').click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.tbx$/)
    const tbx = readFileSync((await file.path())!, 'utf8')
    expect(tbx.match(/<termEntry|<conceptEntry/g)).toHaveLength(3)
    expect(tbx).not.toContain('乡村振兴')

    // Pinyin, typed without tones.
    await page.getByTestId('bulk-clear').click()
    await page.getByTestId('concept-search').fill('gaozhiliang')
    await expect.poll(() => rows.count()).toBe(1)
    await expect.poll(() => rows.first().textContent()).toContain('高质量发展')
    await rows.first().click()
    await page.getByTestId('concept-editor').waitFor()
    await expect.poll(() => page.locator('.term-field-label').allTextContents()).toContain('Part of speech')
    await shot(page, 'termbase-pinyin-en')

    await page.getByTestId('language-switch').selectOption('zh-CN')
    await page.getByTestId('concept-search').fill('gao zhi liang')
    await expect.poll(() => rows.count()).toBe(1)
    await expect.poll(() => page.locator('.term-field-label').allTextContents()).toContain('词性')
    await page.getByTestId('concept-search').fill('')
    await expect.poll(() => rows.count()).toBe(4)
    await ticks.nth(1).click()
    await ticks.nth(3).click({ modifiers: ['Shift'] })
    await expect.poll(() => page.getByTestId('bulk-count').textContent()).toBe('已选 3 个概念')
    await shot(page, 'termbase-bulk-zh')
    await page.getByTestId('language-switch').selectOption('en')
    expect(errors).toEqual([])
  }, 90_000)
})
