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

describe('corpus import failures in the UI language', () => {
  it('names the file and says why in Chinese, for errors the reader raised', async () => {
    const { readDocumentFromBuffer } = await import('../../src/main/corpus/read-document')
    const { CorpusError } = await import('../../src/main/corpus/corpus-error')
    const { importFailures } = await import('../../src/renderer/src/lib/import-summary')
    const reasons = [
      ['empty.txt', Buffer.alloc(0)],
      ['photo.png', Buffer.from('x')],
      ['junk.txt', Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 250, 251])]
    ] as const
    const files = []
    for (const [name, data] of reasons) {
      const error = await readDocumentFromBuffer(name, data).then(() => null, (e: unknown) => e)
      expect(error).toBeInstanceOf(CorpusError)
      const text = (error as InstanceType<typeof CorpusError>).text
      files.push({ file: `/in/${name}`, status: 'failed' as const, error: (error as Error).message,
        errorKey: text?.key, errorParams: text?.params })
    }
    const i18n = await initI18n('zh-CN')
    const zh = importFailures({ files, imported: 0, duplicates: 0, failed: 3 })
    expect(zh.map((f) => f.file)).toEqual(['empty.txt', 'photo.png', 'junk.txt'])
    expect(zh[0].message).toBe('empty.txt 是空文件。')
    expect(zh[1].message).toMatch(/^photo\.png：不支持的文件类型“\.png”/)
    expect(zh[2].message).toBe('junk.txt 是二进制文件，不是文本。')
    await i18n.changeLanguage('en')
    expect(importFailures({ files, imported: 0, duplicates: 0, failed: 3 })[0].message).toBe('empty.txt is empty.')
  })
})
