import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { hasChromium, SHOTS, useServedApp } from './browser'

// The seeds in the Corpus screen, in English and in Chinese, through `shuyu serve` in Debian Chromium.
describe.skipIf(!hasChromium)('corpus screen in the browser (shuyu serve)', () => {
  const app = useServedApp()

  it('lists the five seed documents in English, opens one, and switches to Chinese', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url)
    const rows = page.getByTestId('document-row')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(5)
    await expect.poll(() => page.textContent('body')).toContain('Innovation set to boost strength in key sectors')
    await page.screenshot({ path: join(SHOTS, 'corpus-en.png') })

    await rows.first().click()
    await page.getByTestId('document-reader').waitFor()
    await page.screenshot({ path: join(SHOTS, 'document-en.png') })
    await page.getByTestId('reader-back').click()

    await page.getByTestId('language-switch').selectOption('zh-CN')
    await expect.poll(() => page.textContent('body')).toContain('语料')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(5)
    await page.screenshot({ path: join(SHOTS, 'corpus-zh.png') })
    await rows.nth(2).click()
    await page.getByTestId('document-reader').waitFor()
    await page.screenshot({ path: join(SHOTS, 'document-zh.png') })
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('manages the workspace: backs up now and lists the backup', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(app.url.replace(/&lang=[^&]*/, '') + '&lang=en')
    await page.getByTestId('workspace-info').click()
    await page.getByTestId('workspace-dialog').waitFor()
    const before = await page.getByTestId('backup-row').count()
    await page.getByTestId('workspace-backup').click()
    await expect.poll(() => page.getByTestId('backup-row').count()).toBe(before + 1)
    await page.screenshot({ path: join(SHOTS, 'workspace-dialog-en.png') })
    // Modal for the keyboard too: Tab and Shift+Tab cycle inside the dialog, Escape gives focus back.
    // Evaluated in the page (a string: the test files are compiled without the DOM library).
    const inDialog = () =>
      page.evaluate<boolean>(
        'document.querySelector(\'[data-testid="workspace-dialog"]\')?.contains(document.activeElement) ?? false'
      )
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab')
      expect(await inDialog()).toBe(true)
    }
    await page.keyboard.press('Escape')
    await page.getByTestId('workspace-dialog').waitFor({ state: 'detached' })
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null")).toBe(
      'workspace-info'
    )
    await page.close()
  })

  it('keeps the chosen language across a reload (stored in the workspace)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(app.url.replace(/&lang=[^&]*/, ''))
    await page.getByTestId('document-row').first().waitFor()
    await expect.poll(() => page.textContent('body')).toContain('语料')
    await page.close()
  })
})
