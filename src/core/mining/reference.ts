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
  /** Optional written-English counts (per `writtenTotal` tokens), word → count. Spoken English (subtitles)
   *  alone makes ordinary written words ("equation", "figure", "version") look specialised; termhood
   *  compares the corpus with the mean of both registers when this is present. */
  written?: Map<string, number>
  writtenTotal?: number
  /** Noun lemma → its inflected forms in the table ("cable" → ["cables"]): the miner keys a head noun by
   *  its singular and counts its plural tokens toward it, so the reference must count both too. */
  nounForms?: Map<string, string[]>
}

/** A word's general-English frequency per million tokens: the mean of the spoken and written references
 *  (a mixed-register corpus), or the spoken one alone when no written counts are loaded. */
export function referenceFpm(ref: ReferenceFrequencies | null | undefined, w: string): number {
  if (!ref) return 0
  let sc = ref.words.get(w)?.count ?? 0
  let wc = ref.written?.get(w) ?? 0
  const forms = ref.nounForms?.get(w)
  if (forms) {
    for (const f of forms) {
      sc += ref.words.get(f)?.count ?? 0
      wc += ref.written?.get(f) ?? 0
    }
  }
  const spoken = ref.total ? (sc / ref.total) * 1e6 : 0
  if (!ref.written || !ref.writtenTotal) return spoken
  const written = (wc / ref.writtenTotal) * 1e6
  return MIX_SPOKEN * spoken + (1 - MIX_SPOKEN) * written
}

/** Weight of the spoken reference in the mixture: terminology lives in written text, so the mixture
 *  leans to the written register while keeping the spoken one for everyday words. */
const MIX_SPOKEN = 0.3

/** Parses the TSV text of the reference table. Unknown or malformed lines are skipped, never fatal. */
export function parseReferenceTsv(text: string): ReferenceFrequencies {
  const words = new Map<string, ReferenceEntry>()
  const written = new Map<string, number>()
  let total = 0
  let writtenTotal = 0
  for (const line of text.split('\n')) {
    if (!line) continue
    const cols = line.split('\t')
    if (cols[0] === '#total') {
      total = Number(cols[1]) || 0
      continue
    }
    if (cols[0] === '#written_total') {
      writtenTotal = Number(cols[1]) || 0
      continue
    }
    if (line.startsWith('#') || cols.length < 3) continue
    const wc = cols[4] ? Number(cols[4]) : 0
    if (wc > 0 && Number.isFinite(wc)) written.set(cols[0], wc)
    // '-': a written-only row (frequency, no tag): kept out of the lexicon the tagger reads.
    if (cols[2] === '-') continue
    const count = Number(cols[1])
    if (!Number.isFinite(count)) continue
    const entry: ReferenceEntry = { count, pos: cols[2] ?? 'U' }
    if (cols[3]) entry.lemma = cols[3].trim()
    words.set(cols[0], entry)
  }
  if (!total) for (const e of words.values()) total += e.count
  const out: ReferenceFrequencies = { total, words, nounForms: nounFormsOf(words) }
  if (written.size && writtenTotal > 0) {
    out.written = written
    out.writtenTotal = writtenTotal
  }
  return out
}

/** Inflected noun forms per lemma, as lemmatize.singular() maps them (same prefix guard). */
export function nounFormsOf(words: Map<string, ReferenceEntry>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [w, e] of words) {
    if (e.pos[0] !== 'N' || !e.lemma || e.lemma === w || !w.startsWith(e.lemma.slice(0, 2))) continue
    const list = out.get(e.lemma)
    if (list) list.push(w)
    else out.set(e.lemma, [w])
  }
  return out
}

/** Builds a table from plain counts (for tests and callers with their own lists). */
export function referenceFromCounts(
  counts: Record<string, number>,
  pos: Record<string, string> = {}
): ReferenceFrequencies {
  const words = new Map<string, ReferenceEntry>()
  let total = 0
  for (const [w, c] of Object.entries(counts)) {
    words.set(w.toLowerCase(), { count: c, pos: pos[w] ?? 'N' })
    total += c
  }
  return { total, words }
}
