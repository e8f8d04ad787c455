import { describe, expect, it } from 'vitest'

import {
  blankTerm,
  draftFromConcept,
  draftToSave,
  emptyDraft,
  groupTerms,
  highlightParts,
  sameDraft
} from '../../../src/renderer/src/screens/termbase/draft'
import { segmentWindow } from '../../../src/renderer/src/screens/termbase/segment-window'
import type { Concept, SegmentView } from '../../../src/shared/models'

const concept: Concept = {
  id: 7,
  definition: 'd',
  domain: 'economy',
  note: '',
  source: 'mined',
  createdAt: '2025-03-01T00:00:00Z',
  modifiedAt: '2025-03-02T00:00:00Z',
  terms: [
    { id: 1, lang: 'en', text: 'new quality productive forces', status: 'preferred', pos: 'noun', usageNote: '' },
    { id: 2, lang: 'zh-TW', text: '新質生產力', status: 'admitted', pos: '', usageNote: '' },
    { id: 3, lang: 'fr', text: 'nouvelles forces productives', status: 'admitted', pos: '', usageNote: '' },
    { id: 4, lang: 'zh-CN', text: '新质生产力', status: 'preferred', pos: '', usageNote: '' }
  ],
  examples: []
}

describe('entry editor drafts', () => {
  it('groups terms English, Chinese (any zh tag), then other languages', () => {
    const groups = groupTerms(draftFromConcept(concept).terms)
    expect(groups.map((g) => g.lang)).toEqual(['en', 'zh', 'fr'])
    expect(groups[1]?.terms.map((t) => t.text)).toEqual(['新質生產力', '新质生产力'])
    // An empty concept still offers both English and Chinese sections to type into.
    expect(groupTerms([]).map((g) => g.lang)).toEqual(['en', 'zh'])
  })

  it('saves with the loaded modifiedAt, without editor keys, dropping blank new rows only', () => {
    const draft = draftFromConcept(concept)
    draft.terms.push(blankTerm('zh-CN'))
    const saved = draftToSave(draft)
    expect(saved.id).toBe(7)
    expect(saved.expectedModifiedAt).toBe('2025-03-02T00:00:00Z')
    expect(saved.terms).toHaveLength(4)
    expect(saved.terms.every((t) => !('key' in t))).toBe(true)
    expect(saved.allowDuplicates).toBeUndefined()
    expect(draftToSave(draft, true).allowDuplicates).toBe(true)
    // An existing term emptied by the user is sent, so the server can reject it rather than drop it silently.
    draft.terms[0] = { ...draft.terms[0]!, text: '' }
    expect(draftToSave(draft).terms[0]?.text).toBe('')
  })

  it('creates new concepts without an id and detects unsaved edits', () => {
    const fresh = emptyDraft()
    expect(draftToSave(fresh)).toEqual({ definition: '', domain: '', note: '', source: '', terms: [] })
    const loaded = draftFromConcept(concept)
    const copy = { ...loaded, terms: loaded.terms.map((t) => ({ ...t, key: `${t.key}x` })) }
    expect(sameDraft(loaded, copy)).toBe(true)
    expect(sameDraft(loaded, { ...copy, note: 'changed' })).toBe(false)
  })

  it('splits an example around the term offsets, tolerating bad offsets', () => {
    expect(highlightParts('We develop new forces now', 11, 21)).toEqual({
      before: 'We develop ',
      match: 'new forces',
      after: ' now'
    })
    expect(highlightParts('short', 2, 99)).toEqual({ before: 'short', match: '', after: '' })
    expect(highlightParts('short', null, null).match).toBe('')
  })

  it('finds the neighbours of an example segment in its document', () => {
    const segments: SegmentView[] = Array.from({ length: 10 }, (_, i) => ({
      id: 100 + i,
      documentId: 1,
      ordinal: i,
      start: 0,
      end: 1,
      text: `s${i}`
    }))
    expect(segmentWindow(segments, 101, 3)?.map((s) => s.ordinal)).toEqual([0, 1, 2, 3, 4])
    expect(segmentWindow(segments, 109, 2)?.map((s) => s.ordinal)).toEqual([7, 8, 9])
    expect(segmentWindow(segments, 5, 2)).toBeNull()
  })
})
