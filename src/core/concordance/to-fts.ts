/**
 * Structured query → a SAFE FTS5 MATCH expression. Every token is a double-quoted string (inner
 * quotes doubled), so no user text can become an FTS operator; `*` appears only after a closing
 * quote as a prefix marker. FTS is a prefilter: verify-match.ts decides what really matches.
 */
import { hanQueryTokens } from './bigrams'
import type { ParsedQuery, QueryTerm } from './parse-query'

/**
 * Main-side hook: the index terms matching a wildcard pattern (via fts5vocab); null when there
 * are too many to list (then the literal prefix, if any, is used, else the term is unconstrained).
 */
export type ExpandPattern = (term: Extract<QueryTerm, { kind: 'word' }>) => string[] | null

export const MAX_EXPANSIONS = 200

export function quoteFts(token: string): string {
  return '"' + token.replace(/"/g, '""') + '"'
}

/**
 * Returns the MATCH expression, or null when no term can constrain the search (then the caller
 * scans within its filters), or '' when a term can match nothing (no hits).
 */
export function toFts(query: ParsedQuery, expand?: ExpandPattern): string | null {
  const parts: string[] = []
  if (query.regex) {
    // Regex literals are independent prefilters: each one alone, ANDed.
    for (const term of query.terms) {
      const expr = termExpr([term], expand)
      if (expr === '') return ''
      if (expr) parts.push(expr)
    }
    return parts.length ? parts.join(' AND ') : null
  }
  // Standalone `*` splits the phrase into sub-phrases that must all occur (order verified later).
  let group: QueryTerm[] = []
  const groups: QueryTerm[][] = []
  for (const t of query.terms) {
    if (t.kind === 'any') {
      if (group.length) groups.push(group)
      group = []
    } else group.push(t)
  }
  if (group.length) groups.push(group)
  for (const g of groups) {
    const expr = termExpr(g, expand)
    if (expr === '') return ''
    if (expr) parts.push(expr)
  }
  return parts.length ? parts.join(' AND ') : null
}

type Alt = string[] // one FTS phrase as its quoted tokens, the last possibly suffixed by *

/** A phrase of terms → FTS expression; lemma forms and wildcard expansions become ORs of phrases. */
function termExpr(terms: QueryTerm[], expand?: ExpandPattern): string | null {
  let phrases: Alt[] = [[]]
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]
    const closed = i < terms.length - 1
    let options: Alt[]
    if (t.kind === 'han') {
      const { tokens, lastIsPrefix } = hanQueryTokens(t.norm, closed)
      options = [tokens.map((tok, k) => quoteFts(tok) + (lastIsPrefix && k === tokens.length - 1 ? '*' : ''))]
    } else if (t.kind === 'word') {
      if (t.forms) options = t.forms.map((f) => [quoteFts(f)])
      else if (!t.pattern) options = [[quoteFts(t.norm)]]
      else if (expand) {
        // Even a plain prefix ("develop*") is expanded when it can be: FTS5 answers a prefix query
        // by merging every matching doclist up front, an OR of terms lazily, in rowid order.
        const terms = expand(t)
        if (terms && terms.length === 0) return ''
        if (terms) options = terms.map((x) => [quoteFts(x)])
        else options = t.prefix ? [[quoteFts(t.prefix) + '*']] : []
      } else if (t.prefix) options = [[quoteFts(t.prefix) + '*']]
      else options = []
    } else continue
    if (options.length === 0) {
      // This term cannot be expressed: close the phrase so far, start a new one after it.
      phrases = phrases.map((p) => [...p, '|'])
      continue
    }
    // A prefix token must end its phrase in FTS5, so a following term starts a new phrase.
    const next: Alt[] = []
    for (const p of phrases) for (const o of options) next.push([...p, ...o])
    phrases = next.length > 64 ? collapse(phrases, options) : next
  }
  const exprs = phrases.map(phraseExpr).filter((e) => e !== '')
  if (exprs.length === 0) return null
  return exprs.length === 1 ? exprs[0] : '(' + exprs.join(' OR ') + ')'
}

/** Too many combinations: AND the phrase so far with an OR of the options. */
function collapse(phrases: Alt[], options: Alt[]): Alt[] {
  const left = '(' + phrases.map(phraseExpr).filter(Boolean).join(' OR ') + ')'
  const right = '(' + options.map(phraseExpr).join(' OR ') + ')'
  return [[`${left} AND ${right}`, '|']]
}

/** Quoted tokens → `"a" + "b" + "c"*`; '|' breaks a phrase; prefix tokens end a phrase. */
function phraseExpr(tokens: string[]): string {
  const segments: string[][] = [[]]
  for (const tok of tokens) {
    if (tok === '|') {
      segments.push([])
      continue
    }
    if (tok.startsWith('(')) {
      segments.push([tok], [])
      continue
    }
    segments[segments.length - 1].push(tok)
    if (tok.endsWith('*')) segments.push([])
  }
  const parts = segments.filter((s) => s.length).map((s) => (s.length === 1 ? s[0] : s.join(' + ')))
  return parts.length <= 1 ? (parts[0] ?? '') : parts.join(' AND ')
}
