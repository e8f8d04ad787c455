import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { ApiError } from '../../../src/renderer/src/lib/api-error'
import { blankTerm, draftToSave, emptyDraft } from '../../../src/renderer/src/screens/termbase/draft'
import { MinedForms, promotedTerm } from '../../../src/renderer/src/screens/termbase/mined-forms'
import {
  TwoPreferredDialog,
  twoPreferredQuestion
} from '../../../src/renderer/src/screens/termbase/two-preferred-dialog'

describe('keep both preferred? (#15 §2)', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('recognises the refusal, and only that one', () => {
    const refusal = new ApiError({
      code: 'conflict',
      message: 'two preferred',
      key: 'termbase.twoPreferred',
      params: { lang: 'zh-CN', terms: '对外开放, 开放' }
    })
    expect(twoPreferredQuestion(refusal)).toEqual({ lang: 'zh-CN', terms: '对外开放, 开放' })
    expect(twoPreferredQuestion(new ApiError({ code: 'conflict', message: 'x', key: 'history.notLatest' }))).toBeNull()
    expect(
      twoPreferredQuestion(new ApiError({ code: 'internal', message: 'x', key: 'termbase.twoPreferred' }))
    ).toBeNull()
  })

  it('resends with the flag only when asked', () => {
    const draft = emptyDraft()
    expect(draftToSave(draft).allowTwoPreferred).toBeUndefined()
    expect(draftToSave(draft, false, true).allowTwoPreferred).toBe(true)
    expect(draftToSave(draft, true, true)).toMatchObject({ allowDuplicates: true, allowTwoPreferred: true })
  })

  it('asks in the UI language, naming the language and the terms', async () => {
    const dialog = () =>
      renderToStaticMarkup(
        <TwoPreferredDialog
          question={{ lang: 'zh-CN', terms: '对外开放, 开放' }}
          onKeepBoth={() => undefined}
          onClose={() => undefined}
        />
      )
    const en = dialog()
    expect(en).toContain('Keep both preferred?')
    expect(en).toContain('Chinese would have two preferred terms: 对外开放, 开放.')
    await i18n.changeLanguage('zh-CN')
    const zh = dialog()
    expect(zh).toContain('保留两个首选术语？')
    expect(zh).toContain('对外开放, 开放')
    expect(zh).not.toContain('Keep both')
    await i18n.changeLanguage('en')
  })
})

describe('mined forms in the concept editor (#15 §2)', () => {
  beforeAll(async () => {
    await initI18n('en')
  })

  it('shows the forms that are not terms yet, read-only, each with Add as term', () => {
    const terms = [{ ...blankTerm('en'), text: 'opening up' }]
    const html = renderToStaticMarkup(
      <MinedForms forms={['Opening Up', 'opening-up', '对外开放政策']} terms={terms} onPromote={() => undefined} />
    )
    expect(html).toContain('Mined forms')
    expect(html).toContain('opening-up')
    expect(html).toContain('对外开放政策')
    expect(html).not.toContain('>Opening Up<')
    expect(html.match(/Add as term/g)).toHaveLength(2)
    expect(html).not.toContain('<input')
    expect(renderToStaticMarkup(<MinedForms forms={[]} terms={terms} onPromote={() => undefined} />)).toBe('')
  })

  it('promotes a form as an admitted term in its own language', () => {
    expect(promotedTerm('对外开放政策')).toMatchObject({ lang: 'zh-CN', text: '对外开放政策', status: 'admitted' })
    expect(promotedTerm('opening-up')).toMatchObject({ lang: 'en', text: 'opening-up', status: 'admitted' })
  })
})

describe('concept editor heading (#15 §3)', () => {
  it('is the head term: preferred English, else first English, else first Chinese', async () => {
    const { headTerm } = await import('../../../src/renderer/src/screens/termbase/concept-name')
    const en = (text: string, status = 'admitted') => ({ lang: 'en', text, status })
    expect(headTerm([en('opening-up'), en('opening up', 'preferred'), { lang: 'zh-CN', text: '对外开放' }])).toBe(
      'opening up'
    )
    expect(headTerm([{ lang: 'zh-CN', text: '对外开放' }, en('opening-up')])).toBe('opening-up')
    expect(headTerm([{ lang: 'zh-CN', text: '对外开放' }, en('  ')])).toBe('对外开放')
    expect(headTerm([])).toBeNull()
  })
})
