import { describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { describeError } from '../../../src/renderer/src/lib/api-error'

describe('errors from the server in the UI language', () => {
  it('translates a keyed error and falls back to the English message for unknown keys', async () => {
    const i18n = await initI18n('zh-CN')
    const keyed = {
      code: 'invalid-argument',
      message: 'A term needs at least one letter or digit: "!!!"',
      key: 'term.noLetter',
      params: { term: '!!!' }
    }
    expect(describeError(keyed)).toBe('术语至少需要一个字母、数字或汉字：“!!!”。')
    expect(describeError({ ...keyed, key: 'nothing.like.this' })).toBe(keyed.message)
    await i18n.changeLanguage('en')
    expect(describeError(keyed)).toBe('A term needs at least one letter or digit: “!!!”.')
  })
})

describe('corpus import failures in the UI language', () => {
  it('names the file and says why in Chinese when the server sent a key, as sent otherwise', async () => {
    const { importFailures } = await import('../../../src/renderer/src/lib/import-summary')
    const files = [
      {
        file: '/in/empty.txt',
        status: 'failed' as const,
        error: 'empty.txt is empty',
        errorKey: 'corpus.empty',
        errorParams: { name: 'empty.txt' }
      },
      { file: '/in/odd.txt', status: 'failed' as const, error: 'something unforeseen' }
    ]
    const i18n = await initI18n('zh-CN')
    expect(importFailures({ files, imported: 0, duplicates: 0, failed: 2 })).toEqual([
      { file: 'empty.txt', message: 'empty.txt 是空文件。' },
      { file: 'odd.txt', message: 'something unforeseen' }
    ])
    await i18n.changeLanguage('en')
    expect(importFailures({ files, imported: 0, duplicates: 0, failed: 2 })[0].message).toBe('empty.txt is empty.')
  })
})
