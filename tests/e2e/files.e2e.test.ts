import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { hasChromium, shot, useServedApp } from './browser'

const TBX = readFileSync(join(__dirname, '../fixtures/exchange/homonyms-apostrophes-times.tbx'))
const TMX =
  '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" ' +
  'segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/><body>' +
  '<tu><tuv xml:lang="en"><seg>We will pursue high-quality development.</seg></tuv>' +
  '<tuv xml:lang="zh-CN"><seg>我们将推动高质量发展。</seg></tuv></tu></body></tmx>'

async function inLanguage(page: Page, lang: 'en' | 'zh-CN') {
  await page.getByTestId('language-switch').selectOption(lang)
}

// #15 §1 in browser mode: files are chosen with Browse… (an <input type=file> upload, never a typed path),
// and an export reaches the browser as a download. Screenshots of each changed screen in English and Chinese.
describe.skipIf(!hasChromium)('files in the browser (shuyu serve)', () => {
  const app = useServedApp()

  it('uploads a TBX through Browse…, imports it, and downloads the export', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url)
    await inLanguage(page, 'en')
    await page.getByTestId('nav-exchange').click()
    await page.getByTestId('import-browse').waitFor()
    await shot(page, 'files-exchange-empty-en')

    // #15 §3: an error belongs to the panel that raised it, follows the UI language, and clears on the next
    // action there (not on an action in another panel).
    await page.getByTestId('import-path').fill(join(app.dir, 'missing.tbx'))
    await page.getByTestId('import-preview').click()
    const banner = page.getByTestId('import-panel').getByTestId('error-banner')
    await banner.waitFor()
    expect(await page.getByTestId('export-panel').getByTestId('error-banner').count()).toBe(0)
    const english = await banner.textContent()
    await shot(page, 'files-exchange-error-en')
    await inLanguage(page, 'zh-CN')
    await expect.poll(() => banner.textContent()).not.toBe(english)
    expect(await banner.textContent()).toMatch(/[\u4e00-\u9fff]/)
    await shot(page, 'files-exchange-error-zh')
    await inLanguage(page, 'en')
    await page.getByTestId('export-format').selectOption('csv')
    expect(await banner.count()).toBe(1)
    writeFileSync(join(app.dir, 'typed.tbx'), TBX)
    await page.getByTestId('import-path').fill(join(app.dir, 'typed.tbx'))
    await page.getByTestId('import-preview').click()
    await page.getByTestId('import-counts').waitFor()
    expect(await page.getByTestId('error-banner').count()).toBe(0)
    await page.getByTestId('export-format').selectOption('tbx')
    await page
      .getByTestId('import-browse-input')
      .setInputFiles({ name: 'policy terms.tbx', mimeType: 'application/xml', buffer: TBX })
    // The preview comes at once and names the file; no server-side temporary path is shown.
    await page.getByTestId('import-counts').waitFor()
    await expect.poll(() => page.getByTestId('import-counts').textContent()).toContain('policy terms.tbx')
    expect(await page.getByTestId('import-path').inputValue()).toBe('')
    await page.getByTestId('import-run').click()
    await page.getByTestId('import-result').waitFor()
    await expect.poll(() => page.getByTestId('count-new').last().textContent()).toContain('3')

    // Export with no path: the file comes down as a download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()])
    expect(download.suggestedFilename()).toBe('shuyu-termbase.tbx')
    const saved = readFileSync((await download.path())!, 'utf8')
    expect(saved).toContain('对外开放')
    expect(saved).toContain('National People’s Congress')
    await page.getByTestId('export-result').waitFor()
    await shot(page, 'files-exchange-done-en')
    // Download again from the result.
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-file-download').click()])
    expect(again.suggestedFilename()).toBe('shuyu-termbase.tbx')
    await inLanguage(page, 'zh-CN')
    await page.getByText('导入/导出').first().waitFor()
    await shot(page, 'files-exchange-done-zh')

    // Memory: Import TMX… previews in a dialog, then imports.
    await inLanguage(page, 'en')
    await page.getByTestId('nav-memory').click()
    await page
      .getByTestId('memory-tmx-browse-input')
      .setInputFiles({ name: 'memory.tmx', mimeType: 'application/xml', buffer: Buffer.from(TMX) })
    await page.getByTestId('memory-tmx-preview').waitFor()
    await shot(page, 'files-memory-tmx-en')
    await inLanguage(page, 'zh-CN')
    await page.getByText('将 TMX 导入翻译记忆库').waitFor()
    await shot(page, 'files-memory-tmx-zh')
    await page.getByTestId('memory-tmx-run').click()
    await page.getByTestId('memory-tmx-result').waitFor()
    await page.getByTestId('memory-tmx-dialog').getByRole('button', { name: '关闭' }).first().click()
    await page.getByTestId('memory-row').filter({ hasText: 'high-quality development' }).waitFor()

    // Corpus, QA and the workspace dialog, in both languages.
    for (const lang of ['en', 'zh-CN'] as const) {
      await inLanguage(page, lang)
      const tag = lang === 'en' ? 'en' : 'zh'
      await page.getByTestId('nav-corpus').click()
      await page.getByTestId('import-button').waitFor()
      await shot(page, `files-corpus-${tag}`)
      // `?` opens the shortcut list on every screen (#15 §3).
      await page.locator('body').press('?')
      await page.getByTestId('shortcuts-dialog').waitFor()
      await shot(page, `shortcuts-${tag}`)
      await page.keyboard.press('Escape')
      await page.getByTestId('shortcuts-dialog').waitFor({ state: 'detached' })
      await page.getByTestId('nav-qa').click()
      await page.getByTestId('qa-browse').waitFor()
      await shot(page, `files-qa-${tag}`)
      await page.getByTestId('workspace-info').click()
      await page.getByTestId('workspace-dialog').waitFor()
      await shot(page, `files-workspace-${tag}`)
      await page.keyboard.press('Escape')
      await page.getByTestId('nav-memory').click()
      await page.getByTestId('memory-tmx-browse').waitFor()
      await shot(page, `files-memory-${tag}`)
    }
    // Corpus upload through Browse…: the document keeps its file name as its source.
    await page.getByTestId('nav-corpus').click()
    await page.getByTestId('import-input').setInputFiles({
      name: 'npc-work-report.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Work report\n\nWe will deepen reform and opening up.')
    })
    await page.getByText('npc-work-report.txt').first().waitFor()
    expect(errors).toEqual([])
  }, 180_000)
})
