import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { hasChromium, shot, useServedApp } from './browser'

const FIXTURE = join(__dirname, '../fixtures/exchange/homonyms-apostrophes-times.tbx')

// #15 §2 in the browser: the preview proposes a merge, the reviewer ticks it and answers a conflict per
// field; the import does what the preview said. Screenshots in English and Chinese.
describe.skipIf(!hasChromium)('import preview questions in the browser (shuyu serve)', () => {
  const app = useServedApp((a) => {
    a.cli('import', FIXTURE)
  })

  it('proposes the merge, takes the answers, imports them', async () => {
    const file = join(app.dir, 'update.tbx')
    writeFileSync(
      file,
      '<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body><termEntry id="u1">' +
        '<langSet xml:lang="en"><tig><term>opening-up</term></tig></langSet>' +
        '<langSet xml:lang="zh-CN"><tig><term>改革开放</term></tig></langSet></termEntry></body></text></martif>'
    )
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url)
    await page.getByTestId('nav-exchange').click()
    await page.getByTestId('import-path').fill(file)
    await page.getByTestId('import-preview').click()
    await page.getByTestId('import-answers').waitFor()
    await expect.poll(() => page.getByTestId('count-new').textContent()).toContain('1')
    // A click asks the preview again; the box shows the answer once the new preview is back.
    await page.getByTestId('merge-1').click()
    await expect.poll(() => page.getByTestId('merge-1').isChecked()).toBe(true)
    // The re-run preview merges and asks about the second preferred Chinese term.
    await expect.poll(() => page.getByTestId('count-merged').textContent()).toContain('1')
    const answer = page.getByTestId('answer-1-preferred zh')
    await answer.waitFor()
    await answer.selectOption('both')
    await expect.poll(() => answer.inputValue()).toBe('both')
    await shot(page, 'exchange-import-answers-en')
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await page.getByText('建议合并').waitFor()
    await shot(page, 'exchange-import-answers-zh')
    await page.getByTestId('import-run').click()
    await page.getByTestId('import-result').waitFor()
    // The export side: the printable glossary's choices (Chinese UI).
    await page.getByTestId('export-format').selectOption('html')
    await page.getByTestId('export-order').selectOption('pinyin')
    await shot(page, 'exchange-export-glossary-zh')
    const shown = app.cli('export', '--format', 'csv', '--out', join(app.dir, 'after.csv'))
    expect(shown).toContain('after.csv')
    expect(errors).toEqual([])
  }, 120_000)
})
