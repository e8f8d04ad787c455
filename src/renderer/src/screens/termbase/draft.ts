import type { Concept, ConceptDraft, TermRecord } from '../../../../shared/models'

/** A term row in the editor; `key` keeps React's identity stable while rows are added and removed. */
export interface DraftTerm extends TermRecord {
  key: string
}

export interface EditorDraft {
  id?: number
  definition: string
  domain: string
  note: string
  source: string
  terms: DraftTerm[]
  /** The modifiedAt the editor loaded, sent back so the server can tell a concurrent save. */
  modifiedAt?: string
}

let nextKey = 1
const newKey = () => `t${nextKey++}`

export function blankTerm(lang: string): DraftTerm {
  return { key: newKey(), lang, text: '', status: 'preferred', pos: '', usageNote: '' }
}

export function emptyDraft(): EditorDraft {
  return { definition: '', domain: '', note: '', source: '', terms: [blankTerm('en'), blankTerm('zh-CN')] }
}

export function draftFromConcept(concept: Concept): EditorDraft {
  return {
    id: concept.id,
    definition: concept.definition,
    domain: concept.domain,
    note: concept.note,
    source: concept.source,
    modifiedAt: concept.modifiedAt,
    terms: concept.terms.map((term) => ({ ...term, key: newKey() }))
  }
}

/** What goes to `termbase/save`: blank rows the user never filled are dropped, not rejected. */
export function draftToSave(draft: EditorDraft, allowDuplicates = false, allowTwoPreferred = false): ConceptDraft {
  const terms: TermRecord[] = draft.terms
    .filter((term) => term.text.trim() !== '' || term.id !== undefined)
    .map(({ key: _key, ...term }) => term)
  const out: ConceptDraft = {
    definition: draft.definition,
    domain: draft.domain,
    note: draft.note,
    source: draft.source,
    terms
  }
  if (draft.id !== undefined) out.id = draft.id
  if (draft.modifiedAt !== undefined) out.expectedModifiedAt = draft.modifiedAt
  if (allowDuplicates) out.allowDuplicates = true
  if (allowTwoPreferred) out.allowTwoPreferred = true
  return out
}

/** The language family of a BCP 47 tag: en-GB is English, zh-TW is Chinese. */
export function langGroup(tag: string): string {
  const base = tag.toLowerCase().split('-')[0] ?? tag
  return base
}

/** Terms grouped for display: English first, then Chinese, then any other language an import brought. */
export function groupTerms(terms: readonly DraftTerm[]): { lang: string; terms: DraftTerm[] }[] {
  const groups = new Map<string, DraftTerm[]>([
    ['en', []],
    ['zh', []]
  ])
  for (const term of terms) {
    const group = langGroup(term.lang)
    groups.set(group, [...(groups.get(group) ?? []), term])
  }
  return [...groups].map(([lang, list]) => ({ lang, terms: list }))
}

/** Splits a sentence around [start, end) so the term can be marked without any HTML. */
export function highlightParts(
  text: string,
  start: number | null,
  end: number | null
): { before: string; match: string; after: string } {
  if (start === null || end === null || start < 0 || end > text.length || end <= start) {
    return { before: text, match: '', after: '' }
  }
  return { before: text.slice(0, start), match: text.slice(start, end), after: text.slice(end) }
}

export function sameDraft(a: EditorDraft, b: EditorDraft): boolean {
  return JSON.stringify(draftToSave(a)) === JSON.stringify(draftToSave(b))
}
