import { langGroup } from './draft'

/**
 * The name a translator knows a concept by: its first English term. Null when it has none, so the
 * caller falls back to the concept's number.
 */
export function conceptName(terms: readonly { lang: string; text: string }[]): string | null {
  const english = terms.find((term) => langGroup(term.lang) === 'en' && term.text.trim() !== '')
  return english ? english.text.trim() : null
}
