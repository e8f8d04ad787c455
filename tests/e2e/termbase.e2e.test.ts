import { describe, expect, it } from 'vitest'

import { hasChromium, shot, useServedApp } from './browser'

// Review → term entry → examples → undo/redo → restart, through `shuyu serve` in Debian Chromium.
describe.skipIf(!hasChromium)('candidates and term base in the browser (shuyu serve)', () => {
  const app = useServedApp()

  it('mines, accepts a term, edits its entry and keeps it all across a restart', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 860 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url)
    await page.getByTestId('nav-mining').click()

    // A fresh workspace has no candidates: the Mine button is offered prominently.
    await page.getByTestId('mine-button').click()
    const rows = page.getByTestId('candidate-row')
    await rows.first().waitFor({ timeout: 30_000 })
    // Virtualised: a long list never puts every row in the DOM.
    expect(await rows.count()).toBeLessThan(120)
    await page.getByTestId('candidate-contexts').waitFor()
    await shot(page, 'candidates-en')

    // Keyboard review: j moves down, r rejects, Ctrl+Z brings the candidate back.
    const count = page.getByTestId('candidate-count')
    const before = await count.textContent()
    const second = await rows.nth(1).getAttribute('data-candidate-id')
    await page.keyboard.press('j')
    await expect.poll(() => rows.nth(1).getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('r')
    await expect.poll(() => count.textContent()).not.toBe(before)
    expect(await page.locator(`[data-candidate-id="${second}"]`).count()).toBe(0)
    await page.keyboard.press('Control+z')
    await expect.poll(() => count.textContent()).toBe(before)
    await expect.poll(() => page.locator(`[data-candidate-id="${second}"]`).count()).toBe(1)
    // e edits the term text inline; Enter saves it, Ctrl+Z undoes it.
    await page.keyboard.press('e')
    await page.getByTestId('candidate-edit').fill('renamed candidate')
    await page.keyboard.press('Enter')
    await rows.filter({ hasText: 'renamed candidate' }).first().waitFor()
    await page.keyboard.press('Control+z')
    await rows.filter({ hasText: 'renamed candidate' }).first().waitFor({ state: 'detached' })

    // Space ticks rows for bulk actions; m opens the merge picker (Escape closes it).
    await page.keyboard.press(' ')
    await page.getByTestId('bulk-bar').waitFor()
    await page.keyboard.press(' ')
    await page.getByTestId('bulk-bar').waitFor({ state: 'detached' })
    await page.keyboard.press('m')
    await page.getByTestId('merge-dialog').waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached' })

    await page.getByTestId('candidate-filter').fill('quality productive forces')
    await expect
      .poll(async () => {
        const terms = await rows.allTextContents()
        return terms.length > 0 && terms.every((text) => text.includes('quality productive forces'))
      })
      .toBe(true)
    const exact = rows.filter({ hasText: 'new quality productive forces' })
    const chosen = (await exact.count()) > 0 ? exact.first() : rows.first()
    await chosen.click()
    await page.getByTestId('candidate-contexts').getByTestId('context-sentence').first().waitFor()
    await page.getByTestId('accept-button').click()

    // Accepting keeps the reviewer in the list; the toast's "Open concept" opens the new concept's entry.
    await page.getByTestId('toast-second-action').click()
    const editor = page.getByTestId('concept-editor')
    await editor.waitFor()
    const firstTerm = editor.getByTestId('term-text').first()
    await expect.poll(() => firstTerm.inputValue()).toContain('quality productive forces')
    await page.getByTestId('add-term-zh').click()
    const zhTerms = page.getByTestId('terms-zh').getByTestId('term-text')
    await zhTerms.last().fill('新质生产力')
    await page.getByTestId('add-term-zh').click()
    await zhTerms.last().fill('新型生产力')
    await page.getByTestId('terms-zh').getByTestId('term-status').last().selectOption('deprecated')
    await page.getByTestId('concept-save').click()
    await page.getByTestId('unsaved').waitFor({ state: 'detached' })

    // Two corpus sentences as usage examples, the first with a Chinese rendering.
    await page.getByTestId('add-example').click()
    const picks = page.getByTestId('pick-example')
    await picks.first().waitFor()
    expect(await picks.count()).toBeGreaterThanOrEqual(2)
    await page.getByTestId('example-zh-input').fill('加快发展新质生产力')
    await picks.nth(0).click()
    await expect.poll(() => picks.nth(0).isDisabled()).toBe(true)
    await picks.nth(1).click()
    await expect.poll(() => picks.nth(1).isDisabled()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('example-row').count()).toBe(2)
    expect(await page.getByTestId('example-zh').allTextContents()).toEqual(['加快发展新质生产力'])
    await page.getByTestId('usage-chart').waitFor()

    // Undo and redo an edit of the definition.
    const definition = page.getByTestId('concept-definition')
    await definition.fill('Productive forces driven by innovation <script>alert(1)</script>')
    await page.keyboard.press('Control+s')
    await page.getByTestId('unsaved').waitFor({ state: 'detached' })
    await page.getByTestId('history-undo').click()
    await expect.poll(() => definition.inputValue()).toBe('')
    await page.getByTestId('history-redo').click()
    await expect.poll(() => definition.inputValue()).toContain('<script>')
    await shot(page, 'termbase-examples-en')
    await page.locator('.split-editor').evaluate((element) => element.scrollTo(0, 0))
    await shot(page, 'termbase-en')

    // An invalid term is reported in the banner, not a crash.
    await page.getByTestId('add-term-en').click()
    await page.getByTestId('terms-en').getByTestId('term-text').last().fill('!!!')
    await page.getByTestId('concept-save').click()
    await page.getByTestId('error-banner').waitFor()
    await page.getByTestId('terms-en').getByTestId('remove-term').last().click()

    await page.getByTestId('language-switch').selectOption('zh-CN')
    await expect.poll(() => page.textContent('body')).toContain('编辑历史')
    await shot(page, 'termbase-zh')
    await page.getByTestId('nav-mining').click()
    await rows.first().waitFor()
    await shot(page, 'candidates-zh')
    expect(errors).toEqual([])
    await page.close()

    // Restart the server on the same workspace: everything is still there.
    await app.restart()
    const again = await app.browser.newPage({ viewport: { width: 1360, height: 860 } })
    await again.goto(app.url)
    await again.getByTestId('nav-termbase').click()
    await again.getByTestId('concept-search').fill('生产力')
    const found = again.getByTestId('concept-row')
    await expect.poll(() => found.count()).toBe(1)
    await found.first().click()
    const conceptId = await found.first().getAttribute('data-concept-id')
    const zhAfter = again.getByTestId('terms-zh')
    await expect
      .poll(() =>
        zhAfter
          .getByTestId('term-text')
          .evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value).sort())
      )
      .toEqual(['新型生产力', '新质生产力'])
    const statuses = await zhAfter
      .getByTestId('term-status')
      .evaluateAll((selects) => selects.map((select) => (select as unknown as { value: string }).value).sort())
    expect(statuses).toEqual(['deprecated', 'preferred'])
    await expect.poll(() => again.getByTestId('example-row').count()).toBe(2)
    expect(await again.getByTestId('concept-definition').inputValue()).toContain('<script>')
    await again.getByTestId('example-row').first().getByTestId('open-in-context').click()
    await again.getByTestId('example-reader').locator('.segment.is-focus').waitFor()
    await shot(again, 'termbase-reader-zh')
    await again.keyboard.press('Escape')

    // A second concept with the same English term asks before saving a duplicate.
    await again.getByTestId('new-concept').click()
    await again.getByTestId('terms-en').getByTestId('term-text').fill('new quality productive forces')
    await again.getByTestId('concept-save').click()
    await again.getByTestId('duplicate-dialog').waitFor()
    await shot(again, 'termbase-duplicate-zh')
    // Merge folds the new draft into the existing concept, which then opens; nothing is duplicated.
    await again.getByTestId('duplicate-merge').click()
    await expect.poll(() => again.getByTestId('concept-editor').getAttribute('data-concept-id')).toBe(conceptId)
    await again.getByTestId('example-row').first().waitFor()
    await expect.poll(() => again.getByTestId('concept-row').count()).toBe(1)

    // Delete, then Undo from the toast brings the concept back.
    await again.getByTestId('concept-delete').click()
    await expect.poll(() => again.getByTestId('concept-row').count()).toBe(0)
    await again.getByTestId('toast-action').click()
    await expect.poll(() => again.getByTestId('concept-row').count()).toBe(1)
    await again.emulateMedia({ colorScheme: 'dark' })
    await again.locator('.split-editor').evaluate((element) => element.scrollTo(0, 0))
    await shot(again, 'termbase-dark-zh')
    await again.getByTestId('nav-mining').click()
    await again.getByTestId('candidate-row').first().waitFor()
    await shot(again, 'candidates-dark-zh')
    await again.close()
  }, 90_000)
})
