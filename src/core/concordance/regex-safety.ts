/**
 * User regular expressions, made safe to run. JavaScript regexes cannot be interrupted, so a
 * pattern with catastrophic backtracking would freeze the search for minutes on one segment.
 * We therefore (1) cap the pattern length, (2) reject the constructs that cause exponential
 * backtracking — a quantified group that itself contains a quantifier or an alternation
 * ("(a+)+", "(\w*)*", "(a|aa)+"), and back-references — and (3) the caller runs the regex only
 * over FTS-prefiltered candidates of bounded length, checking a time budget between segments.
 * What remains is at worst polynomial on one ≤ MAX_REGEX_SUBJECT-char segment.
 */
import { QueryError } from './query-error'

export const MAX_REGEX_CHARS = 200
/** Segments longer than this are searched only in their first MAX_REGEX_SUBJECT characters. */
export const MAX_REGEX_SUBJECT = 4000

export function checkRegex(source: string, matchCase: boolean): RegExp {
  if (source.length > MAX_REGEX_CHARS) {
    throw new QueryError('too-long', `Regular expressions are limited to ${MAX_REGEX_CHARS} characters.`)
  }
  let regex: RegExp
  try {
    regex = new RegExp(source, matchCase ? 'gu' : 'giu')
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err)
    throw new QueryError('invalid-regex', `Not a valid regular expression: ${detail}`)
  }
  const problem = unsafeConstruct(source)
  if (problem) {
    throw new QueryError('unsafe-regex', `This regular expression could run for ever (${problem}).`)
  }
  if (regex.test('')) {
    const message = 'The regular expression matches empty text; it would match everywhere.'
    throw new QueryError('invalid-regex', message)
  }
  return regex
}

/** A description of the first dangerous construct, or null. */
export function unsafeConstruct(src: string): string | null {
  if (/\\[1-9]|\\k</.test(src)) return 'back-references are not supported'
  // Walk groups with a stack; for each group remember whether it holds a quantifier or `|`.
  const stack: { quantified: boolean; alternation: boolean }[] = []
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') {
      inClass = true
      continue
    }
    const top = stack[stack.length - 1]
    if (ch === '(') {
      stack.push({ quantified: false, alternation: false })
    } else if (ch === '|') {
      if (top) top.alternation = true
    } else if (ch === ')') {
      const group = stack.pop()
      const next = src[i + 1]
      const quantifiedAfter = next === '*' || next === '+' || (next === '{' && /^\{\d*,/.test(src.slice(i + 1)))
      if (group && quantifiedAfter && (group.quantified || group.alternation)) {
        return group.quantified ? 'a repeated group contains a repetition' : 'a repeated group contains alternatives'
      }
      const parent = stack[stack.length - 1]
      if (parent && (quantifiedAfter || group?.quantified)) parent.quantified = true
    } else if (ch === '*' || ch === '+' || ch === '{') {
      if (top) top.quantified = true
    }
  }
  return null
}
