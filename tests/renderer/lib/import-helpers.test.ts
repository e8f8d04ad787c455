import { describe, expect, it } from 'vitest'

import { bytesToBase64 } from '../../../src/renderer/src/lib/base64'
import { baseName, importFailures, newJobId } from '../../../src/renderer/src/lib/import-summary'
import type { ImportReport } from '../../../src/shared/models'

describe('import summary', () => {
  it('lists each failed file by name with its error', () => {
    const report: ImportReport = {
      imported: 1,
      duplicates: 1,
      failed: 2,
      files: [
        { file: '/home/a/ok.txt', status: 'imported', documentId: 1 },
        { file: '/home/a/same.txt', status: 'duplicate' },
        { file: 'C:\\docs\\broken.docx', status: 'failed', error: ' Not a zip archive ' },
        { file: 'empty.txt', status: 'failed' }
      ]
    }
    expect(importFailures(report)).toEqual([
      { file: 'broken.docx', message: 'Not a zip archive' },
      { file: 'empty.txt', message: '' }
    ])
    expect(baseName('a/b/')).toBe('b')
  })

  it('makes distinct job ids', () => {
    expect(newJobId()).not.toBe(newJobId())
  })
})

describe('base64', () => {
  it('encodes known vectors and round-trips across chunk boundaries', () => {
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu')
    expect(bytesToBase64(new TextEncoder().encode('新质生产力'))).toBe('5paw6LSo55Sf5Lqn5Yqb')
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256)
    const decoded = Uint8Array.from(atob(bytesToBase64(bytes)), (c) => c.charCodeAt(0))
    expect(decoded).toEqual(bytes)
    expect(bytesToBase64(new Uint8Array())).toBe('')
  })
})
