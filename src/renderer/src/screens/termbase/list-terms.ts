import type { TermStatus } from '../../../../shared/models'
import { statusRank } from '../../../../shared/vocabulary'

export interface ListTerm {
  text: string
  status: TermStatus
}

/**
 * A concept's terms in one language as the list line shows them: the ones to use first (preferred, then
 * admitted), then those to avoid, each group in the entry's own order. A scanning translator reads the
 * rendering to use first and never takes a forbidden one for it.
 */
export function listTerms(texts: readonly string[], statuses: readonly TermStatus[] | undefined): ListTerm[] {
  return texts
    .map((text, index) => {
      const status = statuses?.[index] ?? 'preferred'
      return { text, status, index }
    })
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.index - b.index)
    .map(({ text, status }) => ({ text, status }))
}
