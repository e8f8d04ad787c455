/**
 * The term miner: pure, synchronous, chunkable. mineCorpus() = mineDocuments() → rankStats().
 * For a worker pool or incremental re-mining, call mineDocuments() per chunk, mergeStats() the parts
 * (see stats.ts), then rankStats().
 */
import { acronymMatches, initialsOf } from './acronyms'
import { type ExtractContext, extractSegment } from './candidates'
import type { ReferenceFrequencies } from './reference'
import { repeatedTexts } from './repeated-segments'
import { DEFAULT_SCORE_PARAMS, scoreAll, type ScoredCandidate } from './scoring'
import { type CorpusStats, emptyStats, keyOf, mergeStats, occurrencesOf, surfacesOf } from './stats'
import { type MinedCandidate, type MineOptions, type MineResult, MiningCancelled, type MiningDocument } from './types'

export type { ReferenceEntry, ReferenceFrequencies } from './reference'
export { parseReferenceTsv, referenceFromCounts } from './reference'
export type { CorpusStats } from './stats'
export { emptyStats, mergeStats, pruneStats } from './stats'
export type { Token } from './tokenize'
export { tokenize } from './tokenize'
export * from './types'

/**
 * Scores are normalised so that 1.0 is the miner's own cut-off: the raw score of the candidate at rank
 * CUTOFF_PER_SQRT_WORD × √(corpus words) (≈1,550 for a 50,000-word corpus, where that rank gave the best
 * F1 on annotated data; √ because vocabulary grows sublinearly with corpus size). limit = 0 returns exactly
 * the candidates scoring ≥ DEFAULT_THRESHOLD.
 */
export const DEFAULT_THRESHOLD = 1.0
export const CUTOFF_PER_SQRT_WORD = 7

/** Does the default threshold keep this candidate? `limit: 0` returns exactly the candidates it keeps. */
export function keepsCandidate(c: Pick<MinedCandidate, 'score'>): boolean {
  return c.score >= DEFAULT_THRESHOLD
}

const CHECK_EVERY = 64
const LETTER = /\p{L}/u

function countWordsRough(docs: MiningDocument[]): number {
  let chars = 0
  for (const d of docs) for (const s of d.segments) chars += s.text.length
  return chars
}

/** Mines documents into mergeable statistics. Progress is reported in characters. */
export function mineDocuments(
  docs: MiningDocument[],
  opts: MineOptions = {},
  progressBase = 0,
  progressTotal = countWordsRough(docs),
  into?: CorpusStats
): CorpusStats {
  // `into`: keep adding to one stats object (a worker mining chunk after chunk) instead of merging copies.
  const stats = into ?? emptyStats()
  const ctx: ExtractContext = {
    stats,
    ref: opts.reference,
    docId: 0,
    maxOccurrences: opts.maxOccurrences ?? 50,
    maxWords: opts.maxWords ?? 9
  }
  let done = progressBase
  let sinceCheck = 0
  for (const doc of docs) {
    ctx.docId = doc.id
    stats.documents++
    const repeats = repeatedTexts(doc.segments ?? [])
    // Repeated segment text → its word count, to count a repeat's words without mining them again.
    const seen = new Map<string, number>()
    for (const seg of doc.segments ?? []) {
      if (++sinceCheck >= CHECK_EVERY) {
        sinceCheck = 0
        if (opts.isCancelled?.()) throw new MiningCancelled()
        opts.onProgress?.(done, progressTotal)
      }
      const text = typeof seg.text === 'string' ? seg.text : ''
      done += text.length
      const repeat = repeats.has(text) ? seen.get(text) : undefined
      if (repeat !== undefined) {
        stats.words += repeat
        continue
      }
      const words = extractSegment(seg.id, text, ctx)
      if (repeats.has(text)) seen.set(text, words)
      stats.words += words
    }
    if (opts.isCancelled?.()) throw new MiningCancelled()
    opts.onProgress?.(done, progressTotal)
  }
  return stats
}

function toCandidate(stats: CorpusStats, s: ScoredCandidate, norm: number): MinedCandidate {
  const key = keyOf(stats, s.i)
  const variants = surfacesOf(stats, s.i)
  return {
    key,
    term: variants[0] ?? key,
    score: Math.round((s.score / norm) * 10000) / 10000,
    freq: stats.freq[s.i],
    docs: stats.docs[s.i],
    variants,
    kind: s.kind,
    occurrences: occurrencesOf(stats, s.i)
  }
}

/** Ranks merged statistics into the final candidate list. */
export function rankStats(stats: CorpusStats, opts: MineOptions = {}): MineResult {
  const warnings: string[] = []
  if (stats.words === 0) warnings.push('The corpus holds no words: nothing to mine.')
  const scored = scoreAll(stats, opts.reference, { ...DEFAULT_SCORE_PARAMS, ...opts.scoreParams })
  if (opts.isCancelled?.()) throw new MiningCancelled()
  const limit = opts.limit && opts.limit > 0 ? opts.limit : 0
  const kept: MinedCandidate[] = []
  const cutRank = Math.max(1, Math.round(CUTOFF_PER_SQRT_WORD * Math.sqrt(stats.words)))
  let positive = scored.length
  while (positive > 0 && scored[positive - 1].score <= 0) positive--
  const norm = positive ? scored[Math.min(cutRank, positive) - 1].score : 1
  for (const s of scored) {
    if (s.score <= 0) break
    if (limit ? kept.length >= limit : !keepsCandidate({ score: Math.round((s.score / norm) * 10000) / 10000 })) break
    kept.push(toCandidate(stats, s, norm))
  }
  linkAcronyms(kept, stats)
  if (stats.words > 0 && kept.length === 0) {
    warnings.push(
      stats.vocab.length > 0 && !stats.vocab.some((w) => LETTER.test(w))
        ? 'The corpus holds only numbers and symbols: there are no words to mine.'
        : stats.size === 0
          ? 'No noun phrases found: is the text English?'
          : 'No candidate reached the threshold: the corpus may be too small or not English.'
    )
  }
  return { candidates: kept, words: stats.words, documents: stats.documents, warnings }
}

/** Links acronym candidates to their expansions: explicit definitions first, then initials. */
function linkAcronyms(cands: MinedCandidate[], stats: CorpusStats): void {
  const acronyms = cands.filter((c) => c.term.length <= 10 && /^[A-Z][A-Za-z&]*[A-Z]s?$/.test(c.term))
  if (!acronyms.length) return
  const byKey = new Map(cands.map((c) => [c.key, c]))
  // Index capitalised multiword candidates by their possible initials, once.
  const byInitials = new Map<string, { term: string; freq: number }>()
  for (let i = 0; i < stats.size; i++) {
    const n = stats.n[i]
    const freq = stats.freq[i]
    if (n < 2 || n > 10 || stats.capitalised[i] < freq / 2) continue
    const form = surfacesOf(stats, i)[0]
    if (!form) continue
    for (const ini of initialsOf(form.split(' '))) {
      if (ini.length < 2) continue
      const prev = byInitials.get(ini)
      if (!prev || freq > prev.freq) byInitials.set(ini, { term: form, freq })
    }
  }
  for (const c of acronyms) {
    const letters = c.term
      .replace(/s$/, '')
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase()
    const defs = stats.definitions.get(c.term.replace(/s$/, ''))
    let expansion = defs ? [...defs.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined
    if (!expansion) {
      const hit = byInitials.get(letters)
      if (hit && acronymMatches(letters, hit.term)) expansion = hit.term
    }
    if (!expansion) continue
    c.expansion = expansion
    const target = byKey.get(expansion.toLowerCase().replace(/[-\u2010\u2011]/g, ' '))
    if (target) target.acronym = c.term
  }
}

/** Mines a corpus: candidates best first, cut at the default threshold (or at opts.limit). */
export function mineCorpus(docs: MiningDocument[], opts: MineOptions = {}): MineResult {
  const list = Array.isArray(docs) ? docs : []
  const stats = mineDocuments(list, opts)
  const res = rankStats(stats, opts)
  opts.onProgress?.(countWordsRough(list), countWordsRough(list))
  return res
}

export { mergeStats as mergeCorpusStats }
export type { ScoredCandidate }
export type { ReferenceFrequencies as MiningReference }
