/**
 * Exact match offsets of a parsed query inside one candidate segment. FTS only prefilters (it
 * ignores case and word order inside AND groups, and wildcards/lemmas are approximated); this is
 * where phrase order, case, wildcards and lemma forms are decided, on the same token model the
 * index uses (tokens.ts), so FTS never drops a segment this function would accept.
 */
import type { ParsedQuery, QueryTerm } from './parse-query'
import { MAX_REGEX_SUBJECT } from './regex-safety'
import { scanTokens, type TextToken } from './tokens'

export interface MatchSpan {
  start: number
  end: number
}

/** All non-overlapping matches, left to right. Regex queries: see regexMatches. */
export function findMatches(text: string, query: ParsedQuery, tokens?: TextToken[]): MatchSpan[] {
  if (query.regex) return regexMatches(text, query.regex)
  const toks = tokens ?? scanTokens(text, { matchCase: query.matchCase })
  const out: MatchSpan[] = []
  const formSets = query.terms.map((t) => (t.kind === 'word' && t.forms ? new Set(t.forms) : null))
  for (let i = 0; i < toks.length;) {
    const end = matchAt(toks, i, query.terms, formSets)
    if (end > i) {
      out.push({ start: toks[i].start, end: toks[end - 1].end })
      i = end
    } else i++
  }
  return out
}

/**
 * Case-sensitive queries: literal words the raw text must contain, or null when there are none.
 * FTS ignores case, so most candidates of "China" say "china"; testing `includes` on the raw text
 * rejects them without tokenizing. Sound because matchCase folding only changes Han characters.
 */
export function requiredLiterals(query: ParsedQuery): string[] | null {
  if (!query.matchCase || query.regex) return null
  const out: string[] = []
  for (const t of query.terms) if (t.kind === 'word' && !t.pattern && !t.forms) out.push(t.norm)
  return out.length ? out : null
}

/** Index after the last token of a match starting at token i, or i when none. */
function matchAt(toks: TextToken[], i: number, terms: QueryTerm[], forms: (Set<string> | null)[]): number {
  let j = i
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]
    const tok = toks[j]
    if (!tok) return i
    if (t.kind === 'any') {
      j++
    } else if (t.kind === 'word') {
      if (tok.kind !== 'word') return i
      const set = forms[k]
      const ok = set ? set.has(tok.norm.toLowerCase()) : t.pattern ? t.pattern.test(tok.norm) : tok.norm === t.norm
      if (!ok) return i
      j++
    } else {
      // Han run: consecutive, adjacent Han tokens (no space in between), character by character.
      let pos = 0
      for (const ch of t.norm) {
        const h = toks[j]
        if (!h || h.kind !== 'han' || h.norm !== ch) return i
        if (pos > 0 && toks[j - 1].end !== h.start) return i
        pos++
        j++
      }
    }
  }
  return j
}

/** Matches of a user regex (already checked by regex-safety.ts), on a length-capped subject. */
export function regexMatches(text: string, regex: RegExp): MatchSpan[] {
  const subject = text.length > MAX_REGEX_SUBJECT ? text.slice(0, MAX_REGEX_SUBJECT) : text
  const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g')
  const out: MatchSpan[] = []
  for (let m = re.exec(subject); m; m = re.exec(subject)) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}
