/**
 * Issue #15 §4: the printable glossary. The HTML is self-contained and says what a person needs (head
 * term — Chinese — status — definition — example, per domain, alphabetical or by pinyin); Chromium prints
 * it to a PDF whose text holds the Chinese (read back with pdfjs, the corpus importer's PDF reader).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { serializeGlossaryHtml } from '../../../src/core/exchange/glossary-html'
import type { ExchangeConcept } from '../../../src/core/exchange/model'
import { extractPdfText } from '../../../src/main/corpus/extract-pdf'
import { hasChromium, launchBrowser, SHOTS } from '../../e2e/browser'
import { openTestApp } from '../../helpers/test-app'
import type { TestApp } from './exchange-helpers'

const FIXTURE = join(__dirname, '../../fixtures/exchange/homonyms-apostrophes-times.tbx')

const concepts: ExchangeConcept[] = [
  {
    domain: 'Economy',
    definition: 'Growth driven by innovation & quality, not <speed>.',
    terms: [
      { lang: 'en', text: 'high-quality development', status: 'preferred' },
      { lang: 'en', text: 'quality development', status: 'admitted' },
      { lang: 'zh-CN', text: '高质量发展', status: 'preferred' },
      { lang: 'en', text: 'high-speed growth', status: 'deprecated' }
    ],
    examples: [{ lang: 'en', text: 'We will pursue high-quality development.', zh: '我们将推动高质量发展。' }]
  },
  {
    domain: 'Economy',
    terms: [
      { lang: 'en', text: 'reform', status: 'preferred' },
      { lang: 'zh-CN', text: '改革', status: 'preferred' }
    ]
  },
  {
    domain: 'Politics',
    terms: [
      { lang: 'en', text: 'public welfare', status: 'preferred' },
      { lang: 'zh-CN', text: '公益', status: 'preferred' }
    ]
  },
  {
    terms: [
      { lang: 'en', text: 'Apple', status: 'admitted' },
      { lang: 'zh-CN', text: '苹果', status: 'admitted' }
    ]
  }
]

const html = (options: Parameters<typeof serializeGlossaryHtml>[1] = {}): string =>
  [...serializeGlossaryHtml(concepts, options)].join('')

describe('printable glossary HTML', () => {
  it('is one self-contained page with a Chinese font stack and print CSS', () => {
    const page = html()
    expect(page).toMatch(/^<!DOCTYPE html>/)
    expect(page).not.toMatch(/<script|<link|<img|src=|url\(|@import|href="http/i)
    expect(page).toContain('"Noto Sans CJK SC"')
    expect(page).toContain('"PingFang SC"')
    expect(page).toContain('"Microsoft YaHei"')
    expect(page).toMatch(/@media print\{[^]*break-before:page/)
    expect(page).toContain('@page{size:A4')
    expect(page).toContain('<td class="zh" lang="zh-CN"><div class="term">高质量发展</div>')
    // Escaped, never interpreted.
    expect(page).toContain('Growth driven by innovation &amp; quality, not &lt;speed&gt;.')
  })

  it('has one section per domain (no domain last), rows in the order asked', () => {
    const page = html()
    const sections = [...page.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])
    expect(sections).toEqual(['Economy', 'Politics', 'No domain · 未分领域'])
    const heads = (p: string): string[] => [...p.matchAll(/<tr><td><div class="term">([^<]+)</g)].map((m) => m[1])
    expect(heads(page)).toEqual(['high-quality development', 'reform', 'public welfare', 'Apple'])
    // By pinyin: gai ge < gao zhi liang; one list: every row in one table.
    expect(heads(html({ order: 'pinyin' }))).toEqual(['reform', 'high-quality development', 'public welfare', 'Apple'])
    const one = html({ groupBy: 'none', order: 'pinyin' })
    expect(one).not.toContain('<h2>')
    expect(heads(one)).toEqual(['reform', 'high-quality development', 'public welfare', 'Apple'])
  })

  it('shows the other terms, the terms to avoid, the status and the example with its Chinese', () => {
    const page = html()
    expect(page).toContain('<div class="also">also quality development</div>')
    expect(page).toContain('<div class="avoid">avoid · 避免: <s>high-speed growth</s></div>')
    expect(page).toContain('<span class="status status-preferred">preferred · 首选</span>')
    expect(page).toContain(
      'We will pursue high-quality development.<div class="ex-zh" lang="zh-CN">我们将推动高质量发展。</div>'
    )
  })
})

describe.skipIf(!hasChromium)('printed to PDF by Chromium', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await openTestApp()
  })
  afterEach(() => t.close())

  it('keeps its Chinese: the PDF text holds every Chinese term, set in a CJK font', async () => {
    await t.call('exchange/import', { path: FIXTURE })
    const path = join(t.home.dir, 'glossary.html')
    const report = await t.call('exchange/export', { format: 'html', path, glossary: { order: 'pinyin' } })
    expect(report).toMatchObject({ format: 'html', concepts: 3 })
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
      await page.goto(`file://${path}`)
      await page.screenshot({ path: join(SHOTS, 'glossary-html.png'), fullPage: true })
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path: join(SHOTS, 'glossary-html-print.png'), fullPage: true })
      const pdf = await page.pdf({ format: 'A4', printBackground: true })
      const { text } = await extractPdfText('glossary.pdf', 'glossary.pdf', pdf)
      // Chromium (Skia) writes a glyph's first code point in the font's cmap into the PDF's text layer,
      // and Noto Sans CJK maps the Kangxi radicals (U+2Fxx) and a few CJK radical-supplement characters to
      // the glyphs of the ideographs they look like: 人 reads back as ⼈ (U+2F08), 民 as ⺠ (U+2EA0).
      // The printed page is right; its copied text needs NFKC (and ⺠, which has no decomposition).
      const flat = text
        .normalize('NFKC')
        .replace(/\u2ea0/g, '民')
        .replace(/\s+/g, '')
      for (const zh of ['对外开放', '开通', '全国人民代表大会', '全国人大', '术语表', '首选'])
        expect(flat).toContain(zh)
      expect(text).toContain('National People’s Congress')
      // The glyphs come from an embedded CJK face (a subset of Noto Sans CJK here), not from boxes.
      expect(pdf.toString('latin1')).toMatch(/\/FontName\s*\/[A-Z]{6}\+NotoSansCJKsc-Regular/)
      // One section per domain, each on a page of its own.
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeGreaterThanOrEqual(3)
    } finally {
      await browser.close()
    }
    expect(readFileSync(path, 'utf8')).toContain('对外开放')
  }, 60_000)
})
