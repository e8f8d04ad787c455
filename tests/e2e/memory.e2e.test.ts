import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { hasChromium, shot, useServedApp } from './browser'

// Memory (add, fuzzy match with diff) and Import/Export (TBX round trip) through `shuyu serve` in Chromium.
describe.skipIf(!hasChromium)('memory and import/export screens in the browser (shuyu serve)', () => {
  // One concept, so the match panel recognises a term and the TBX export has something to carry.
  const app = useServedApp(({ cli }) => cli('term', 'add', 'new quality productive forces', '--zh', '新质生产力'))

  it('adds units, matches a near-identical sentence, and round-trips a TBX export', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url)
    await page.getByTestId('nav-memory').click()

    // Two pairs typed into the memory through the add form.
    const pairs = [
      [
        'We will develop new quality productive forces in line with local conditions.',
        '我们将因地制宜发展新质生产力。'
      ],
      [
        'High-quality development is the primary task of building a modern socialist country.',
        '高质量发展是全面建设社会主义现代化国家的首要任务。'
      ]
    ]
    for (const [source, target] of pairs) {
      await page.getByTestId('memory-add-source').fill(source)
      await page.getByTestId('memory-add-target').fill(target)
      await page.getByTestId('memory-add').click()
      await page.getByTestId('memory-row').filter({ hasText: source }).waitFor()
    }
    expect(await page.getByTestId('memory-row').count()).toBe(2)
    await shot(page, 'memory-browse-en')

    // A near-identical sentence: one word differs, so ≥ 70 % with that word highlighted.
    await page.getByTestId('memory-tab-match').click()
    await page
      .getByTestId('match-input')
      .fill('We will develop new quality productive forces in line with regional conditions.')
    const result = page.getByTestId('match-result').first()
    await result.waitFor()
    const score = Number(await result.getAttribute('data-score'))
    expect(score).toBeGreaterThanOrEqual(70)
    expect(score).toBeLessThan(100)
    expect(await result.textContent()).toContain('我们将因地制宜发展新质生产力')
    const changed = result.locator('[data-op]')
    expect(await changed.count()).toBeGreaterThan(0)
    expect(await changed.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/local|regional/)]))
    await page.getByTestId('recognised-term').first().waitFor()
    expect(await page.getByTestId('recognised-terms').textContent()).toContain('新质生产力')
    await shot(page, 'memory-match-en')

    // Export the term base as TBX v3 to a temp path, then preview and import the same file back.
    const file = join(app.dir, 'round-trip.tbx')
    await page.getByTestId('nav-exchange').click()
    await page.getByTestId('export-format').selectOption('tbx')
    await page.getByTestId('export-path').fill(file)
    await page.getByTestId('export-run').click()
    await page.getByTestId('export-result').waitFor()
    expect(existsSync(file)).toBe(true)
    expect(await page.getByTestId('export-result').textContent()).toMatch(/Exported 1 concept/)
    // The same path again: the file exists, so the app asks before replacing it.
    writeFileSync(file, 'a file the user keeps')
    await page.getByTestId('export-run').click()
    await page.getByTestId('export-replace-dialog').waitFor()
    expect(readFileSync(file, 'utf8')).toBe('a file the user keeps')
    await shot(page, 'export-replace-en')
    await page.getByTestId('export-replace').click()
    await page.getByTestId('export-result').waitFor()
    expect(readFileSync(file, 'utf8')).toContain('<tbx')

    await page.getByTestId('import-path').fill(file)
    await page.getByTestId('import-preview').click()
    const counts = page.getByTestId('import-counts')
    await counts.waitFor()
    // The concept is already there: the preview counts it as merged, nothing new, nothing rejected.
    expect(await counts.getByTestId('count-merged').textContent()).toContain('1')
    expect(await counts.getByTestId('count-new').textContent()).toContain('0')
    expect(await counts.getByTestId('count-rejected').textContent()).toContain('0')
    await shot(page, 'exchange-en')
    await page.getByTestId('import-run').click()
    await page.getByTestId('import-result').waitFor()
    await page.getByTestId('toast-action').waitFor()
    await shot(page, 'exchange-imported-en')

    // Chinese interface: the same screens, translated.
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await expect.poll(() => page.textContent('body')).toContain('导出')
    await shot(page, 'exchange-zh')
    await page.getByTestId('nav-memory').click()
    await page.getByTestId('memory-row').first().waitFor()
    await shot(page, 'memory-browse-zh')
    await page.getByTestId('memory-tab-match').click()
    await page
      .getByTestId('match-input')
      .fill('High-quality development is the main task of building a modern country.')
    await page.getByTestId('match-result').first().waitFor()
    await expect.poll(() => page.textContent('body')).toContain('最低匹配率')
    await shot(page, 'memory-match-zh')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot(page, 'memory-match-dark-zh')
    expect(errors).toEqual([])
    await page.close()
  }, 40_000)

  it('aligns an English and a Chinese document, fixes a link, saves it, and suggests an equivalent', async () => {
    const en = join(app.dir, 'forces-en.txt')
    const zh = join(app.dir, 'forces-zh.txt')
    writeFileSync(
      en,
      [
        'Productive forces report',
        '',
        'China will foster new quality productive forces in every province.',
        'Local governments should adapt new quality productive forces to their conditions.',
        'Innovation is the core of new quality productive forces.',
        'The economy grew steadily last year.'
      ].join('\n')
    )
    writeFileSync(
      zh,
      [
        '新质生产力报告',
        '',
        '中国将在各省培育新质生产力。',
        '地方政府应当因地制宜发展新质生产力。',
        '创新是新质生产力的核心。',
        '去年经济稳步增长。'
      ].join('\n')
    )
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url.replace(/&lang=[^&]*/, '') + '&lang=en')
    await page.getByTestId('import-input').setInputFiles([en, zh])
    await page.getByTestId('import-summary').waitFor()

    await page.getByTestId('nav-memory').click()
    await page.getByTestId('memory-tab-align').click()
    const enSelect = page.getByTestId('align-en')
    await expect.poll(() => enSelect.locator('option').allTextContents()).toContain('Productive forces report')
    await enSelect.selectOption({ label: 'Productive forces report' })
    await page.getByTestId('align-run').click()
    const links = page.getByTestId('align-link')
    await links.first().waitFor()
    const before = await links.count()
    expect(before).toBeGreaterThanOrEqual(4)
    await shot(page, 'memory-align-en')
    // Join the last two links, then split them apart again: the review edits work on the sentences.
    await links
      .nth(before - 2)
      .getByTestId('align-join')
      .click()
    await expect.poll(() => links.count()).toBe(before - 1)
    expect(await links.nth(before - 2).getAttribute('data-level')).toBe('edited')
    await links
      .nth(before - 2)
      .getByTestId('align-split')
      .click()
    await expect.poll(() => links.count()).toBe(before)
    await page.getByTestId('align-save').click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toMatch(/Saved \d+ units/)

    await page.getByTestId('memory-tab-suggest').click()
    await page.getByTestId('suggest-input').fill('new quality productive forces')
    await page.getByTestId('suggest-run').click()
    const rows = page.getByTestId('suggest-row')
    await rows.first().waitFor()
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('新质生产力')]))
    await rows.first().getByTestId('suggest-evidence').click()
    await page.getByTestId('evidence-list').waitFor()
    await shot(page, 'memory-suggest-en')
    // Whole units: one rendering, not its fragments. "Add to concept" on the concept that has it says so.
    expect(await rows.count()).toBe(1)
    await rows.first().getByTestId('suggest-add').click()
    await page.getByTestId('add-to-concept').getByTestId('concept-pick').first().click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toMatch(/already has/)
    // A Chinese term gets English proposals; no concept holds it yet, so "Add to concept" creates one.
    await page.getByTestId('suggest-input').fill('高质量发展')
    await page.getByTestId('suggest-run').click()
    // From one typed pair the English proposal is only "high" (a known defect, see the report); the flow is what is tested.
    await expect.poll(() => rows.first().textContent()).toMatch(/high/i)
    await rows.first().getByTestId('suggest-add').click()
    await page.getByTestId('add-to-concept').getByTestId('concept-create').click()
    await expect.poll(() => page.getByTestId('toast').textContent()).toMatch(/Created the concept/)
    const concepts = await app.cli('term', 'list')
    expect(concepts).toMatch(/高质量发展/)
    expect(errors).toEqual([])
    await page.close()
  }, 90_000)
})
