/**
 * Acronym ↔ expansion linking. Two sources: an explicit definition "China International Fair for Trade in
 * Services (CIFTIS)", and, for acronyms never defined, a candidate whose content-word initials spell the
 * acronym ("NPC" ↔ "National People's Congress").
 */

const SKIP = new Set(['of', 'for', 'in', 'and', 'the', 'on', 'to', 'a', 'an', '&', 'at', 'with', 'by'])

/** Initials of a phrase's words, with function words optional. Returns every possible initial string. */
export function initialsOf(words: string[]): Set<string> {
  let acc = new Set<string>([''])
  for (const w of words) {
    const clean = w.replace(/['\u2019]s$/i, '')
    const parts = clean.split(/[-\u2010\u2011]/).filter(Boolean)
    const letter = parts.map((p) => p[0].toUpperCase()).join('')
    const firstOnly = parts.length ? parts[0][0].toUpperCase() : ''
    const next = new Set<string>()
    for (const a of acc) {
      if (a.length > 12) continue
      next.add(a + letter)
      if (parts.length > 1) next.add(a + firstOnly)
      if (SKIP.has(clean.toLowerCase())) {
        next.add(a)
      }
    }
    acc = next
  }
  return acc
}

/** Does the acronym (letters only, upper-cased) match the phrase? */
export function acronymMatches(acronym: string, phrase: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase()
  if (letters.length < 2) return false
  const words = phrase.split(/\s+/).filter(Boolean)
  if (words.length < 2 || words.length > letters.length + 4) return false
  // The expansion must start with the acronym's first letter and hold mostly capitalised or content words.
  if (words[0][0].toUpperCase() !== letters[0]) return false
  return initialsOf(words).has(letters)
}

/**
 * Finds "Expansion (ACR)" definitions in a segment: walks back from the bracket over at most
 * letters+4 words and returns the shortest suffix whose initials spell the acronym.
 */
export function findDefinitions(text: string): { acronym: string; expansion: string }[] {
  const out: { acronym: string; expansion: string }[] = []
  const re = /\(\s*([A-Z][A-Za-z&]*[A-Z][A-Za-z]*s?)\s*\)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const acronym = m[1].replace(/s$/, '')
    const letters = acronym.replace(/[^A-Za-z]/g, '').length
    if (letters < 2 || letters > 10) continue
    const before = text.slice(Math.max(0, m.index - 200), m.index)
    const words = before.split(/\s+/).filter(Boolean)
    // Punctuation before the bracket ends the possible expansion.
    const cut = words.findLastIndex((w) => /[.,;:!?)]$/.test(w))
    const usable = cut >= 0 ? words.slice(cut + 1) : words
    for (let n = 2; n <= Math.min(usable.length, letters + 4); n++) {
      const phrase = usable.slice(usable.length - n).join(' ')
      if (acronymMatches(acronym, phrase)) {
        out.push({ acronym, expansion: phrase.replace(/[^A-Za-z0-9'\u2019&\s-]/g, '') })
        break
      }
    }
  }
  return out
}
