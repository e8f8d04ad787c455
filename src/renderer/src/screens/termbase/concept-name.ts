import { langGroup } from './draft'

/**
 * The name a translator knows a concept by: its first English term. Null when it has none, so the
 * caller falls back to the concept's number.
 */
export function conceptName(terms: readonly { lang: string; text: string }[]): string | null {
  const english = terms.find((term) => langGroup(term.lang) === 'en' && term.text.trim() !== '')
  return english ? english.text.trim() : null
}

/**
 * The editor's heading (#15 §3): the head term — the preferred English term, else the first English one,
 * else the first Chinese one; null for a concept without terms.
 */
export function headTerm(terms: readonly { lang: string; text: string; status?: string }[]): string | null {
  const filled = terms.filter((term) => term.text.trim() !== '')
  const english = filled.filter((term) => langGroup(term.lang) === 'en')
  const head = english.find((term) => term.status === 'preferred') ?? english[0] ?? filled[0]
  return head ? head.text.trim() : null
}
