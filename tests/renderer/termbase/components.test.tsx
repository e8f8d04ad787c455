import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { ApiProvider } from '../../../src/renderer/src/api-context'
import { FeedbackProvider } from '../../../src/renderer/src/components/feedback'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { draftFromConcept } from '../../../src/renderer/src/screens/termbase/draft'
import { DuplicateDialog } from '../../../src/renderer/src/screens/termbase/duplicate-dialog'
import { ExamplesSection } from '../../../src/renderer/src/screens/termbase/examples-section'
import { ImportedFields } from '../../../src/renderer/src/screens/termbase/imported-fields'
import { TermLine } from '../../../src/renderer/src/screens/termbase/term-line'
import { TermRows } from '../../../src/renderer/src/screens/termbase/term-rows'
import { UsageChart } from '../../../src/renderer/src/screens/termbase/usage-chart'
import type { ApiClient } from '../../../src/shared/api'
import type { ExampleRecord } from '../../../src/shared/models'

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
const noop = () => undefined

// Never called during a static render; present so components that use the API can mount.
const client: ApiClient = {
  invoke: () => Promise.reject(new Error('not in unit tests')),
  onEvent: () => noop
}
const withApi = (node: ReactNode) =>
  renderToStaticMarkup(
    <ApiProvider client={client}>
      <FeedbackProvider>{node}</FeedbackProvider>
    </ApiProvider>
  )

const terms = draftFromConcept({
  id: 1,
  definition: '',
  domain: '',
  note: '',
  source: '',
  createdAt: '',
  modifiedAt: '',
  examples: [],
  terms: [
    { lang: 'en', text: hostile, status: 'preferred', pos: '', usageNote: '' },
    { lang: 'zh-CN', text: '新质生产力', status: 'preferred', pos: '', usageNote: '' },
    { lang: 'zh-CN', text: '新型生产力', status: 'forbidden', pos: '', usageNote: '' }
  ]
}).terms

describe('term base components (static render)', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('renders term rows per language with test ids, status badges and a marked forbidden term', async () => {
    await i18n.changeLanguage('en')
    const html = renderToStaticMarkup(<TermRows terms={terms} onChange={noop} />)
    expect(html.match(/data-testid="term-text"/g)).toHaveLength(3)
    expect(html.match(/data-testid="term-status"/g)).toHaveLength(3)
    expect(html).toContain('data-testid="add-term-en"')
    expect(html).toContain('data-testid="add-term-zh"')
    expect(html).toMatch(/class="term-row term-forbidden"/)
    // An inline SVG no-entry sign, not the ⛔ emoji (an empty box where no emoji font is installed).
    expect(html).toMatch(/data-status="forbidden"[^>]*><svg class="forbidden-mark"[^>]*aria-hidden="true"/)
    expect(html).toMatch(/<\/svg> Forbidden<\/span>/)
    expect(html).not.toContain('⛔')
    // Typed HTML stays text: escaped inside the value attribute, never parsed as markup.
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(html.indexOf('terms-en')).toBeLessThan(html.indexOf('terms-zh'))
  })

  it('shows the fields an imported file carried, read-only, and nothing when there are none', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(<ImportedFields extra={{ 'imported definition': ['Forces of a new kind.'] }} />)
    expect(html).toContain('导入文件中的其他字段')
    expect(html).toContain('<dt>imported definition</dt><dd>Forces of a new kind.</dd>')
    expect(renderToStaticMarkup(<ImportedFields extra={{}} />)).toBe('')
    await i18n.changeLanguage('en')
  })

  it('shows Chinese labels in zh-CN', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(<TermRows terms={terms} onChange={noop} />)
    expect(html).toContain('禁用')
    expect(html).toContain('添加术语')
    expect(html).toContain('中文')
    await i18n.changeLanguage('en')
  })

  it('charts usage with localised dates and a title per bar', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(
      <UsageChart
        points={[
          { documentId: 1, title: 'First', date: '2024-03-05', count: 2 },
          { documentId: 2, title: 'Second <b>', date: '2025-03-12', count: 6 }
        ]}
      />
    )
    expect(html.match(/<rect/g)).toHaveLength(2)
    expect(html).toContain('2025年3月12日')
    expect(html).toContain('Second &lt;b&gt;（2025年3月12日）：6 次')
    // The tallest bar fills the plot; the other is a third of it.
    const heights = [...html.matchAll(/<rect[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(heights[1]).toBeCloseTo(heights[0]! * 3, 5)
    await i18n.changeLanguage('en')
  })

  it('merges documents of the same date into one bar whose tooltip lists them', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(
      <UsageChart
        points={[
          { documentId: 1, title: 'Interview', date: '2025-03-08', count: 1 },
          { documentId: 2, title: 'Deliberation', date: '2025-03-08', count: 3 },
          { documentId: 5, title: 'Key sectors', date: '2025-03-12', count: 5 }
        ]}
      />
    )
    expect(html.match(/<rect/g)).toHaveLength(2)
    expect(html.match(/>2025年3月8日</g)).toHaveLength(1)
    expect(html).toContain('>2 篇文档<')
    expect(html).toContain('2025年3月8日：2 篇文档，共 4 次\n· Interview（1 次）\n· Deliberation（3 次）')
    await i18n.changeLanguage('en')
    const en = renderToStaticMarkup(
      <UsageChart
        points={[
          { documentId: 1, title: 'Interview', date: '2025-03-08', count: 1 },
          { documentId: 2, title: 'Deliberation', date: '2025-03-08', count: 3 }
        ]}
      />
    )
    expect(en).toContain('Mar 8, 2025: 4 occurrences in 2 documents\n· Interview (1 occurrence)')
  })

  it('shows known parts of speech in the UI language and free text as typed', async () => {
    const withPos = draftFromConcept({
      id: 2,
      definition: '',
      domain: '',
      note: '',
      source: 'mined',
      createdAt: '',
      modifiedAt: '',
      examples: [],
      terms: [
        { lang: 'en', text: 'term', status: 'preferred', pos: 'noun', usageNote: '' },
        { lang: 'en', text: 'term phrase', status: 'admitted', pos: 'noun phrase', usageNote: '' }
      ]
    }).terms
    await i18n.changeLanguage('zh-CN')
    const zh = renderToStaticMarkup(<TermRows terms={withPos} onChange={noop} />)
    expect(zh).toMatch(/data-testid="term-pos"[^>]*value="名词"|value="名词"[^>]*data-testid="term-pos"/)
    expect(zh).toContain('value="noun phrase"')
    expect(zh).not.toContain('value="noun"')
    expect(zh).toContain('<option value="专有名词">')
    await i18n.changeLanguage('en')
  })

  it('lists the terms to use first and marks deprecated and forbidden ones', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(
      <TermLine texts={['新型生产力', '新生产力', '新质生产力']} statuses={['forbidden', 'deprecated', 'preferred']} />
    )
    expect(html.indexOf('新质生产力')).toBeLessThan(html.indexOf('新生产力'))
    expect(html.indexOf('新生产力')).toBeLessThan(html.indexOf('新型生产力'))
    expect(html).toMatch(/^新质生产力 · <s /)
    expect(html).toMatch(
      /<s class="concept-avoid concept-deprecated"[^>]*>新生产力<span class="visually-hidden">（不推荐）<\/span><\/s>/
    )
    expect(html).toMatch(
      /<s class="concept-avoid concept-forbidden"[^>]*><svg[^>]*>.*<\/svg>新型生产力<span class="visually-hidden">（禁用）<\/span><\/s>/
    )
    await i18n.changeLanguage('en')
  })

  it('names the concept a duplicate belongs to by its English term, else by number', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = withApi(
      <DuplicateDialog
        names={new Map([[1, 'new quality productive forces']])}
        duplicates={[
          { conceptId: 1, lang: 'zh-CN', text: '新质生产力' },
          { conceptId: 9, lang: 'en', text: 'x' }
        ]}
        onOpen={noop}
        onMerge={noop}
        onSaveAnyway={noop}
        onClose={noop}
      />
    )
    expect(html).toContain('“新质生产力”已存在于概念“new quality productive forces”中。')
    expect(html).toContain('“x”已存在于概念 9。')
    await i18n.changeLanguage('en')
  })

  it('asks for the translation of the whole example sentence, not of the term', () => {
    for (const lng of ['en', 'zh-CN']) {
      const label = i18n.t('termbase.examples.zh', { lng })
      const placeholder = i18n.t('termbase.examples.zhPlaceholder', { lng })
      expect(label).toMatch(/sentence|整句/)
      // A sentence, not a term: it ends with a full stop.
      expect(placeholder).toMatch(/。$/)
      expect(placeholder).not.toMatch(/新质生产力$/)
    }
  })

  it('highlights examples by offset, shows the Chinese rendering and the open-in-context link', async () => {
    await i18n.changeLanguage('en')
    const base: ExampleRecord = {
      id: 1,
      conceptId: 1,
      termId: null,
      segmentId: 5,
      documentId: 2,
      documentTitle: 'Two sessions',
      date: '2025-03-08',
      start: 11,
      end: 21,
      text: 'We develop new forces.',
      zh: '发展新质生产力',
      tuId: null,
      source: 'corpus',
      createdAt: ''
    }
    const html = withApi(
      <ExamplesSection
        conceptId={1}
        examples={[base, { ...base, id: 2, documentId: null, start: null, end: null, zh: '', text: hostile }]}
        onChanged={noop}
      />
    )
    expect(html.match(/data-testid="example-row"/g)).toHaveLength(2)
    expect(html).toContain('We develop <mark>new forces</mark>.')
    expect(html).toContain('发展新质生产力')
    expect(html).toContain('Mar 8, 2025')
    expect(html.match(/data-testid="open-in-context"/g)).toHaveLength(1)
    expect(html).not.toContain('<script>')
    expect(html).toContain('data-testid="add-example"')
  })
})
