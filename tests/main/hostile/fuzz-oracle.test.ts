import { describe, expect, it } from 'vitest'

import { readDocumentFromBuffer } from '../../../src/main/corpus/read-document'
import { foreignHan, readingsOf } from '../../helpers/fuzz-oracle'

// The fuzz bench (bench/reliability/fuzz.ts) counted 4 "silent corruptions" in .txt files that were
// false alarms of its own check: the files were UTF-16LE without a BOM (NULs in every other byte) with a
// byte flipped or "<tu>" inserted, which read as UTF-16 is a CJK character the file holds. The check
// dropped the NULs and compared with the UTF-8 reading only. These are the minimal inputs.
const utf16 = (text: string) => Buffer.from(text, 'utf16le')

describe('the fuzz check for invented Chinese', () => {
  it('a UTF-16LE file with a flipped byte: the decoder reads the character the bytes hold, and the check allows it', async () => {
    const bytes = utf16('new quality\n')
    bytes[bytes.indexOf(0, bytes.indexOf('u'.charCodeAt(0)))] = 0x2f // "u\0" → "u/": U+2F75 ⽵
    const doc = await readDocumentFromBuffer('case-5822.txt', bytes)
    expect(doc.text).toBe('new q⽵ality')
    expect(foreignHan(bytes, doc.text)).toEqual([])
  })

  it('a UTF-16LE file with "<tu>" inserted on a code-unit boundary holds 琼㹵', async () => {
    const clean = utf16('and develop\n')
    const bytes = Buffer.concat([clean.subarray(0, 2), Buffer.from('<tu>'), clean.subarray(2)])
    const doc = await readDocumentFromBuffer('case-5978.txt', bytes)
    expect(doc.text).toBe('a琼㹵nd develop')
    expect(foreignHan(bytes, doc.text)).toEqual([])
  })

  it('still flags the #16 failure: UTF-8 Chinese with one NUL, read as UTF-16', () => {
    const utf8 = Buffer.from('坚持以高质量发展为首要任务。', 'utf8')
    const bytes = Buffer.concat([utf8.subarray(0, 4), Buffer.from([0]), utf8.subarray(4)])
    expect(readingsOf(bytes)).toEqual(['坚持以高质量发展为首要任务。'])
    const misread = new TextDecoder('utf-16le').decode(bytes.subarray(0, bytes.length - (bytes.length % 2)))
    expect(foreignHan(bytes, misread)!.length).toBeGreaterThan(0)
  })

  it('leaves bytes that have no sure reading unchecked', () => {
    expect(readingsOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x00, 0x00]))).toBeNull()
  })
})
