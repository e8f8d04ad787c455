/**
 * Files from other tools often carry no status. Rule (TBX and CSV alike): a term without a status is
 * `preferred` when it is the first term of its language and no term of that language is marked
 * preferred; otherwise `admitted`.
 */
import { canonicalLang } from './lang-tags'
import type { ExchangeTerm, TermStatus } from './model'

export function resolveStatuses(terms: Array<Omit<ExchangeTerm, 'status'> & { status?: TermStatus }>): ExchangeTerm[] {
  const hasPreferred = new Set<string>()
  for (const t of terms) if (t.status === 'preferred') hasPreferred.add(canonicalLang(t.lang))
  const seen = new Set<string>()
  return terms.map((t) => {
    const lang = canonicalLang(t.lang)
    const first = !seen.has(lang)
    seen.add(lang)
    if (t.status) return t as ExchangeTerm
    return { ...t, status: first && !hasPreferred.has(lang) ? 'preferred' : 'admitted' }
  })
}

/** Appends a value to a multi-valued extra map, creating it on demand. */
export function addExtra(target: { extra?: Record<string, string[]> }, key: string, value: string): void {
  const extra = (target.extra ??= {})
  const list = extra[key]
  if (list) list.push(value)
  else extra[key] = [value]
}
