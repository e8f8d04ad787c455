import type { Concept, ConceptDraft, TermRecord } from '../../../../shared/models'
import type { Lang } from '../../../../shared/vocabulary'

/** The tag a new term of the language is stored under. */
const TAG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' }

function admitted(lang: Lang, text: string): TermRecord {
  return { lang: TAG[lang], text, status: 'admitted', pos: '', usageNote: '' }
}

function hasTerm(terms: readonly TermRecord[], lang: Lang, text: string): boolean {
  return terms.some((term) => term.lang.toLowerCase().startsWith(lang) && term.text === text)
}

/**
 * The concept as a draft with the proposed rendering added as an admitted term (a proposal from
 * the memory is evidence, not a decision to prefer it). Null when the concept already has it.
 */
export function draftWithTerm(concept: Concept, lang: Lang, proposal: string): ConceptDraft | null {
  const text = proposal.trim()
  if (!text) return null
  if (hasTerm(concept.terms, lang, text)) return null
  return {
    id: concept.id,
    definition: concept.definition,
    domain: concept.domain,
    note: concept.note,
    source: concept.source,
    terms: [...concept.terms, admitted(lang, text)],
    expectedModifiedAt: concept.modifiedAt
  }
}

/** The Chinese rendering added to a concept (draftWithTerm for Chinese). */
export function draftWithChinese(concept: Concept, zh: string): ConceptDraft | null {
  return draftWithTerm(concept, 'zh', zh)
}

/**
 * A new concept holding the term asked about and the proposed rendering, both admitted: for a term the
 * term base does not have yet. Null when either side is empty.
 */
export function newConceptDraft(term: { lang: Lang; text: string }, proposal: { lang: Lang; text: string }) {
  const a = term.text.trim()
  const b = proposal.text.trim()
  if (!a || !b || term.lang === proposal.lang) return null
  const terms = [admitted(term.lang, a), admitted(proposal.lang, b)]
  // English first, as the term base lists a concept.
  if (term.lang !== 'en') terms.reverse()
  return { terms } satisfies ConceptDraft
}
