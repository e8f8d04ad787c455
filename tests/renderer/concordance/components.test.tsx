import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { ApiProvider } from '../../../src/renderer/src/api-context'
import { FeedbackProvider } from '../../../src/renderer/src/components/feedback'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { CollocatesPanel } from '../../../src/renderer/src/screens/concordance/collocates-panel'
import { defaultCollocateSettings } from '../../../src/renderer/src/screens/concordance/collocates-request'
import { ConcordanceScreen } from '../../../src/renderer/src/screens/concordance/concordance-screen'
import { KwicRow } from '../../../src/renderer/src/screens/concordance/kwic-row'
import { SearchForm } from '../../../src/renderer/src/screens/concordance/search-form'
import { initialSearch } from '../../../src/renderer/src/screens/concordance/search-state'
import { SortPicker } from '../../../src/renderer/src/screens/concordance/sort-picker'
import type { ApiClient } from '../../../src/shared/api'
import type { ConcordanceHit } from '../../../src/shared/api/concordance'

const hostile = '<img src=x onerror=alert(1)>'
const noop = () => undefined
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

const segmentHit: ConcordanceHit = {
  kind: 'segment',
  id: 7,
  documentId: 2,
  documentTitle: hostile,
  date: '2025-03-08',
  ordinal: 4,
  side: null,
  otherText: null,
  text: `left ${hostile} right`,
  start: 5,
  end: 5 + hostile.length,
  left: 'left ',
  match: hostile,
  right: ' right'
}
const unitHit: ConcordanceHit = {
  kind: 'unit',
  id: 9,
  documentId: null,
  documentTitle: null,
  date: null,
  ordinal: null,
  side: 'source',
  otherText: '发展新质生产力',
  text: 'develop new productive forces',
  start: 12,
  end: 29,
  left: 'develop new ',
  match: 'productive forces',
  right: ''
}

describe('concordance components (static render)', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('renders a corpus hit as text, with its document link, localised date and add-example action', async () => {
    await i18n.changeLanguage('en')
    const html = renderToStaticMarkup(
      <KwicRow hit={segmentHit} index={1233} onOpenDocument={noop} onAddExample={noop} />
    )
    expect(html).not.toContain('<img')
    expect(html).toContain('<mark class="kwic-match">&lt;img src=x onerror=alert(1)&gt;</mark>')
    expect(html).toContain('data-testid="kwic-document"')
    expect(html).toContain('data-testid="add-example"')
    expect(html).toContain('Mar 8, 2025')
    expect(html).toContain('1,234')
    expect(html).not.toContain('kwic-other')
  })

  it('shows a memory hit’s other side and no add-example action (examples come from the corpus)', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(<KwicRow hit={unitHit} index={0} onOpenDocument={noop} onAddExample={noop} />)
    expect(html).toMatch(/data-testid="kwic-other">发展新质生产力</)
    expect(html).not.toContain('add-example')
    expect(html).not.toContain('kwic-document')
    expect(html).toContain('翻译记忆库')
  })

  it('enables a sort level only once the one before it is set', async () => {
    await i18n.changeLanguage('en')
    const none = renderToStaticMarkup(<SortPicker sort={[]} onChange={noop} />)
    expect(none.match(/disabled=""/g)).toHaveLength(2)
    const two = renderToStaticMarkup(<SortPicker sort={['1L', '2R']} onChange={noop} />)
    expect(two).not.toContain('disabled')
    expect(two).toContain('data-testid="kwic-sort"')
    expect(two).toContain('data-testid="kwic-sort-3"')
  })

  it('shows a refused query’s message under the box, and nothing when there is none', async () => {
    await i18n.changeLanguage('en')
    const props = { text: '(a+)+$', onText: noop, state: initialSearch, onChange: noop, onSubmit: noop, documents: [] }
    const bad = renderToStaticMarkup(<SearchForm {...props} error="The regular expression is unsafe." />)
    expect(bad).toContain('data-testid="concordance-error"')
    expect(bad).toContain('The regular expression is unsafe.')
    expect(bad).toContain('aria-invalid="true"')
    const fine = renderToStaticMarkup(<SearchForm {...props} error={null} />)
    expect(fine).not.toContain('concordance-error')
  })

  it('counts chosen documents in the document filter (Chinese and English)', async () => {
    await i18n.changeLanguage('zh-CN')
    const props = { text: '', onText: noop, onChange: noop, onSubmit: noop, error: null, documents: [] }
    expect(renderToStaticMarkup(<SearchForm {...props} state={{ ...initialSearch, documentIds: [1, 2] }} />)).toContain(
      '2 篇文档'
    )
    await i18n.changeLanguage('en')
    expect(renderToStaticMarkup(<SearchForm {...props} state={{ ...initialSearch, documentIds: [1] }} />)).toContain(
      '1 document<'
    )
  })

  it('renders the empty screen and the collocates prompt before any search', async () => {
    await i18n.changeLanguage('en')
    const html = withApi(<ConcordanceScreen />)
    expect(html).toContain('data-testid="concordance-query"')
    expect(html).toContain('data-testid="concordance-search"')
    expect(html).toContain('Search in context')
    const panel = withApi(
      <CollocatesPanel state={null} settings={defaultCollocateSettings} onSettings={noop} onPick={noop} />
    )
    expect(panel).toContain('Search for a word to see the words that keep it company.')
    expect(panel).not.toContain('collocates-table')
  })
})
