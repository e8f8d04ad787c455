/**
 * General-English reference frequencies, passed in by the caller (core cannot read files).
 * The shipped table is resources/mining/en-word-freq.tsv: `word<TAB>count<TAB>pos<TAB>lemma`, with a
 * `#total<TAB>N` line; see resources/mining/README.md for its sources and licences.
 */

/** Packed lexicon entry: count in the reference corpus, part-of-speech code, lemma when it differs. */
export interface ReferenceEntry {
  count: number
  /** N noun, P proper, A adj, V verb, R adv, D det, I adposition, C conj, O pronoun, X aux, M number,
   *  T particle, U other; a trailing 'n' means "can also be a noun". */
  pos: string
  lemma?: string
}

export interface ReferenceFrequencies {
  /** Tokens in the reference corpus. */
  total: number
  /** Lower-cased word → entry. */
  words: Map<string, ReferenceEntry>
}

/** Parses the TSV text of the reference table. Unknown or malformed lines are skipped, never fatal. */
export function parseReferenceTsv(text: string): ReferenceFrequencies {
  const words = new Map<string, ReferenceEntry>()
  let total = 0
  for (const line of text.split('\n')) {
    if (!line) continue
    const cols = line.split('\t')
    if (cols[0] === '#total') {
      total = Number(cols[1]) || 0
      continue
    }
    if (line.startsWith('#') || cols.length < 3) continue
    const count = Number(cols[1])
    if (!Number.isFinite(count)) continue
    const entry: ReferenceEntry = { count, pos: cols[2] ?? 'U' }
    if (cols[3]) entry.lemma = cols[3].trim()
    words.set(cols[0], entry)
  }
  if (!total) for (const e of words.values()) total += e.count
  return { total, words }
}

/** Builds a table from plain counts (for tests and callers with their own lists). */
export function referenceFromCounts(counts: Record<string, number>, pos: Record<string, string> = {}):
  ReferenceFrequencies {
  const words = new Map<string, ReferenceEntry>()
  let total = 0
  for (const [w, c] of Object.entries(counts)) {
    words.set(w.toLowerCase(), { count: c, pos: pos[w] ?? 'N' })
    total += c
  }
  return { total, words }
}
