import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { CorpusError } from '../../../src/main/corpus/corpus-error'
import { readDocumentFromBuffer } from '../../../src/main/corpus/read-document'

const i18nDir = join(__dirname, '../../../src/renderer/src/i18n')
const catalog = (lang: string) =>
  (JSON.parse(readFileSync(join(i18nDir, `errors.${lang}.json`), 'utf8')) as { errors: Record<string, unknown> }).errors

function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)
}

// The reader's refusals carry a key the renderer translates; every key it raises exists in both languages,
// with every parameter the message uses.
describe('corpus import failures carry a translatable key', () => {
  it('for empty, unsupported, binary, undecodable and oversized files', async () => {
    const cases: [string, Buffer, number?][] = [
      ['empty.txt', Buffer.alloc(0)],
      ['photo.png', Buffer.from('x')],
      ['junk.txt', Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 250, 251])],
      ['big.txt', Buffer.alloc(2048, 0x61), 1024]
    ]
    const keys: string[] = []
    for (const [name, data, maxBytes] of cases) {
      const error = await readDocumentFromBuffer(name, data, { maxBytes }).then(
        () => null,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(CorpusError)
      const text = (error as CorpusError).text
      expect(text?.params.name).toBe(name)
      keys.push(text?.key ?? '')
      for (const lang of ['en', 'zh-CN']) {
        const message = lookup(catalog(lang), text?.key ?? '')
        expect(typeof message, `${text?.key} in ${lang}`).toBe('string')
        for (const [, param] of (message as string).matchAll(/\{\{(\w+)\}\}/g))
          expect(text?.params).toHaveProperty(param)
      }
    }
    expect(keys).toEqual(['corpus.empty', 'corpus.unsupported', 'corpus.binary', 'corpus.tooLarge'])
  })
})
