/**
 * Mergeable corpus statistics. Each document (or any chunk of documents) is mined into a CorpusStats;
 * stats of disjoint chunks merge by addition, so a worker pool can split the corpus, and a re-mine after
 * adding documents only needs the new documents' stats merged into the cached ones (removing a document
 * means re-mining it and subtracting, or re-merging the cached per-document stats without it).
 */
import type { MinedOccurrence } from './types'

export interface CandidateStat {
  key: string
  /** Words in the key. */
  n: number
  /** 0 noun phrase; 1 chain holding a preposition or conjunction ("strength in science and technology");
   *  2 lone adjective ("aerodynamic"). */
  kind: 0 | 1 | 2
  freq: number
  docs: number
  /** Document id last counted, so a document counts once (valid within one chunk). */
  lastDoc: number
  /** Surface form → count. */
  surfaces: Map<string, number>
  /** Occurrences where the candidate is the whole phrase found (not a fragment of a longer one): the
   *  C-value idea of "occurs independently", counted directly instead of estimated from parents. */
  standalone: number
  /** Occurrences written with capitals where capitals are informative (names). */
  capitalised: number
  occurrences: MinedOccurrence[]
}

export interface CorpusStats {
  words: number
  documents: number
  /** Lower-cased word → corpus count, for termhood. */
  wordFreq: Map<string, number>
  candidates: Map<string, CandidateStat>
  /** Acronym → expansion → count, from explicit "(ACR)" definitions. */
  definitions: Map<string, Map<string, number>>
}

export function emptyStats(): CorpusStats {
  return { words: 0, documents: 0, wordFreq: new Map(), candidates: new Map(), definitions: new Map() }
}

/** Adds `src` into `dst` (chunks must hold disjoint documents). Returns dst. */
export function mergeStats(dst: CorpusStats, src: CorpusStats, maxOccurrences = 50): CorpusStats {
  dst.words += src.words
  dst.documents += src.documents
  for (const [w, c] of src.wordFreq) dst.wordFreq.set(w, (dst.wordFreq.get(w) ?? 0) + c)
  for (const [k, s] of src.candidates) {
    const d = dst.candidates.get(k)
    if (!d) {
      dst.candidates.set(k, { ...s, surfaces: new Map(s.surfaces), occurrences: s.occurrences.slice() })
      continue
    }
    d.freq += s.freq
    d.docs += s.docs
    d.capitalised += s.capitalised
    d.standalone += s.standalone
    d.lastDoc = -1
    for (const [f, c] of s.surfaces) d.surfaces.set(f, (d.surfaces.get(f) ?? 0) + c)
    for (const o of s.occurrences) {
      if (d.occurrences.length >= maxOccurrences) break
      d.occurrences.push(o)
    }
  }
  for (const [a, m] of src.definitions) {
    let d = dst.definitions.get(a)
    if (!d) dst.definitions.set(a, (d = new Map()))
    for (const [e, c] of m) d.set(e, (d.get(e) ?? 0) + c)
  }
  return dst
}
