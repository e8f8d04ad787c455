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

/** Checks a term's text; returns a reason when it is not acceptable. */
export function termProblem(text: string): string | null {
  const t = text.trim()
  if (!t) return 'A term cannot be empty'
  if (t.length > 500) return `A term is at most 500 characters (this one has ${t.length})`
  if (!/[\p{L}\p{N}]/u.test(t)) return 'A term needs at least one letter or digit'
  return null
}
