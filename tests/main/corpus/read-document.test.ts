import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  CorpusError,
  DEFAULT_MAX_BYTES,
  type ReadDocument,
  readDocument,
  readDocumentFromBuffer
} from '../../../src/main/corpus/read-document'
import { makeDocx } from './make-docx'
import { makePdf } from './make-pdf'

const FIXTURES = join(__dirname, '../../fixtures/corpus')
const SEEDS = join(__dirname, '../../../seeds')
const tmp = mkdtempSync(join(tmpdir(), 'shuyu-corpus-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const fromBuffer = readDocumentFromBuffer
const rejects = expectCorpusError
const KEY_SECTORS = 'Innovation set to boost strength in key sectors'
const ZH_TITLE = '新质生产力的内涵与意义'
const ZH_FIRST = '新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径的先进生产力质态。'

/** Invariants every document must satisfy, whatever its format. */
function expectConsistent(doc: ReadDocument): void {
  expect(doc.hash).toBe(createHash('sha256').update(doc.text, 'utf8').digest('hex'))
  expect(doc.segments.length).toBeGreaterThan(0)
  for (const s of doc.segments) expect(doc.text.slice(s.start, s.end)).toBe(s.text)
  for (const junk of ['\r', '\ufeff', '\u0000']) expect(doc.text).not.toContain(junk)
  expect(doc.words).toBeGreaterThan(0)
}

async function expectCorpusError(promise: Promise<unknown>, pattern: RegExp): Promise<CorpusError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(CorpusError)
  expect((err as CorpusError).message).toMatch(pattern)
  return err as CorpusError
}

describe('readDocument: the seed corpus', () => {
  it.each([
    ['000_e7bf50692db35f3f.txt', '2025-03-08', /^Zhang Junjie, a deputy to the 14th National People's/],
    ['001_3d4a13419c0814bc.txt', '2025-03-08', /^Chinese President Xi Jinping, also general secretary/],
    ['002_cada000b89ccfcc1.txt', '2023-09-04', /^Sci-tech innovation in health services highlighted/],
    ['003_190e5f4913bdc872.txt', '2023-05-30', /^Xi Focus: Encouraging sci-tech workers and fostering/],
    ['004_8069748b53d930be.txt', '2025-03-12', /^Innovation set to boost strength in key sectors$/]
  ])('%s', async (file, date, title) => {
    const doc = await readDocument(join(SEEDS, file))
    expectConsistent(doc)
    expect(doc).toMatchObject({ date, language: 'en', format: 'txt', sourcePath: join(SEEDS, file) })
    expect(doc.title).toMatch(title)
    expect(doc.words).toBeGreaterThan(400)
    expect(doc.segments.length).toBeGreaterThan(15)
  })
})

describe('readDocument: encodings', () => {
  it('reads UTF-8 with a BOM and with CRLF line ends to the same text', async () => {
    const bom = await readDocument(join(FIXTURES, 'utf8-bom.txt'))
    const crlf = await readDocument(join(FIXTURES, 'utf8-crlf.txt'))
    expectConsistent(bom)
    expect(bom.text).toBe(crlf.text)
    expect(bom.hash).toBe(crlf.hash)
    expect(bom).toMatchObject({ title: KEY_SECTORS, date: '2025-03-08' })
    expect(bom.segments.map((s) => s.text)).toEqual([
      KEY_SECTORS,
      "BEIJING, Sept. 4 (Xinhua) -- China's GDP grew 5.2 percent.",
      'The U.S. economy grew too.'
    ])
  })

  it.each(['utf16le-bom.txt', 'utf16be-bom.txt', 'utf16le-nobom.txt', 'gbk-chinese.txt'])(
    'reads Chinese from %s',
    async (file) => {
      const doc = await readDocument(join(FIXTURES, file))
      expectConsistent(doc)
      expect(doc).toMatchObject({ title: ZH_TITLE, date: '2024-03-05', language: 'zh' })
      expect(doc.segments.map((s) => s.text)).toEqual([
        ZH_TITLE,
        ZH_FIRST,
        '它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生。',
        '华为技术有限公司（Huawei Technologies Co., Ltd.）表示，将加大5G研发投入！'
      ])
    }
  )

  it('reads BOM-less UTF-16BE English by its NUL pattern', async () => {
    const doc = await readDocument(join(FIXTURES, 'utf16be-nobom-english.txt'))
    expect(doc).toMatchObject({ language: 'en', date: '2025-03-08' })
    expect(doc.text).toContain('The U.S. economy grew too.')
  })

  it('reads Big5 (traditional Chinese)', async () => {
    const doc = await readDocument(join(FIXTURES, 'big5-chinese.txt'))
    expectConsistent(doc)
    expect(doc).toMatchObject({ title: '新質生產力的內涵與意義', date: '2024-03-05', language: 'zh' })
    expect(doc.text).toContain('擺脫傳統經濟增長方式')
  })

  it('reads a longer GBK file the same as its UTF-8 original', async () => {
    const iconv = (await import('iconv-lite')).default
    const text = `${ZH_TITLE}\n\n${ZH_FIRST.repeat(40)}`
    const gbk = await readDocumentFromBuffer('long.txt', iconv.encode(text, 'gb18030'))
    const utf8 = await readDocumentFromBuffer('long.txt', Buffer.from(text, 'utf8'))
    expect(gbk.text).toBe(utf8.text)
  })

  it('refuses undecodable bytes with a clear error', async () => {
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x81 : 0x7f)))
    await expectCorpusError(readDocumentFromBuffer('junk.txt', junk), /junk\.txt.*(decode|binary|encoding)/)
  })
})

describe('readDocument: formats', () => {
  it('extracts the main text of an HTML page without scripts or navigation', async () => {
    const doc = await readDocument(join(FIXTURES, 'page.html'))
    expectConsistent(doc)
    expect(doc).toMatchObject({
      format: 'html',
      language: 'en',
      date: '2025-03-12',
      title: KEY_SECTORS
    })
    expect(doc.segments.map((s) => s.text)).toEqual([
      KEY_SECTORS,
      "China's commitment to pursuing integrated advancements in technological and industrial innovation " +
        'will help the country gain a competitive advantage.',
      'Lawmakers said so on Mar. 12.',
      'Sci-tech innovation serves as the core element in developing new quality productive forces.'
    ])
    for (const junk of ['tracking', 'Home', 'China Daily', 'Most popular', 'Copyright', 'font-family']) {
      expect(doc.text).not.toContain(junk)
    }
  })

  it('decodes HTML in the charset its <meta> declares', async () => {
    const doc = await readDocument(join(FIXTURES, 'page-gbk.html'))
    expect(doc).toMatchObject({ title: '新质生产力', language: 'zh' })
    expect(doc.text).toBe('新质生产力是创新起主导作用的先进生产力质态。\n\n它由技术革命性突破催生。')
  })

  it('strips Markdown and takes its front matter', async () => {
    const doc = await readDocument(join(FIXTURES, 'article.md'))
    expectConsistent(doc)
    expect(doc).toMatchObject({ format: 'md', title: 'New quality productive forces', date: '2024-03-05' })
    expect(doc.segments.map((s) => s.text)).toEqual([
      'What are new quality productive forces?',
      'New quality productive forces are driven by innovation.',
      'They mark a break from traditional growth models.',
      'Key points',
      'Technological breakthroughs',
      'Innovative allocation of production factors',
      'Industrial upgrading',
      'code_sample = "kept as text"'
    ])
  })

  it('reads the paragraphs of a .docx and its Time: header', async () => {
    const data = makeDocx([
      'Xi Focus: innovation',
      'Time:2023-05-30 12:57',
      'BEIJING, May 29 -- Xi met Dr. Wang. He spoke.'
    ])
    const doc = await readDocumentFromBuffer('report.docx', data)
    expectConsistent(doc)
    expect(doc).toMatchObject({ format: 'docx', title: 'Xi Focus: innovation', date: '2023-05-30' })
    expect(doc.sourcePath).toBeNull()
    expect(doc.segments.map((s) => s.text)).toEqual([
      'Xi Focus: innovation',
      'BEIJING, May 29 -- Xi met Dr. Wang.',
      'He spoke.'
    ])
  })

  it('refuses a file named .docx that is not one', async () => {
    await rejects(fromBuffer('old.docx', Buffer.from('plain text')), /old\.docx.*not a valid \.docx/)
    const zipNoDoc = makeDocx([]).subarray(0, 60)
    await rejects(fromBuffer('broken.docx', zipNoDoc), /broken\.docx.*not a valid \.docx/)
  })

  it('reads the text layer of a PDF, re-flowing lines into paragraphs', async () => {
    const pdf = makePdf(
      [
        {
          lines: [
            'Innovation drives growth. New quality productive',
            'forces matter in high-',
            'quality development.',
            '',
            'A second paragraph (Xinhua).'
          ]
        },
        { lines: ['Page two text.'] }
      ],
      'Innovation report'
    )
    writeFileSync(join(tmp, 'report.pdf'), pdf)
    const doc = await readDocument(join(tmp, 'report.pdf'))
    expectConsistent(doc)
    expect(doc).toMatchObject({ format: 'pdf', title: 'Innovation report', language: 'en' })
    expect(doc.text).toBe(
      'Innovation drives growth. New quality productive forces matter in high-quality ' +
        'development.\n\nA second paragraph (Xinhua).\n\nPage two text.'
    )
    expect(doc.segments).toHaveLength(4)
  })

  it('explains that a PDF without text needs OCR', async () => {
    const err = await expectCorpusError(
      readDocumentFromBuffer('scan.pdf', makePdf([{ lines: [] }, { lines: [] }])),
      /^scan\.pdf has no text layer \(scanned\?\); run OCR first$/
    )
    expect(err.file).toBe('scan.pdf')
  })

  it('refuses a broken PDF', async () => {
    await expectCorpusError(readDocumentFromBuffer('bad.pdf', Buffer.from('%PDF-1.4\ngarbage')), /bad\.pdf/)
    await rejects(fromBuffer('fake.pdf', Buffer.from('hello')), /fake\.pdf is not a valid PDF/)
  })

  it('reads files without an extension, or with .text, as plain text', async () => {
    writeFileSync(join(tmp, 'README'), 'A title\n\nSome text.')
    expect((await readDocument(join(tmp, 'README'))).format).toBe('txt')
    expect((await readDocumentFromBuffer('notes.TEXT', Buffer.from('Hello.'))).title).toBe('Hello.')
  })

  it('lists the supported types for an unknown extension', async () => {
    await expectCorpusError(
      readDocumentFromBuffer('book.epub', Buffer.from('x')),
      /book\.epub: unsupported file type "\.epub"; supported: \.txt.*\.md.*\.html.*\.docx.*\.pdf/
    )
  })
})

describe('readDocument: bad input', () => {
  it('refuses a binary file', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8,
      6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66
    ])
    writeFileSync(join(tmp, 'image.txt'), png)
    const err = await expectCorpusError(readDocument(join(tmp, 'image.txt')), /image\.txt is a binary file/)
    expect(err.file).toBe(join(tmp, 'image.txt'))
  })

  it('refuses UTF-8 text with a stray NUL byte and text made of control characters', async () => {
    await rejects(fromBuffer('nul.txt', Buffer.from('hello\u0000 world, plain text here')), /nul\.txt is a binary file/)
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41)))
    await expectCorpusError(readDocumentFromBuffer('ctl.txt', controls), /ctl\.txt is a binary file/)
  })

  it('refuses an empty file, and a file with no text after extraction', async () => {
    writeFileSync(join(tmp, 'empty.txt'), '')
    await expectCorpusError(readDocument(join(tmp, 'empty.txt')), /empty\.txt is empty/)
    await rejects(fromBuffer('blank.txt', Buffer.from(' \r\n\t\n\ufeff')), /blank\.txt contains no text/)
    await rejects(
      fromBuffer('nav.html', Buffer.from('<nav>menu</nav><script>x</script>')),
      /nav\.html contains no text/
    )
  })

  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    writeFileSync(join(tmp, 'big.txt'), 'x'.repeat(5000))
    await expectCorpusError(
      readDocument(join(tmp, 'big.txt'), { maxBytes: 4096 }),
      /^big\.txt is 5000 bytes, larger than the 4 KiB limit$/
    )
    await expectCorpusError(
      readDocumentFromBuffer('big.txt', Buffer.alloc(2048, 0x41), { maxBytes: 1024 }),
      /larger than the 1 KiB limit/
    )
    expect(DEFAULT_MAX_BYTES).toBe(64 * 1024 * 1024)
  })

  it('refuses missing files, folders and unreadable files', async () => {
    await expectCorpusError(readDocument(join(tmp, 'missing.txt')), /cannot read missing\.txt: no such file/)
    mkdirSync(join(tmp, 'folder.txt'))
    await expectCorpusError(readDocument(join(tmp, 'folder.txt')), /^folder\.txt is a folder, not a file$/)
    const locked = join(tmp, 'locked.txt')
    writeFileSync(locked, 'secret')
    chmodSync(locked, 0o000)
    const canStillRead = process.getuid?.() === 0 // root ignores file permissions
    if (!canStillRead) await rejects(readDocument(locked), /cannot read locked\.txt: permission denied/)
  })
})
