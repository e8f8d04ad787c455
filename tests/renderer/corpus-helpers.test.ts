import { describe, expect, it } from 'vitest'

import { bytesToBase64 } from '../../src/renderer/src/lib/base64'
import { baseName, importFailures, newJobId } from '../../src/renderer/src/lib/import-summary'
import { nextSort, sortDocuments } from '../../src/renderer/src/screens/corpus/sort-documents'
import type { DocumentSummary, ImportReport } from '../../src/shared/models'

function doc(id: number, title: string, date: string | null, words: number): DocumentSummary {
  return {
    id,
    title,
    date,
    words,
    language: 'en',
    segments: words / 10,
    sourcePath: null,
    format: 'txt',
    importedAt: '2025-01-01T00:00:00Z'
  }
}

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

describe('document sorting', () => {
  const docs = [doc(1, 'b', '2024-01-02', 50), doc(2, 'a', null, 900), doc(3, 'C', '2025-03-08', 10)]

  it('sorts by date with undated documents last in both directions', () => {
    expect(sortDocuments(docs, { key: 'date', direction: 'desc' }).map((d) => d.id)).toEqual([3, 1, 2])
    expect(sortDocuments(docs, { key: 'date', direction: 'asc' }).map((d) => d.id)).toEqual([1, 3, 2])
  })

  it('sorts titles case-insensitively and numbers numerically, without mutating the input', () => {
    expect(sortDocuments(docs, { key: 'title', direction: 'asc' }).map((d) => d.title)).toEqual(['a', 'b', 'C'])
    expect(sortDocuments(docs, { key: 'words', direction: 'desc' }).map((d) => d.words)).toEqual([900, 50, 10])
    expect(docs.map((d) => d.id)).toEqual([1, 2, 3])
  })

  it('flips the active column and starts numeric columns descending', () => {
    expect(nextSort({ key: 'title', direction: 'asc' }, 'title')).toEqual({ key: 'title', direction: 'desc' })
    expect(nextSort({ key: 'title', direction: 'asc' }, 'words')).toEqual({ key: 'words', direction: 'desc' })
  })
})

describe('splitHighlight (the reader marks the match of the sentence it opened at)', () => {
  it('splits the text around a range that fits and refuses one that does not', async () => {
    const { splitHighlight } = await import('../../src/renderer/src/screens/corpus/segment-list')
    expect(splitHighlight('new quality productive forces', 12, 22)).toEqual(['new quality ', 'productive', ' forces'])
    expect(splitHighlight('新质生产力', 2, 5)).toEqual(['新质', '生产力', ''])
    expect(splitHighlight('short', 2, 9)).toBeNull()
    expect(splitHighlight('short', 3, 3)).toBeNull()
    expect(splitHighlight('short')).toBeNull()
  })
})
