import { describe, expect, it } from 'vitest'

import {
  draftWithChinese,
  draftWithTerm,
  newConceptDraft
} from '../../../src/renderer/src/screens/memory/add-to-concept'
import {
  canShift,
  canSplit,
  confidenceLevel,
  deleteLink,
  type EditableLink,
  joinWithNext,
  linksToSave,
  linkText,
  shiftSentence,
  splitLink
} from '../../../src/renderer/src/screens/memory/align-edit'
import { splitSpace } from '../../../src/renderer/src/screens/memory/diff-view'
import type { Concept } from '../../../src/shared/models'

const sentences = {
  en: ['One.', 'Two.', 'Three.', 'Four.'],
  zh: ['一。', '二。', '三。', '四。']
}
const link = (en: number[], zh: number[], confidence: number | null = 0.9): EditableLink => ({ en, zh, confidence })
const texts = (links: EditableLink[]) => links.map((l) => linkText(l, sentences))

describe('alignment review edits', () => {
  const base = [link([0], [0]), link([1], [1, 2]), link([2, 3], [3])]

  it('joins a link with the next, keeping sentence order and marking it edited', () => {
    const joined = joinWithNext(base, 0)
    expect(joined).toHaveLength(2)
    expect(joined[0]).toEqual({ en: [0, 1], zh: [0, 1, 2], confidence: null })
    expect(texts(joined)[0]).toEqual({ english: 'One. Two.', chinese: '一。二。三。' })
    // The last link has no next: nothing changes.
    expect(joinWithNext(base, 2)).toEqual(base)
  })

  it('splits a link after the first sentence of each side', () => {
    expect(canSplit(base[0])).toBe(false)
    expect(canSplit(base[1])).toBe(true)
    const split = splitLink(base, 2)
    expect(split.map((l) => [l.en, l.zh])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
      [[3], []]
    ])
    expect(splitLink(base, 0)).toEqual(base)
  })

  it('shifts the first sentence to the previous link and the last to the next', () => {
    const up = shiftSentence(base, 1, 'zh', -1)
    expect(up.map((l) => l.zh)).toEqual([[0, 1], [2], [3]])
    const down = shiftSentence(base, 1, 'zh', 1)
    expect(down.map((l) => l.zh)).toEqual([[0], [1], [2, 3]])
    expect(down[1].confidence).toBeNull()
    expect(down[0].confidence).toBe(0.9)
    expect(canShift(base, 0, 'en', -1)).toBe(false)
    expect(canShift(base, 2, 'en', 1)).toBe(false)
  })

  it('drops a link that a shift emptied on both sides', () => {
    const links = [link([0], [0]), link([1], [])]
    expect(shiftSentence(links, 1, 'en', -1)).toEqual([{ en: [0, 1], zh: [0], confidence: null }])
  })

  it('deletes a link and saves only links with text on both sides', () => {
    expect(deleteLink(base, 1).map((l) => l.en)).toEqual([[0], [2, 3]])
    const withEmpty = [...base, link([], [3])]
    expect(linksToSave(withEmpty, sentences)).toEqual([
      { english: 'One.', chinese: '一。' },
      { english: 'Two.', chinese: '二。三。' },
      { english: 'Three. Four.', chinese: '四。' }
    ])
  })

  it('bands confidence for the colour code', () => {
    expect(confidenceLevel(0.95)).toBe('high')
    expect(confidenceLevel(0.5)).toBe('medium')
    expect(confidenceLevel(0.2)).toBe('low')
    expect(confidenceLevel(null)).toBe('edited')
  })
})

describe('add a proposal to a concept', () => {
  const concept: Concept = {
    id: 7,
    definition: 'd',
    domain: 'economy',
    note: '',
    source: '',
    createdAt: 'c',
    modifiedAt: 'm',
    terms: [
      { id: 1, lang: 'en', text: 'new quality productive forces', status: 'preferred', pos: '', usageNote: '' },
      { id: 2, lang: 'zh-CN', text: '新质生产力', status: 'preferred', pos: '', usageNote: '' }
    ],
    examples: []
  }

  it('appends the Chinese term as admitted, keeping every existing term and the version it read', () => {
    const draft = draftWithChinese(concept, ' 新型生产力 ')
    expect(draft?.terms).toHaveLength(3)
    expect(draft?.terms[2]).toEqual({ lang: 'zh-CN', text: '新型生产力', status: 'admitted', pos: '', usageNote: '' })
    expect(draft?.terms[0].id).toBe(1)
    expect(draft?.expectedModifiedAt).toBe('m')
    expect(draft?.domain).toBe('economy')
  })

  it('refuses a term the concept already has', () => {
    expect(draftWithChinese(concept, '新质生产力')).toBeNull()
    expect(draftWithChinese(concept, '  ')).toBeNull()
  })
})

describe('diff highlighting', () => {
  it('keeps the spaces around a changed word outside its highlight', () => {
    expect(splitSpace(' local ')).toEqual([' ', 'local', ' '])
    expect(splitSpace('地方')).toEqual(['', '地方', ''])
    expect(splitSpace('  ')).toEqual(['  ', '', ''])
  })
})

describe('newConceptDraft and draftWithTerm', () => {
  it('makes a new concept of the term and its proposal, English first, both admitted', () => {
    const draft = newConceptDraft(
      { lang: 'zh', text: ' 新质生产力 ' },
      { lang: 'en', text: 'new quality productive forces' }
    )
    expect(draft?.terms).toEqual([
      { lang: 'en', text: 'new quality productive forces', status: 'admitted', pos: '', usageNote: '' },
      { lang: 'zh-CN', text: '新质生产力', status: 'admitted', pos: '', usageNote: '' }
    ])
    expect(draft && 'id' in draft).toBe(false)
    expect(newConceptDraft({ lang: 'en', text: 'x' }, { lang: 'en', text: 'y' })).toBeNull()
    expect(newConceptDraft({ lang: 'en', text: ' ' }, { lang: 'zh', text: '内需' })).toBeNull()
  })

  it('adds an English proposal to a concept that lacks it, and refuses one it has', () => {
    const concept: Concept = {
      id: 9,
      definition: '',
      domain: '',
      note: '',
      source: '',
      createdAt: 'c',
      modifiedAt: 'm',
      terms: [{ id: 1, lang: 'zh-CN', text: '内需', status: 'preferred', pos: '', usageNote: '' }],
      examples: []
    }
    expect(draftWithTerm(concept, 'en', 'domestic demand')?.terms[1]).toMatchObject({ lang: 'en', status: 'admitted' })
    expect(draftWithTerm(concept, 'zh', '内需')).toBeNull()
  })
})
