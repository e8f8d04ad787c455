import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { readDocumentFromBuffer } from '../../../src/main/corpus/read-document'
import { openTestApp } from '../../helpers/test-app'
import type { TestApp } from '../exchange/exchange-helpers'
import { bounded, LIMITS } from './bounded'

// Issue #16 item 3: one NUL byte inside Chinese text made a UTF-8 file read as UTF-16 — other Chinese
// characters, stored and fed to the concordance and the miner. Now a UTF-8 file with a stray NUL is read
// as UTF-8 without it, with a warning; a NUL that took the place of part of a character is refused at
// its line; a declared <meta charset> decides.
const TEXT =
  '坚持以高质量发展为首要任务。\n因地制宜发展新质生产力，推进中国式现代化。\n全体人民共同富裕是中国式现代化的本质要求。\n'
const HTML = (body: string, charset = 'utf-8') =>
  `<!doctype html><html><head><meta charset="${charset}"><title>报告</title></head><body><p>${body}</p></body></html>`

/** Byte offsets strictly inside Chinese characters (between the bytes of one), spread over the text. */
function insidePositions(bytes: Buffer, count: number): number[] {
  const inside: number[] = []
  for (let i = 1; i < bytes.length; i++) if ((bytes[i] & 0xc0) === 0x80) inside.push(i)
  return Array.from({ length: count }, (_, k) => inside[Math.floor((k * inside.length) / count)])
}

const withNul = (bytes: Buffer, at: number) =>
  Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)])

let t: TestApp
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

describe('a NUL byte in UTF-8 text', () => {
  for (const [name, content] of [
    ['report.txt', TEXT],
    ['report.html', HTML(TEXT)]
  ] as const) {
    it(`${name}: at 21 positions inside Chinese characters, the text is read as UTF-8 without it, with a warning`, async () => {
      const clean = Buffer.from(content, 'utf8')
      const expected = (await readDocumentFromBuffer(name, clean)).text
      const { ms, extraMb } = await bounded(async () => {
        for (const at of insidePositions(clean, 21)) {
          const doc = await readDocumentFromBuffer(name, withNul(clean, at))
          expect(doc.text).toBe(expected)
          expect(doc.warnings.map((w) => w.key)).toEqual(['corpus.nulRemoved'])
          expect(doc.warnings[0].params).toMatchObject({ name, count: 1 })
        }
      })
      expect(ms).toBeLessThan(LIMITS.ms)
      expect(extraMb).toBeLessThan(LIMITS.extraMb)
    })
  }

  it('is imported through the API with the warning in the report, in both languages’ keys', async () => {
    const bytes = withNul(Buffer.from(TEXT, 'utf8'), 10)
    const report = await t.call('corpus/upload', { files: [{ name: 'nul.txt', base64: bytes.toString('base64') }] })
    expect(report.files[0]).toMatchObject({ status: 'imported', warnings: [{ key: 'corpus.nulRemoved' }] })
    expect(report.files[0].warnings?.[0].message).toMatch(/1 NUL byte removed \(the first at line 1\)/)
    const doc = await t.call('corpus/get', { id: report.files[0].documentId! })
    expect(doc.text).toContain('高质量发展')
    expect(doc.text).not.toContain('\u0000')
  })

  it('a NUL in place of part of a character: refused at its line, not read as UTF-16', async () => {
    const bytes = Buffer.from(TEXT, 'utf8')
    const second = bytes.indexOf(Buffer.from('因', 'utf8'))
    const broken = Buffer.from(bytes)
    broken[second + 1] = 0
    await expect(readDocumentFromBuffer('broken.txt', broken)).rejects.toMatchObject({
      line: 2,
      text: { key: 'corpus.nulInCharacter', params: { name: 'broken.txt', line: 2 } }
    })
  })

  it('honours <meta charset>: a page declaring UTF-8 is never sniffed as UTF-16, one declaring GBK is GBK', async () => {
    // NUL-dense enough to look like UTF-16 by its pattern alone.
    const nulPattern = Buffer.from(HTML('高质量发展'.repeat(3)), 'utf8')
    const many = Buffer.concat([nulPattern, Buffer.from('\u0000a'.repeat(40), 'latin1')])
    const utf8 = await readDocumentFromBuffer('declared.html', many)
    expect(utf8.text).toContain('高质量发展高质量发展')
    const iconv = (await import('iconv-lite')).default
    const gbk = withNul(iconv.encode(HTML('坚持高质量发展，推进中国式现代化。', 'gbk'), 'gbk'), 80)
    const doc = await readDocumentFromBuffer('gbk.html', gbk)
    expect(doc.text).toContain('坚持高质量发展，推进中国式现代化。')
    expect(doc.warnings.map((w) => w.key)).toEqual(['corpus.nulRemoved'])
  })

  it('still reads real UTF-16 without a BOM, English or Chinese', async () => {
    const en = await readDocumentFromBuffer(
      'en16.txt',
      Buffer.from('High-quality development.\n'.repeat(20), 'utf16le')
    )
    expect(en.text).toContain('High-quality development.')
    const zh = await readDocumentFromBuffer('zh16.txt', Buffer.from(`${TEXT}`.repeat(5), 'utf16le'))
    expect(zh.text).toContain('因地制宜发展新质生产力')
    expect(zh.warnings).toEqual([])
  })
})
