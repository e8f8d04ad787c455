/**
 * Legacy encodings are chosen by the plausibility of the decoded text (legacy-encoding.ts), from real
 * bytes made here with iconv-lite: short inputs (where chardet guessed Windows-1252 for GBK and Big5 for
 * GBK 坚持党的领导) and long ones, for glossary text (CSV) and documents (.txt/.md/.html).
 */
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'

import { frequentCharacters } from '../../../src/main/corpus/charset-repertoire'
import { CorpusError } from '../../../src/main/corpus/corpus-error'
import { decodeText } from '../../../src/main/corpus/decode-text'
import { readDocumentFromBuffer } from '../../../src/main/corpus/read-document'
import { checkKey } from '../../helpers/error-resources'
import { prng } from '../../helpers/prng'

const GLOSSARY = 'en,zh\nrule of law,法治\ncommon prosperity,共同富裕\n'
const LONG_ZH = '我们要坚持以人民为中心的发展思想，推进共同富裕，全面依法治国，加快发展新质生产力。\n'.repeat(300)
const TRADITIONAL = "en,zh\nrule of law,法治社會\nwhole-process people's democracy,全過程人民民主\n"

const decode = (bytes: Buffer, name = 'g.csv') => decodeText(name, name, bytes)

function refusal(bytes: Buffer, name = 'g.csv'): CorpusError {
  try {
    decode(bytes, name)
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError)
    return error as CorpusError
  }
  throw new Error(`${name} was decoded`)
}

describe('legacy Chinese encodings, short and long', () => {
  it.each([
    ['a two-row GBK glossary', GLOSSARY, 'gbk'],
    ['one GBK hanzi', 'en,zh\nparty,党\n', 'gbk'],
    ['GBK 坚持党的领导 (chardet said Big5)', '坚持党的领导。', 'gbk'],
    ['GBK 新质生产力', '新质生产力', 'gbk'],
    ['a long GBK text', LONG_ZH, 'gbk'],
    ['GB18030 with four-byte characters', 'en,zh\nrare,罕见字𠀀\neconomy,社会主义市场经济\n', 'gb18030'],
    ['a short Big5 glossary', TRADITIONAL, 'big5'],
    ['a long Big5 text', '堅持黨的領導，推進法治社會，實現共同富裕。\n'.repeat(200), 'big5'],
    ['Shift-JIS', 'en,ja\nrule of law,法治国家\nJapanese,にほんご\n', 'shift_jis']
  ])('%s', (_label, text, encoding) => {
    const decoded = decode(iconv.encode(text, encoding))
    expect(decoded.text).toBe(text)
    expect(decoded.encoding).toBe(encoding === 'gbk' ? 'gb18030' : encoding)
  })

  it('derives the frequent blocks from the charsets (GB2312 level 1, Big5 常用字, JIS level 1)', () => {
    expect(frequentCharacters('gb18030').size).toBe(3755)
    expect(frequentCharacters('big5').size).toBe(5401)
    expect(frequentCharacters('shift_jis').size).toBe(2965)
    expect(frequentCharacters('gb18030').has('法'.codePointAt(0)!)).toBe(true)
    expect(frequentCharacters('gb18030').has('亍'.codePointAt(0)!)).toBe(false) // level 2 (D8A1)
    expect(frequentCharacters('big5').has('社'.codePointAt(0)!)).toBe(true)
    expect(frequentCharacters('shift_jis').has('亜'.codePointAt(0)!)).toBe(true)
  })
})

describe('UTF-8, UTF-16 and Latin-1 keep working', () => {
  it('UTF-8 with and without a BOM, short and long', () => {
    expect(decode(Buffer.from(GLOSSARY)).text).toBe(GLOSSARY)
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GLOSSARY)])).text).toBe(GLOSSARY)
    expect(decode(Buffer.from(LONG_ZH)).text).toBe(LONG_ZH)
  })

  it('UTF-16 LE/BE with a BOM, and LE without one', () => {
    const le = Buffer.from(GLOSSARY, 'utf16le')
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(GLOSSARY)
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(GLOSSARY, 'utf-16be')])).text).toBe(GLOSSARY)
    expect(decode(le).text).toBe(GLOSSARY)
  })

  it('Latin-1 / Windows-1252 text, short and long, with typographic quotes', () => {
    const short = 'en,fr\ncafé,naïve\n'
    expect(decode(iconv.encode(short, 'latin1'))).toEqual({ text: short, encoding: 'windows-1252' })
    const long = 'The “café” policy is naïve — déjà vu for Größe and São Paulo.\n'.repeat(500)
    expect(decode(iconv.encode(long, 'windows-1252')).text).toBe(long)
  })

  it('a charset the HTML declares (GB18030 labelled gbk)', async () => {
    const html = '<html><head><meta charset="gbk"><title>法治</title></head><body><p>坚持党的领导。</p></body></html>'
    const doc = await readDocumentFromBuffer('page.html', iconv.encode(html, 'gb18030'))
    expect(doc.text).toBe('坚持党的领导。')
  })
})

describe('refusals instead of mojibake', () => {
  it('UTF-8 Chinese with one stray Latin-1 byte: refused with the line, never decoded as Latin-1', () => {
    const bytes = Buffer.concat([
      Buffer.from('en,zh\nrule of law,法治\ncaf'),
      Buffer.from([0xe9]),
      Buffer.from(' culture,咖啡\n')
    ])
    const error = refusal(bytes, 'mixed.csv')
    expect(error.message).toMatch(/^mixed\.csv: line 3 holds bytes that are not UTF-8/)
    expect(error.line).toBe(3)
    expect(error.text).toEqual({ key: 'corpus.notUtf8Line', params: { name: 'mixed.csv', line: 3 } })
    expect(checkKey('corpus.notUtf8Line', error.text!.params)).toMatchObject({ missing: [] })
    // The same in a long file, and after a UTF-8 BOM.
    const long = Buffer.concat([Buffer.from(LONG_ZH), Buffer.from([0xe9, 0x0a])])
    expect(refusal(long).line).toBe(301)
    expect(refusal(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])).line).toBe(3)
  })

  it('bytes no candidate makes sense of: refused, naming the encodings tried', () => {
    const random = prng(7)
    const bytes = Buffer.from(
      Array.from({ length: 600 }, (_, i) => (i % 5 === 4 ? 0x20 : 0x80 + Math.floor(random() * 128)))
    )
    const error = refusal(bytes, 'noise.txt')
    expect(error.message).toMatch(
      /noise\.txt: cannot tell the text encoding \(tried UTF-8, UTF-16, GB18030 \(GBK\), Big5, /
    )
    expect(error.message).toMatch(/Save the file as UTF-8/)
    expect(error.text).toEqual({ key: 'corpus.encodingUnknown', params: { name: 'noise.txt' } })
    expect(checkKey('corpus.encodingUnknown', { name: 'noise.txt' }).missing).toEqual([])
  })
})

describe('documents use the same decoder', () => {
  it.each(['doc.txt', 'doc.md', 'notes.html'])('%s in GBK and Big5', async (name) => {
    const gbk = await readDocumentFromBuffer(name, iconv.encode('坚持党的领导。\n\n全面依法治国。', 'gbk'))
    expect(gbk.text).toContain('全面依法治国。')
    expect(gbk.language).toBe('zh')
    const big5 = await readDocumentFromBuffer(name, iconv.encode('堅持黨的領導，推進法治社會。', 'big5'))
    expect(big5.text).toContain('推進法治社會')
  })
})
