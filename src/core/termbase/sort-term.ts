/**
 * A concept's sort key in the term base list (the `concepts.sort_term` column, migration 004): its first
 * English term by ordinal, else its first term, lower-cased the way SQLite's built-in lower() does (ASCII
 * letters only), so a key computed here equals the one the database's triggers compute.
 */
export function sortTermOf(terms: readonly { lang: string; text: string }[]): string {
  const first = terms.find((t) => isEnglish(t.lang)) ?? terms[0]
  return first ? asciiLower(first.text) : ''
}

/** As the SQL says it: `lang = 'en' OR lang LIKE 'en-%'` (LIKE ignores ASCII case). */
function isEnglish(lang: string): boolean {
  return lang === 'en' || lang.slice(0, 3).toLowerCase() === 'en-'
}

function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s
}
