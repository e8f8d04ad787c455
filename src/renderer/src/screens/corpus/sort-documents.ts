import type { DocumentSummary } from '../../../../shared/models'

export type DocumentSortKey = 'title' | 'date' | 'language' | 'words' | 'segments'
export interface DocumentSort {
  key: DocumentSortKey
  direction: 'asc' | 'desc'
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/**
 * A sorted copy. Undated documents always sink to the bottom, whichever the direction, since
 * "no date" is not earlier or later than any date. Ties keep a stable order by title then id.
 */
export function sortDocuments(documents: readonly DocumentSummary[], sort: DocumentSort): DocumentSummary[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const byTitle = (a: DocumentSummary, b: DocumentSummary) => collator.compare(a.title, b.title) || a.id - b.id
  return [...documents].sort((a, b) => {
    switch (sort.key) {
      case 'title':
        return sign * byTitle(a, b)
      case 'date':
        if (a.date === b.date) return byTitle(a, b)
        if (a.date === null) return 1
        if (b.date === null) return -1
        return sign * (a.date < b.date ? -1 : 1)
      case 'language':
        return sign * a.language.localeCompare(b.language) || byTitle(a, b)
      case 'words':
        return sign * (a.words - b.words) || byTitle(a, b)
      case 'segments':
        return sign * (a.segments - b.segments) || byTitle(a, b)
    }
  })
}

/** Clicking the sorted column flips it; a new column starts in its natural direction. */
export function nextSort(current: DocumentSort, key: DocumentSortKey): DocumentSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  const startsDescending = key === 'date' || key === 'words' || key === 'segments'
  return { key, direction: startsDescending ? 'desc' : 'asc' }
}
