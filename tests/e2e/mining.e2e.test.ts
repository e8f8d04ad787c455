import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { SENTENCES } from '../core/mining/zh/helpers'
import { hasChromium, shot, useServedApp } from './browser'

// The Candidates screen with both lists (the seeds in English, six short Chinese reports), the kind column
// and filter, and whole-sentence contexts, through `shuyu serve`, in English and Chinese.
describe.skipIf(!hasChromium)('Candidates screen: Chinese candidates and kinds (shuyu serve)', () => {
  const app = useServedApp(({ dir, cli }) => {
    const zh = join(dir, 'zh-reports')
    mkdirSync(zh)
    for (let i = 0; i < SENTENCES.length; i += 3) {
      const year = 2015 + i / 3
      writeFileSync(
        join(zh, `${year}年政府工作报告.txt`),
        [` date ${year}-03-05`, ...SENTENCES.slice(i, i + 3)].join('\n')
      )
    }
    cli('mine', zh, '--limit', '1')
  })

  it(
    'switches between the English and Chinese lists, filters by kind and shows whole sentences',
    { timeout: 90_000 },
    async () => {
      const page = await app.browser.newPage({ viewport: { width: 1360, height: 860 } })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))
      await page.goto(app.url.replace(/&lang=[^&]*/, '') + '&lang=en')
      await page.getByTestId('nav-mining').click()
      const rows = page.getByTestId('candidate-row')
      await rows
        .first()
        .waitFor({ timeout: 30_000 })
        .catch(async (e) => {
          await shot(page, 'debug-mining')
          throw e
        })
      await page.getByTestId('candidate-contexts').waitFor()
      await shot(page, 'candidates-kind-en')

      // Kind filter: only names.
      await page.getByTestId('candidate-kind-filter').selectOption('name')
      await expect
        .poll(async () => [...new Set(await page.getByTestId('candidate-kind').allTextContents())])
        .toEqual(['Name'])
      await page.getByTestId('candidate-kind-filter').selectOption('all')

      // The Chinese list: Chinese terms only, 新质生产力 among them, its contexts whole sentences.
      await page.getByTestId('candidate-lang-zh').click()
      const term = rows.filter({ has: page.getByText('新质生产力', { exact: true }) }).first()
      await term.waitFor()
      const terms = await rows.locator('.candidate-term').allTextContents()
      expect(terms.every((t) => /\p{Script=Han}/u.test(t))).toBe(true)
      await term.click()
      await expect
        .poll(() => page.getByTestId('context-sentence').locator('p').allTextContents())
        .toContain('我们要加快发展新质生产力，推进供给侧结构性改革。')
      await shot(page, 'candidates-zh-en')

      // The same in the Chinese interface.
      await page.getByTestId('language-switch').selectOption('zh-CN')
      await page.getByRole('columnheader', { name: '类别' }).waitFor()
      await shot(page, 'candidates-zh-zh-CN')
      await page.getByTestId('candidate-lang-en').click()
      await expect.poll(() => rows.first().locator('.candidate-term').textContent()).not.toMatch(/\p{Script=Han}/u)
      await page.getByTestId('candidate-contexts').waitFor()
      await shot(page, 'candidates-kind-zh-CN')
      expect(errors).toEqual([])
    }
  )
})
