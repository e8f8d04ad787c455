/**
 * The form under which two terms count as the same for duplicate checks and merging:
 * Unicode-compatible (full-width letters fold), case-insensitive, hyphens and dashes as spaces,
 * curly apostrophes straight, white space collapsed. "High-quality  development" and
 * "high quality development" share one form; Chinese is compared as written.
 */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Why a term's text is not acceptable: an English message and a key the UI translates. */
export interface TermProblem {
  key: 'term.empty' | 'term.tooLong' | 'term.noLetter'
  message: string
  params: Record<string, number>
}

export function checkTerm(text: string): TermProblem | null {
  const t = text.trim()
  if (!t) return { key: 'term.empty', message: 'A term cannot be empty', params: {} }
  if (t.length > 500) {
    return {
      key: 'term.tooLong',
      message: `A term is at most 500 characters (this one has ${t.length})`,
      params: { length: t.length }
    }
  }
  if (!/[\p{L}\p{N}]/u.test(t)) {
    return { key: 'term.noLetter', message: 'A term needs at least one letter or digit', params: {} }
  }
  return null
}

/** Checks a term's text; returns a reason when it is not acceptable. */
export function termProblem(text: string): string | null {
  return checkTerm(text)?.message ?? null
}
