import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { ApiProvider } from '../../../src/renderer/src/api-context'
import { FeedbackProvider } from '../../../src/renderer/src/components/feedback'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { BulkBar } from '../../../src/renderer/src/screens/termbase/bulk-bar'
import { draftFromConcept } from '../../../src/renderer/src/screens/termbase/draft'
import { emptySelection, toggleAll, toggleRow } from '../../../src/renderer/src/screens/termbase/selection'
import { TermRows } from '../../../src/renderer/src/screens/termbase/term-rows'
import type { BulkEdit } from '../../../src/renderer/src/screens/termbase/use-bulk-edit'
import type { ApiClient } from '../../../src/shared/api'

const noop = () => undefined
// Row i of the list holds concept 100 + i; rows 50+ are on a page not loaded yet.
const idAt = (i: number) => (i < 50 ? 100 + i : undefined)

describe('ticking concepts for a bulk edit', () => {
  it('a click toggles one row; shift-click ticks the range from the anchor, or unticks it', () => {
    let s = toggleRow(emptySelection, 2, 102, false, idAt)
    s = toggleRow(s, 5, 105, true, idAt)
    expect([...s.ids].sort()).toEqual([102, 103, 104, 105])
    // Upwards from the same anchor, and unticking when the clicked row was ticked.
    s = toggleRow(s, 0, 100, true, idAt)
    expect([...s.ids].sort()).toEqual([100, 101, 102, 103, 104, 105])
    // The anchor stays the last plain click (row 2): shift-click on a ticked row 1 unticks rows 1–2.
    s = toggleRow(s, 1, 101, true, idAt)
    expect([...s.ids].sort()).toEqual([100, 103, 104, 105])
    s = toggleRow(s, 4, 104, false, idAt)
    expect([...s.ids].sort()).toEqual([100, 103, 105])
    expect(s.anchor).toBe(4)
  })

  it('a range over rows not loaded ticks the loaded ones only', () => {
    const s = toggleRow(toggleRow(emptySelection, 48, 148, false, idAt), 60, 999, true, idAt)
    expect([...s.ids].sort()).toEqual([148, 149, 999])
  })

  it('select all shown ticks every id; again unticks them all', () => {
    const some = toggleRow(emptySelection, 0, 1, false, idAt)
    const all = toggleAll(some, [1, 2, 3])
    expect([...all.ids]).toEqual([1, 2, 3])
    expect(toggleAll(all, [1, 2, 3]).ids.size).toBe(0)
  })
})

const client: ApiClient = { invoke: () => Promise.reject(new Error('not in unit tests')), onEvent: () => noop }
const bulk = (n: number): BulkEdit => ({
  ids: new Set(Array.from({ length: n }, (_, i) => i + 1)),
  tick: noop,
  tickAll: async () => undefined,
  clear: noop,
  apply: async () => undefined,
  exportSelection: async () => undefined,
  busy: false
})

describe('bulk bar and term-row labels in both UI languages', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('the bulk bar names the count and every action, with labelled fields, in English and Chinese', async () => {
    for (const [lng, count, words] of [
      ['en', '3 concepts selected', ['Status', 'Domain', 'Note', 'Append', 'Export…', 'Delete', 'All languages']],
      ['zh-CN', '已选 3 个概念', ['状态', '领域', '备注', '追加', '导出…', '删除', '所有语言']]
    ] as const) {
      await i18n.changeLanguage(lng)
      const html = renderToStaticMarkup(
        <ApiProvider client={client}>
          <FeedbackProvider>
            <BulkBar bulk={bulk(3)} />
          </FeedbackProvider>
        </ApiProvider>
      )
      expect(html).toContain(count)
      for (const word of words) expect(html, word).toContain(word)
      for (const id of ['bulk-status', 'bulk-domain', 'bulk-note', 'bulk-format']) {
        expect(html, id).toMatch(new RegExp(`<label[^>]*for="${id}"`))
        expect(html, id).toContain(`id="${id}"`)
      }
      expect(html).not.toMatch(/termbase\.bulk/)
    }
    await i18n.changeLanguage('en')
  })

  it('every field of a term row has a visible label (not only a placeholder)', async () => {
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
        { lang: 'en', text: 'reform', status: 'preferred', pos: '', usageNote: '' },
        { lang: 'zh-CN', text: '改革', status: 'admitted', pos: '', usageNote: '' }
      ]
    }).terms
    for (const [lng, labels] of [
      ['en', ['English term', 'Chinese term', 'Status', 'Language', 'Part of speech', 'Usage note']],
      ['zh-CN', ['英文术语', '中文术语', '状态', '语言', '词性', '用法说明']]
    ] as const) {
      await i18n.changeLanguage(lng)
      const html = renderToStaticMarkup(<TermRows terms={terms} onChange={noop} />)
      const visible = [...html.matchAll(/<span class="term-field-label">([^<]*)<\/span>/g)].map((m) => m[1])
      for (const label of labels) expect(visible, label).toContain(label)
      // Five labelled fields per row (term, status, language, part of speech, usage note); no placeholders.
      expect(visible).toHaveLength(10)
      expect(html).not.toContain('placeholder=')
      expect(html).toContain('>zh-CN<')
    }
    await i18n.changeLanguage('en')
  })
})
