import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { hasChromium, shot, useServedApp } from './browser'

const chinese = [
  ' date 2024-03-05',
  '加快发展新质生产力，扎实推进高质量发展。',
  '新质生产力是创新起主导作用的先进生产力质态。',
  '要因地制宜发展新质生产力。'
].join('\n')

// Search, sort, collocates and refused queries in the Concordance screen, through `shuyu serve`.
describe.skipIf(!hasChromium)('concordance screen in the browser (shuyu serve)', () => {
  // The seeds are English: a small Chinese document is imported through the CLI first.
  const app = useServedApp(({ dir, cli }) => {
    const file = join(dir, 'xinzhi.txt')
    writeFileSync(file, chinese)
    cli('import', file)
    cli('term', 'add', 'new quality productive forces', '--zh', '新质生产力')
  })

  /** A fresh page on the Concordance screen, collecting uncaught page errors. */
  const openConcordance = async () => {
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 860 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url)
    await page.getByTestId('nav-concordance').click()
    return { page, errors }
  }

  const search = async (page: Page, query: string) => {
    await page.getByTestId('concordance-query').fill(query)
    await page.getByTestId('concordance-search').click()
  }

  it('finds, sorts and explains hits in English and Chinese', async () => {
    const { page, errors } = await openConcordance()

    await search(page, 'productive forces')
    const rows = page.getByTestId('kwic-row')
    await rows.first().waitFor()
    expect((await rows.first().locator('.kwic-match').textContent())?.toLowerCase()).toBe('productive forces')
    await expect.poll(() => page.getByTestId('concordance-total').textContent()).toMatch(/\d+ hits?/)
    await page.getByTestId('collocates-table').waitFor()
    expect(await page.getByTestId('collocate-row').count()).toBeGreaterThan(0)

    // Sort 1L on a frequent word: the words just before the match come in alphabetical order.
    await search(page, 'development')
    await expect.poll(() => rows.first().locator('.kwic-match').textContent()).toBe('development')
    const unsorted = await rows.locator('.kwic-left').allTextContents()
    await page.getByTestId('kwic-sort').selectOption('1L')
    await expect.poll(() => page.getByTestId('kwic-sort-2').isEnabled()).toBe(true)
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
    const wordBefore = (left: string) => /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(left)?.[1] ?? ''
    await expect
      .poll(async () => {
        const before = (await rows.locator('.kwic-left').allTextContents()).map(wordBefore)
        return before.length > 5 && before.every((word, i) => i === 0 || collator.compare(before[i - 1], word) <= 0)
      })
      .toBe(true)
    expect(await rows.locator('.kwic-left').allTextContents()).not.toEqual(unsorted)
    await page.getByTestId('kwic-sort').selectOption('')
    await search(page, 'productive forces')
    await rows.first().waitFor()
    await shot(page, 'concordance-en')

    // The document link shows the hit in its context.
    await rows.first().getByTestId('kwic-document').click()
    await page.getByTestId('hit-context').waitFor()
    await expect.poll(() => page.locator('.segment.is-focus .kwic-match').count()).toBe(1)
    await page.keyboard.press('Escape')
    await page.getByTestId('hit-context').waitFor({ state: 'detached' })

    // Add as example: the concept search starts from the matched words; the toast opens the concept.
    await rows.first().hover()
    await rows.first().getByTestId('add-example').click()
    await page.getByTestId('add-example-dialog').waitFor()
    expect(await page.getByTestId('concept-picker-search').inputValue()).toBe('productive forces')
    await page.getByTestId('concept-choice').first().waitFor()
    await shot(page, 'concordance-add-example-en')
    await page.getByTestId('concept-choice').first().click()
    await page.getByTestId('toast-action').click()
    await page.getByTestId('termbase-screen').waitFor()
    await expect.poll(() => page.getByTestId('example-row').count()).toBe(1)
    await page.getByTestId('nav-concordance').click()

    // Paging: a frequent word is fetched 100 hits at a time as the virtualised list scrolls.
    await search(page, 'the')
    await rows.first().waitFor()
    const total = Number((await page.getByTestId('concordance-total').textContent())?.replace(/\D/g, ''))
    expect(total).toBeGreaterThan(100)
    expect(await rows.count()).toBeLessThan(60)
    await page.getByTestId('kwic-list').evaluate((list) => list.scrollTo(0, list.scrollHeight))
    await page.locator(`[data-testid="kwic-row"][data-index="${total - 1}"]`).waitFor()

    // A catastrophic-backtracking regex is refused with a message under the box, not a crash.
    await page.getByTestId('option-regex').check()
    await search(page, '(a+)+$')
    await page.getByTestId('concordance-error').waitFor()
    expect(await page.getByTestId('error-banner').count()).toBe(0)
    await shot(page, 'concordance-error-en')
    await page.getByTestId('option-regex').uncheck()
    await search(page, '  ')
    await expect.poll(() => page.getByTestId('concordance-error').textContent()).toMatch(/\S/)

    // Chinese: 生产力 is found inside 新质生产力 (no word boundaries in Chinese), in Chinese UI.
    await page.getByTestId('kwic-sort').selectOption('')
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await search(page, '生产力')
    await rows.first().waitFor()
    const zhLines = await rows.locator('.kwic-text').allTextContents()
    expect(zhLines.some((line) => line.includes('新质生产力'))).toBe(true)
    await expect.poll(() => page.getByTestId('concordance-total').textContent()).toContain('条结果')
    await page.locator('[data-testid="collocates-table"], [data-testid="collocates-none"]').first().waitFor()
    await shot(page, 'concordance-zh')

    await page.emulateMedia({ colorScheme: 'dark' })
    await search(page, 'productive forces')
    await page.getByTestId('collocates-table').waitFor()
    await shot(page, 'concordance-dark-zh')

    // A collocate refines the search: "quality" stands just before the match, so it is prepended.
    await page
      .getByTestId('collocate-row')
      .filter({ hasText: /^quality/ })
      .locator('.conc-doc-link')
      .click()
    await expect.poll(() => page.getByTestId('concordance-query').inputValue()).toBe('quality productive forces')
    await expect.poll(() => page.getByTestId('concordance-total').textContent()).toMatch(/^9 /)
    expect(errors).toEqual([])
    await page.close()
  }, 40_000)

  it("opens a hit's document at that sentence, with the match marked and earlier sentences on request", async () => {
    const { page, errors } = await openConcordance()
    await search(page, 'productive forces')
    const rows = page.getByTestId('kwic-row')
    await rows.first().waitFor()
    // A later hit sits far into its document, so the reader must open mid-document.
    const later = rows.nth(6)
    const match = (await later.locator('.kwic-match').textContent({ timeout: 5000 })) ?? ''
    await later.getByTestId('kwic-document').click({ timeout: 5000 })
    await page.getByTestId('hit-context').getByTestId('open-in-document').click({ timeout: 5000 })

    await page.getByTestId('document-reader').waitFor({ timeout: 5000 })
    const focused = page.getByTestId('focused-segment')
    await focused.waitFor({ timeout: 5000 })
    expect(await focused.locator('.kwic-match').textContent()).toBe(match)
    const box = await focused.boundingBox()
    expect(box !== null && box.y > 0 && box.y < 860).toBe(true)
    await shot(page, 'corpus-reader-at-hit-en')

    // Earlier sentences load above without losing the place.
    const earlier = page.getByTestId('load-earlier')
    if (await earlier.count()) {
      const before = await page.locator('[data-segment-id]').count()
      await earlier.click()
      await expect.poll(() => page.locator('[data-segment-id]').count()).toBeGreaterThan(before)
      expect(await page.locator('.segment').first().getAttribute('value')).toBe('1')
    }
    expect(errors).toEqual([])
    await page.close()
  }, 30_000)

  it('keeps a collocate with a concept; the term base shows it and its removal is undoable', async () => {
    const { page, errors } = await openConcordance()
    await search(page, 'productive forces')
    const quality = page.getByTestId('collocate-row').filter({ hasText: /^quality/ })
    await quality.waitFor()
    await quality.getByTestId('keep-collocation').click()
    await page.getByTestId('keep-collocation-dialog').waitFor()
    await page.getByTestId('concept-choice').first().waitFor()
    await shot(page, 'concordance-keep-collocation')
    await page.getByTestId('concept-choice').first().click()
    await page.getByTestId('toast-action').click()

    await page.getByTestId('termbase-screen').waitFor()
    const row = page.getByTestId('collocation-row')
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.textContent()).toMatch(/^quality.*productive forces/)
    await page.getByTestId('collocations-section').scrollIntoViewIfNeeded()
    await shot(page, 'termbase-collocations')
    await row.getByTestId('remove-collocation').click()
    await expect.poll(() => row.count()).toBe(0)
    await page.getByTestId('toast-action').click()
    await expect.poll(() => row.count()).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  }, 30_000)

  it('finds 新质生产力 by its pinyin with the Pinyin option, and refuses non-pinyin', async () => {
    const { page, errors } = await openConcordance()
    await page.getByTestId('option-pinyin').check()
    await search(page, 'xinzhi shengchanli')
    const rows = page.getByTestId('kwic-row')
    // The first pinyin query of a process builds the reading tables (about a second on a busy machine).
    await rows.first().waitFor({ timeout: 15_000 })
    await expect.poll(() => rows.count()).toBe(3)
    expect(await rows.locator('.kwic-match').allTextContents()).toEqual(['新质生产力', '新质生产力', '新质生产力'])
    expect(await page.getByTestId('concordance-pinyin').textContent()).toContain('新质生产力')
    await shot(page, 'concordance-pinyin')
    await search(page, 'hello')
    await page.getByTestId('concordance-error').waitFor()
    await page.getByTestId('option-pinyin').uncheck()
    expect(errors).toEqual([])
    await page.close()
  }, 30_000)

  it('finds Chinese whole words (the accepted term 新质生产力 stays whole) and hides function words among collocates', async () => {
    const { page, errors } = await openConcordance()
    const rows = page.getByTestId('kwic-row')
    const total = page.getByTestId('concordance-total')
    await search(page, '生产力')
    await expect.poll(() => total.textContent()).toMatch(/^4 /)
    // Whole words: three of the four stand inside 新质生产力, a term of the term base, hence one word.
    await page.getByTestId('option-whole-words').check()
    await search(page, '生产力')
    await expect.poll(() => total.textContent()).toMatch(/^1 /)
    expect(await rows.first().locator('.kwic-left').textContent()).toMatch(/先进$/)
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await shot(page, 'concordance-whole-words-zh')
    await page.getByTestId('language-switch').selectOption('en')
    await page.getByTestId('option-whole-words').uncheck()

    // Collocates leave out the, of, and… unless asked for them.
    await search(page, 'productive forces')
    const words = () => page.getByTestId('collocate-row').locator('.conc-doc-link').allTextContents()
    await page.getByTestId('collocates-table').waitFor()
    expect((await words()).length).toBeGreaterThan(0)
    expect(await words()).not.toContain('the')
    await page.getByTestId('collocates-function-words').check()
    await expect.poll(words).toContain('the')
    await shot(page, 'concordance-function-words-en')
    expect(errors).toEqual([])
    await page.close()
  }, 40_000)
})
