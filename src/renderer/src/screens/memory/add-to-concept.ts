import type { Concept, ConceptDraft } from '../../../../shared/models'

/**
 * The concept as a draft with the Chinese rendering added as an admitted term (a proposal from
 * the memory is evidence, not a decision to prefer it). Null when the concept already has it.
 */
export function draftWithChinese(concept: Concept, zh: string): ConceptDraft | null {
  const text = zh.trim()
  if (!text) return null
  if (concept.terms.some((term) => term.lang.toLowerCase().startsWith('zh') && term.text === text)) return null
  return {
    id: concept.id,
    definition: concept.definition,
    domain: concept.domain,
    note: concept.note,
    source: concept.source,
    terms: [...concept.terms, { lang: 'zh-CN', text, status: 'admitted', pos: '', usageNote: '' }],
    expectedModifiedAt: concept.modifiedAt
  }
}
