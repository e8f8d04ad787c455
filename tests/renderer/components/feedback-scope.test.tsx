import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { FeedbackProvider, FeedbackScope } from '../../../src/renderer/src/components/feedback'
import { type BannerError, withError, withoutScope } from '../../../src/renderer/src/components/feedback-errors'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { ApiError, describeError } from '../../../src/renderer/src/lib/api-error'

const err = (id: number, scope: string | null, message: string): BannerError => ({
  id,
  scope,
  error: new ApiError({ code: 'bad-input', message })
})

describe('error banners per panel (#15 §3)', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('keeps each panel’s errors apart: no repeats within a panel, at most three, clearing one panel only', () => {
    let errors: BannerError[] = []
    errors = withError(errors, err(1, 'import', 'bad file'), describeError, 3)
    errors = withError(errors, err(2, 'export', 'bad file'), describeError, 3)
    errors = withError(errors, err(3, 'import', 'bad file'), describeError, 3)
    expect(errors.map((e) => [e.id, e.scope])).toEqual([
      [1, 'import'],
      [2, 'export']
    ])
    for (const id of [4, 5, 6]) errors = withError(errors, err(id, 'import', `e${id}`), describeError, 3)
    expect(errors.filter((e) => e.scope === 'import').map((e) => e.id)).toEqual([4, 5, 6])
    const cleared = withoutScope(errors, 'import')
    expect(cleared.map((e) => e.id)).toEqual([2])
    expect(withoutScope(cleared, 'import')).toBe(cleared)
  })

  it('keeps the error, not its text: described again in the language of the moment', async () => {
    const error = new ApiError({ code: 'bad-input', message: 'A term cannot be empty.', key: 'term.empty' })
    expect(describeError(error)).toBe('A term cannot be empty.')
    await i18n.changeLanguage('zh-CN')
    expect(describeError(error)).not.toBe('A term cannot be empty.')
    await i18n.changeLanguage('en')
  })

  it('marks its area so a nested panel’s actions clear only the nested panel', () => {
    const html = renderToStaticMarkup(
      <FeedbackProvider>
        <FeedbackScope name="exchange">
          <FeedbackScope name="exchange-export" banner={false}>
            <button type="button">Export</button>
          </FeedbackScope>
        </FeedbackScope>
      </FeedbackProvider>
    )
    expect(html).toContain('data-feedback-scope="exchange"')
    expect(html).toContain('data-feedback-scope="exchange-export"')
  })
})
