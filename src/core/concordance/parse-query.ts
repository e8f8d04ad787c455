/**
 * Query string + options → a structured concordance query. Everything the user types is text:
 * FTS5 operators (AND, OR, NEAR, quotes, ^, column:) carry no meaning here; only `*` is special
 * (a wildcard inside a word, or a whole word of its own: "the * of").
 */
import { hasHan } from '../../shared/script'
import type { Lang } from '../../shared/vocabulary'
import { inflectedForms } from './english-forms'
import { foldText, isHan } from './fold'
import { QueryError } from './query-error'
import { checkRegex } from './regex-safety'

export { QueryError, type QueryErrorCode } from './query-error'

export const MAX_QUERY_CHARS = 500
export const MAX_QUERY_TERMS = 32

export type QueryTerm =
  /** A word; `pattern` set when it holds `*` (e.g. "develop*", "*ment", "de*ment"). */
  | {
      kind: 'word'
      text: string
      norm: string
      pattern: RegExp | null
      prefix: string
      forms: string[] | null
    }
  /** A run of Han characters: matched as a substring (no word boundaries in Chinese). */
  | { kind: 'han'; text: string; norm: string }
  /** A standalone `*`: exactly one word (or one Han character) of any kind. */
  | { kind: 'any' }

import type { QueryOptions } from '../../shared/api/concordance'
export type { QueryOptions }

export interface ParsedQuery {
  raw: string
  terms: QueryTerm[]
  /** 'zh' when the query holds Han characters, else 'en' (a hint for the UI and for collocates). */
  lang: Lang
  matchCase: boolean
  lemma: boolean
  regex: RegExp | null
}

const PIECE_RE = /[\p{L}\p{N}\p{M}*]+/gu

export function parseQuery(raw: string, opts: QueryOptions = {}): ParsedQuery {
  const matchCase = Boolean(opts.matchCase)
  const lemma = Boolean(opts.lemma)
  if (raw.trim() === '') {
    throw new QueryError('empty', 'Type a word, a phrase or Chinese characters to search for.')
  }
  if (raw.length > MAX_QUERY_CHARS) {
    throw new QueryError(
      'too-long',
      `The query is ${raw.length} characters long; the limit is ${MAX_QUERY_CHARS}. ` + 'Search for a shorter phrase.'
    )
  }
  if (opts.regex) {
    const regex = checkRegex(raw, matchCase)
    return { raw, terms: literalTermsOfRegex(raw), lang: hasHan(raw) ? 'zh' : 'en', matchCase, lemma, regex }
  }
  const terms = termsOf(raw, matchCase, lemma)
  if (terms.every((t) => t.kind === 'any')) {
    throw new QueryError('no-terms', 'The query has no letters, digits or Chinese characters to search for.')
  }
  if (terms.length > MAX_QUERY_TERMS) {
    const message = `The query has ${terms.length} words; the limit is ${MAX_QUERY_TERMS}.`
    throw new QueryError('too-many-terms', message)
  }
  return { raw, terms, lang: hasHan(raw) ? 'zh' : 'en', matchCase, lemma, regex: null }
}

function termsOf(raw: string, matchCase: boolean, lemma: boolean): QueryTerm[] {
  const folded = foldText(raw, { matchCase })
  const terms: QueryTerm[] = []
  PIECE_RE.lastIndex = 0
  for (let m = PIECE_RE.exec(folded); m; m = PIECE_RE.exec(folded)) {
    // Split a piece into Han runs and Latin/digit runs: "5G网络" → "5G", "网络".
    let buf = ''
    let bufHan = false
    let pos = m.index
    const flush = (end: number): void => {
      if (buf) terms.push(makeTerm(buf, raw.slice(end - buf.length, end), bufHan, lemma))
      buf = ''
    }
    for (const ch of m[0]) {
      const han = isHan(ch)
      if (buf && han !== bufHan) flush(pos)
      bufHan = han
      buf += ch
      pos += ch.length
    }
    flush(pos)
  }
  return terms
}

function makeTerm(norm: string, text: string, han: boolean, lemma: boolean): QueryTerm {
  if (han) return { kind: 'han', text, norm }
  if (/^\*+$/.test(norm)) return { kind: 'any' }
  if (norm.includes('*')) {
    const body = norm.split('*').map(escapeRegex).join('[\\p{L}\\p{N}\\p{M}]*')
    const prefix = norm.slice(0, norm.indexOf('*'))
    return { kind: 'word', text, norm, pattern: new RegExp(`^${body}$`, 'u'), prefix, forms: null }
  }
  return { kind: 'word', text, norm, pattern: null, prefix: norm, forms: lemma ? inflectedForms(norm) : null }
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * Literal words a regex match must contain, usable as an FTS prefilter. Conservative: only
 * top-level literal runs of a pattern without top-level alternation, bounded by \b or a non-word
 * literal on the left (so the run starts a token) — anything else yields no terms (= scan).
 */
function literalTermsOfRegex(src: string): QueryTerm[] {
  const runs: string[] = []
  let depth = 0
  let run = ''
  let runStartsToken = true
  let prevWasBoundary = true
  const end = (): void => {
    if (run && runStartsToken) runs.push(run)
    run = ''
  }
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (ch === '\\') {
      end()
      prevWasBoundary = src[i + 1] === 'b' || src[i + 1] === 's' || src[i + 1] === 'W'
      i++
      continue
    }
    if (ch === '(' || ch === '[') {
      end()
      depth++
      // Skip to the matching close; classes and groups are not mined for literals.
      let d = 1
      while (d > 0 && ++i < src.length) {
        if (src[i] === '\\') i++
        else if (src[i] === '(' || src[i] === '[') d++
        else if (src[i] === ')' || src[i] === ']') d--
      }
      depth--
      prevWasBoundary = false
      continue
    }
    if (ch === '|') return []
    if ('?*{'.includes(ch)) {
      // The last literal character is optional: drop it from the run.
      run = run.slice(0, -1)
      end()
      prevWasBoundary = false
      continue
    }
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (!run) runStartsToken = prevWasBoundary || isHan(ch)
      run += ch
      continue
    }
    end()
    prevWasBoundary = ch === '^' || ch === ' ' || (!'.+$'.includes(ch) && !/[\p{L}\p{N}]/u.test(ch))
  }
  end()
  const terms: QueryTerm[] = []
  for (const r of runs) {
    for (const t of termsOf(r, false, false)) {
      // A Latin run may continue past what we saw ("develop" in "develop\w+"): use it as a prefix.
      if (t.kind === 'word') terms.push({ ...t, norm: t.norm + '*', pattern: /^/u, prefix: t.norm })
      else terms.push(t)
    }
  }
  return depth === 0 ? terms : []
}
