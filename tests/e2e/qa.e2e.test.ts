import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { reportUnits, toXliff12, ZH_ERRORS } from '../fixtures/qa/policy-report'
import { hasChromium, shot, useServedApp } from './browser'

// Terminology QA in the browser (shuyu serve): open a bilingual file with injected errors, see them grouped
// by check and term, mark one "not an error", export the report, open a concept, in English and Chinese.
describe.skipIf(!hasChromium)('terminology QA in the browser (shuyu serve)', () => {
  const app = useServedApp(({ cli }) => {
    const add = (en: string, zh: string, status = 'preferred') => cli('term', 'add', en, '--zh', zh, '--status', status)
    add('new quality productive forces', '新质生产力')
    add('new quality productive forces', '新型生产力', 'forbidden')
    add('high-quality development', '高质量发展')
    add('high-quality development', '高品质发展', 'deprecated')
    add('rural revitalization', '乡村振兴')
    add('rural revitalization', '农村复兴', 'forbidden')
    add('food security', '粮食安全')
    add('food security', '食品安全', 'forbidden')
    add('modernized industrial system', '现代化产业体系')
    add('innovation', '创新')
  })

  it('opens a file with injected errors, shows exactly them, dismisses, exports and opens a concept', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(app.url.replace(/&lang=[^&]*/, '') + '&lang=en')
    await page.getByTestId('nav-qa').click()
    await page.getByTestId('qa-screen').waitFor()
    await page.getByTestId('empty-state').waitFor()

    const injected = ZH_ERRORS.filter((e) => e.check !== 'inconsistent')
    const units = reportUnits('en-zh', Object.fromEntries(injected.map((e) => [e.id, e.zh])))
    await page.getByTestId('qa-input').setInputFiles({
      name: 'report.xlf',
      mimeType: 'application/xml',
      buffer: Buffer.from(toXliff12('en-zh', units))
    })
    const findings = page.getByTestId('qa-finding')
    await findings.first().waitFor({ timeout: 30_000 })
    const flagged = async () =>
      [...new Set(await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-unit'))))].sort()
    expect(await flagged()).toEqual(injected.map((e) => e.id).sort())
    await expect.poll(() => page.getByTestId('qa-chip-forbidden').textContent()).toBe('Forbidden term 3')
    expect(await page.getByTestId('qa-chip-missing').textContent()).toBe('Missing term 4')
    await page.locator('mark', { hasText: '食品安全' }).first().waitFor()
    await shot(page, 'qa-en')

    // "Not an error": the finding leaves the list and its check's count.
    const r14 = page.locator('[data-testid="qa-finding"][data-unit="r14"]')
    await r14.getByTestId('qa-dismiss').click()
    await r14.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('qa-chip-missing').textContent()).toBe('Missing term 3')

    // Filter by check.
    await page.getByTestId('qa-chip-deprecated').click()
    await expect.poll(flagged).toEqual(['r01'])
    await page.getByTestId('qa-chip-deprecated').click()

    // The report as CSV, without the dismissed finding.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByText('Export CSV').click()])
    expect(csv.suggestedFilename()).toBe('report.qa.csv')
    const content = readFileSync(await csv.path(), 'utf8')
    expect(content).toContain('Unit,Line,Check,Term,Expected,Found,Source,Target')
    expect(content).toContain('r06,')
    expect(content).not.toContain('r14,')

    // In Chinese.
    await page.getByTestId('language-switch').selectOption('zh-CN')
    await page.getByText('禁用术语').first().waitFor()
    await shot(page, 'qa-zh-CN')

    // A dropped file is checked too (here: the clean report, no finding).
    // Built in the page (a string: DataTransfer and File are the browser's, not Node's).
    const clean = JSON.stringify(toXliff12('en-zh', reportUnits('en-zh')))
    const dropped = await page.evaluateHandle(
      `(() => { const dt = new DataTransfer(); dt.items.add(new File([${clean}], 'clean.xlf', { type: 'application/xml' })); return dt })()`
    )
    await page.dispatchEvent('[data-testid="qa-screen"]', 'drop', { dataTransfer: dropped })
    await page.getByText('未发现问题').waitFor({ timeout: 30_000 })
    expect(await findings.count()).toBe(0)

    // Back to the faulty file, then from a finding to its concept in the term base.
    await page.getByTestId('qa-input').setInputFiles({
      name: 'report.xlf',
      mimeType: 'application/xml',
      buffer: Buffer.from(toXliff12('en-zh', units))
    })
    await findings.first().waitFor({ timeout: 30_000 })
    await page.locator('[data-testid="qa-finding"][data-unit="r06"]').getByText('打开概念').click()
    const editor = page.getByTestId('concept-editor')
    await editor.waitFor()
    await expect.poll(() => editor.getByTestId('term-text').first().inputValue()).toBe('food security')
    expect(errors).toEqual([])
  })
})
