import { describe, expect, it } from 'vitest'

import { nextSort, sortDocuments } from '../../../src/renderer/src/screens/corpus/sort-documents'
import type { DocumentSummary } from '../../../src/shared/models'

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
    const { splitHighlight } = await import('../../../src/renderer/src/screens/corpus/segment-list')
    expect(splitHighlight('new quality productive forces', 12, 22)).toEqual(['new quality ', 'productive', ' forces'])
    expect(splitHighlight('新质生产力', 2, 5)).toEqual(['新质', '生产力', ''])
    expect(splitHighlight('short', 2, 9)).toBeNull()
    expect(splitHighlight('short', 3, 3)).toBeNull()
    expect(splitHighlight('short')).toBeNull()
  })
})
