import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { PinyinResolved } from '../../../src/renderer/src/screens/concordance/pinyin-resolved'
import { SearchForm } from '../../../src/renderer/src/screens/concordance/search-form'
import { buildRequest, initialSearch, searchKey } from '../../../src/renderer/src/screens/concordance/search-state'

const noop = () => undefined

describe('concordance pinyin option', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('sends pinyin: true and no case/lemma/regex options when the box is checked', () => {
    const state = { ...initialSearch, query: 'xinzhi', pinyin: true, regex: true, matchCase: true }
    const req = buildRequest(state, 0, 50)
    expect(req.pinyin).toBe(true)
    expect(req.options).toBeUndefined()
    expect(buildRequest({ ...initialSearch, query: 'xinzhi' }, 0, 50).pinyin).toBeUndefined()
    // Toggling pinyin starts a new result list.
    expect(searchKey(state)).not.toBe(searchKey({ ...state, pinyin: false }))
  })

  it('shows a Pinyin checkbox labelled in English and Chinese, disabling Regex while on', async () => {
    const props = { text: '', onText: noop, onChange: noop, onSubmit: noop, error: null, documents: [] }
    await i18n.changeLanguage('en')
    const on = renderToStaticMarkup(<SearchForm {...props} state={{ ...initialSearch, pinyin: true }} />)
    expect(on).toMatch(/data-testid="option-pinyin" checked=""\/>Pinyin/)
    expect(on).toMatch(/disabled="" data-testid="option-regex"|data-testid="option-regex" disabled=""/)
    await i18n.changeLanguage('zh-CN')
    const zh = renderToStaticMarkup(<SearchForm {...props} state={initialSearch} />)
    expect(zh).toMatch(/data-testid="option-pinyin"\/>拼音/)
  })

  it('lists what the pinyin resolved to, or says nothing reads that way', async () => {
    await i18n.changeLanguage('en')
    const html = renderToStaticMarkup(
      <PinyinResolved
        resolution={{
          syllables: 'xin zhi',
          strings: [
            { text: '新质', count: 1200 },
            { text: '新知', count: 3 }
          ]
        }}
      />
    )
    expect(html).toContain('xin zhi → 新质 (1,200)、新知 (3)')
    const none = renderToStaticMarkup(<PinyinResolved resolution={{ syllables: 'zhuang', strings: [] }} />)
    expect(none).toContain('Nothing in the workspace reads “zhuang”.')
    expect(renderToStaticMarkup(<PinyinResolved resolution={undefined} />)).toBe('')
  })
})
