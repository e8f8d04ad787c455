/**
 * Corpus documents that break their readers: a .docx zip bomb, damaged Word XML, HTML nested
 * 100,000 deep. Each is refused with a message naming the file (no library internals) and a key both
 * languages translate with the same placeholders.
 */
import { describe, expect, it } from 'vitest'

import { CorpusError } from '../../../src/main/corpus/corpus-error'
import { readDocumentFromBuffer } from '../../../src/main/corpus/read-document'
import { checkZip, listZipEntries, ZipCheckError } from '../../../src/main/corpus/zip-check'
import { checkKey } from '../../helpers/error-resources'
import { makeDeflatedZip } from './make-deflated-zip'
import { makeDocx, makeZip } from './make-docx'

const MIB = 1024 * 1024

async function refusal(name: string, data: Buffer): Promise<CorpusError> {
  const error = await readDocumentFromBuffer(name, data).then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(CorpusError)
  const { text } = error as CorpusError
  expect(text?.params.name).toBe(name)
  expect(checkKey(text!.key, text!.params).missing).toEqual([])
  return error as CorpusError
}

const docxParts = (documentXml: Buffer | string, declared?: number) => [
  {
    name: '[Content_Types].xml',
    content: '<?xml version="1.0"?><Types ' + 'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  },
  { name: 'word/document.xml', content: documentXml, declared }
]

describe('zip bombs', () => {
  it('a .docx whose document.xml inflates past 64 MiB is refused while inflating', async () => {
    const started = process.memoryUsage().rss
    const error = await refusal('bomb.docx', makeDeflatedZip(docxParts(Buffer.alloc(65 * MIB, 0x20), 4096)))
    expect(error.message).toBe(
      'bomb.docx: word/document.xml inside it unpacks to more than the 64 MiB limit; the ' +
        'file was not read (damaged, or a zip bomb)'
    )
    expect(error.text).toEqual({
      key: 'corpus.zipEntryTooLarge',
      params: { name: 'bomb.docx', entry: 'word/document.xml', limit: '64 MiB' }
    })
    // Counted and dropped as it inflates: never held whole (the test's own 65 MiB buffer aside).
    expect(process.memoryUsage().rss - started).toBeLessThan(200 * MIB)
  })

  it('declared sizes: refused without inflating anything', async () => {
    const data = makeDeflatedZip(docxParts('<w:document/>', 100 * MIB))
    await expect(checkZip(data)).rejects.toMatchObject({ problem: 'entryTooLarge', entry: 'word/document.xml' })
    expect(listZipEntries(data).map((e) => [e.name, e.uncompressedSize])[1]).toEqual(['word/document.xml', 100 * MIB])
    const total = await checkZip(data, { entryBytes: 200 * MIB, totalBytes: 50 * MIB }).catch((e: unknown) => e)
    expect(total).toBeInstanceOf(ZipCheckError)
    expect((total as ZipCheckError).problem).toBe('totalTooLarge')
  })

  it('a normal .docx passes the check', async () => {
    await expect(checkZip(makeDocx(['One paragraph.']))).resolves.toBeUndefined()
    const doc = await readDocumentFromBuffer('ok.docx', makeDocx(['Reform and opening up.']))
    expect(doc.text).toBe('Reform and opening up.')
  })
})

describe('damaged markup', () => {
  it('malformed Word XML: "not a valid .docx", without the XML parser\'s internals', async () => {
    const broken = makeZip([
      ['word/document.xml', '<?xml version="1.0"?><w:document><w:body><w:p>'],
      ['[Content_Types].xml', '<Types/>']
    ])
    const error = await refusal('malformed.docx', broken)
    expect(error.message).toBe(
      'malformed.docx is not a valid .docx (Word 2007 or later) file: it is damaged, or ' + 'not a Word document'
    )
    expect(error.text?.key).toBe('corpus.badDocx')
    const twoRoots = makeDocx(['x'])
    const withDoctype = Buffer.from(
      twoRoots.toString('latin1').replace('<w:body>', '<w:body></w:body></w:document>' + '<w:document><w:body>'),
      'latin1'
    )
    expect((await refusal('roots.docx', withDoctype)).message).not.toMatch(/xmldom|@#\[line/)
  })

  it('HTML nested 100,000 deep: a clear refusal, not "Maximum call stack size exceeded"', async () => {
    const deep = Buffer.from(`<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`)
    const error = await refusal('deep.html', deep)
    expect(error.message).toBe(
      'deep.html: its HTML markup is nested too deeply to read; save it as plain text and ' + 'import that'
    )
    expect(error.text).toEqual({ key: 'corpus.tooDeep', params: { name: 'deep.html', format: 'HTML' } })
  })
})
