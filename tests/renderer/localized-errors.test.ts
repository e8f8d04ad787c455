import { describe, expect, it } from 'vitest'
import { initI18n } from '../../src/renderer/src/i18n/setup'
import { describeError } from '../../src/renderer/src/lib/api-error'

describe('errors from the server in the UI language', () => {
  it('translates a keyed error and falls back to the English message for unknown keys', async () => {
    const i18n = await initI18n('zh-CN')
    const keyed = { code: 'invalid-argument', message: 'A term needs at least one letter or digit: "!!!"',
      key: 'term.noLetter', params: { term: '!!!' } }
    expect(describeError(keyed)).toBe('术语至少需要一个字母、数字或汉字：“!!!”。')
    expect(describeError({ ...keyed, key: 'nothing.like.this' })).toBe(keyed.message)
    await i18n.changeLanguage('en')
    expect(describeError(keyed)).toBe('A term needs at least one letter or digit: “!!!”.')
  })
})
