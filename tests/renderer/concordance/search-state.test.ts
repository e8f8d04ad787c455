import { describe, expect, it } from 'vitest'

import {
  collocatesRequest,
  defaultCollocateSettings
} from '../../../src/renderer/src/screens/concordance/collocates-request'
import { contextOffset } from '../../../src/renderer/src/screens/concordance/hit-context-dialog'
import {
  buildRequest,
  collocatePosition,
  initialSearch,
  refineQuery,
  searchKey,
  setSortLevel
} from '../../../src/renderer/src/screens/concordance/search-state'
import type { ConcordanceHit } from '../../../src/shared/api/concordance'

function hit(left: string, match: string, right: string): ConcordanceHit {
  const text = left + match + right
  return {
    kind: 'segment',
    id: 1,
    documentId: 1,
    documentTitle: 't',
    date: null,
    ordinal: 0,
    side: null,
    otherText: null,
    text,
    start: left.length,
    end: left.length + match.length,
    left,
    match,
    right
  }
}

describe('concordance request building', () => {
  it('leaves unset filters out and sends the chosen ones', () => {
    expect(buildRequest({ ...initialSearch, query: 'force' }, 200, 100)).toEqual({
      query: 'force',
      scope: 'corpus',
      offset: 200,
      limit: 100
    })
    const full = buildRequest(
      {
        ...initialSearch,
        query: 'x',
        lemma: true,
        scope: 'both',
        language: 'zh',
        documentIds: [3, 4],
        dateFrom: '2024-01-01',
        dateTo: '2024-12-31',
        sort: ['1L', '2R']
      },
      0,
      100
    )
    expect(full).toEqual({
      query: 'x',
      scope: 'both',
      offset: 0,
      limit: 100,
      language: 'zh',
      options: { matchCase: false, lemma: true, regex: false },
      documentIds: [3, 4],
      dateFrom: '2024-01-01',
      dateTo: '2024-12-31',
      sort: ['1L', '2R']
    })
  })

  it('gives a new key when anything but the page changes', () => {
    const base = { ...initialSearch, query: 'force' }
    expect(searchKey(base)).toBe(searchKey({ ...base }))
    expect(searchKey(base)).not.toBe(searchKey({ ...base, sort: ['1R'] }))
    expect(searchKey(base)).not.toBe(searchKey({ ...base, matchCase: true }))
    expect(searchKey(base)).not.toBe(searchKey({ ...base, documentIds: [1] }))
  })

  it('asks collocates for the same query and filters without paging or sort', () => {
    const request = collocatesRequest(
      { ...initialSearch, query: 'force', sort: ['1L'], dateFrom: '2024-01-01' },
      defaultCollocateSettings
    )
    expect(request).toEqual({
      query: 'force',
      scope: 'corpus',
      dateFrom: '2024-01-01',
      window: 5,
      minFreq: 2,
      by: 'logDice',
      top: 50
    })
  })

  it('sends whole words and function words only when chosen, with pinyin too', () => {
    expect(buildRequest({ ...initialSearch, query: '发展', wholeWords: true }, 0, 50).options).toEqual({
      matchCase: false,
      lemma: false,
      regex: false,
      wholeWords: true
    })
    expect(buildRequest({ ...initialSearch, query: 'fazhan', pinyin: true, wholeWords: true }, 0, 50)).toMatchObject({
      pinyin: true,
      options: { wholeWords: true }
    })
    const base = { ...initialSearch, query: '发展' }
    expect(searchKey(base)).not.toBe(searchKey({ ...base, wholeWords: true }))
    expect(collocatesRequest(base, defaultCollocateSettings).functionWords).toBeUndefined()
    expect(collocatesRequest(base, { ...defaultCollocateSettings, functionWords: true }).functionWords).toBe(true)
  })

  it('centres the context window on the hit', () => {
    expect(contextOffset(10)).toBe(7)
    expect(contextOffset(1)).toBe(0)
    expect(contextOffset(null)).toBe(0)
  })
})

describe('multi-level sort', () => {
  it('sets, replaces and clears levels, never the same key twice, at most three', () => {
    expect(setSortLevel([], 0, '1L')).toEqual(['1L'])
    expect(setSortLevel(['1L'], 1, '2L')).toEqual(['1L', '2L'])
    expect(setSortLevel(['1L', '2L'], 0, '1R')).toEqual(['1R', '2L'])
    // Choosing a key used at another level swaps the two.
    expect(setSortLevel(['1L', '2L', '3L'], 0, '3L')).toEqual(['3L', '2L', '1L'])
    expect(setSortLevel(['1L', '2L'], 2, '1L')).toEqual(['2L', '1L'])
    expect(setSortLevel(['1L', '2L'], 1, '2L')).toEqual(['1L', '2L'])
    expect(setSortLevel(['1L', '2L', '3L'], 2, '1R')).toEqual(['1L', '2L', '1R'])
    // Clearing a level drops the ones after it too (a level needs the one before).
    expect(setSortLevel(['1L', '2L', '3L'], 1, '')).toEqual(['1L'])
    // A level beyond the set ones is appended, not left with a gap.
    expect(setSortLevel(['1L'], 2, '1R')).toEqual(['1L', '1R'])
  })
})

describe('collocate refinement', () => {
  const hits = [
    hit('we must develop new ', 'productive forces', ' in every sector'),
    hit('develop new quality ', 'productive forces', ' quickly'),
    hit('the new ', 'productive forces', ' of society')
  ]

  it('finds the usual side and distance of a collocate', () => {
    expect(collocatePosition(hits, 'new', 5)).toBe(-1)
    expect(collocatePosition(hits, 'develop', 5)).toBe(-2)
    expect(collocatePosition(hits, 'in', 5)).toBe(1)
    expect(collocatePosition(hits, 'sector', 5)).toBe(3)
    expect(collocatePosition(hits, 'sector', 2)).toBeNull()
    expect(collocatePosition(hits, 'absent', 5)).toBeNull()
    expect(collocatePosition(hits, 'NEW', 5)).toBe(-1)
  })

  it('measures Chinese distance in characters', () => {
    const zh = [hit('加快发展新质', '生产力', '，扎实推进'), hit('要发展新质', '生产力', '。')]
    expect(collocatePosition(zh, '新质', 5)).toBe(-1)
    expect(collocatePosition(zh, '发展', 5)).toBe(-3)
  })

  it('builds a phrase in the collocate’s usual order, stars for the words between', () => {
    expect(refineQuery('productive forces', 'new', -1)).toBe('new productive forces')
    expect(refineQuery('productive forces', 'in', 1)).toBe('productive forces in')
    expect(refineQuery('productive forces', 'develop', -2)).toBe('develop * productive forces')
    expect(refineQuery('生产力', '新质', -1)).toBe('新质生产力')
    expect(refineQuery(' force ', 'of', null)).toBe('of')
    expect(refineQuery('force', 'far', 9)).toBe('far')
  })
})
