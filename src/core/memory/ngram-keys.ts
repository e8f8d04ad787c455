/**
 * Keys of the fuzzy-match index, and the safe filter that lets a lookup read a few posting lists
 * instead of scanning the memory.
 *
 * A unit is indexed under the distinct bigrams of its folded match tokens (English: word/punctuation
 * bigrams "quality development"; Chinese: character bigrams 新质). A segment shorter than two tokens
 * gets its single folded token as key.
 *
 * Why the filter is safe (q-gram lemma, adapted to matchScore's costs): a unit b with
 * matchScore(a, b) >= min has weighted distance d <= (1 - min/100) * max(|a|, |b|). Only full-cost
 * edits (substitution, insertion, deletion, cost 1 each) can change a folded token; light edits (case,
 * width) keep every key. A substitution or deletion destroys at most q of a's q-gram windows, an
 * insertion at most q - 1. maxDestroyedWindows() takes the worst integer mix of edits the budget
 * allows, so b still contains at least `distinct keys of a - that number` of a's keys. Whitespace caps
 * and flooring only ever lower a score, never raise it, so they cannot break the bound.
 */
import { type MatchLang, tokenizeWithOffsets } from './match-tokens'
import { tokenId } from './token-distance'

export const KEY_Q = 2

export interface SegmentKeys {
  /** Distinct keys, in first-occurrence order. */
  keys: string[]
  /** Number of match tokens (words + punctuation, or characters): the unit "length" for filtering. */
  tokenCount: number
}

export interface LookupPlan {
  /** Keys to read, rarest first. */
  keys: string[]
  /** A unit must appear in at least this many of `keys`' posting lists to be a candidate. */
  minOverlap: number
  /** Candidates must share at least this many of all the query's keys (a cheap second filter). */
  minSharedKeys: number
  /** Token counts outside this inclusive range cannot reach min (each length unit costs one edit). */
  lengthRange: [number, number]
  /**
   * False when the query is too short for the bound to say anything (for instance a two-word query
   * at min 50): the lookup may then miss matches, and a caller wanting completeness should scan units
   * whose length is inside lengthRange.
   */
  complete: boolean
}

export interface PlanOptions {
  /** Lowest score wanted, 0..100; default 70. */
  min?: number
  /**
   * Soft budget of posting lists to read. The plan always reads at least the rarest
   * `keys - minSharedKeys + 1` (fewer could miss a match); a larger budget adds the next rarest keys,
   * raising minOverlap so fewer candidates need verifying. Default 64, i.e. usually every key: counting
   * a posting costs nanoseconds, verifying a candidate tens of microseconds (measured at 200k units:
   * 16 keys -> 50 units verified per query, 64 -> 2). maxKeys 0 gives just the required keys, for a
   * two-phase lookup that checks the other keys only for the candidates found (NgramIndex.lookup).
   */
  maxKeys?: number
}

const SEP: Record<MatchLang, string> = { en: ' ', zh: '' }

export interface SegmentEntry extends SegmentKeys {
  /** tokenId() of each folded match token, in order: what a lookup bounds scores with (token-distance.ts). */
  tokenIds: Int32Array
}

/** Keys and folded-token ids of a segment, from one tokenization (index builds tokenize once). */
export function segmentEntry(text: string, lang: MatchLang): SegmentEntry {
  const folds = tokenizeWithOffsets(text, lang).map((t) => t.fold)
  const tokenIds = new Int32Array(folds.length)
  for (let i = 0; i < folds.length; i++) tokenIds[i] = tokenId(folds[i])
  return { ...keysOfFolds(folds, lang), tokenIds }
}

export function segmentKeys(text: string, lang: MatchLang): SegmentKeys {
  return keysOfFolds(
    tokenizeWithOffsets(text, lang).map((t) => t.fold),
    lang
  )
}

function keysOfFolds(folds: string[], lang: MatchLang): SegmentKeys {
  const sep = SEP[lang]
  const keys = new Set<string>()
  if (folds.length < KEY_Q) {
    if (folds.length === 1) keys.add(folds[0])
  } else {
    for (let i = 0; i + KEY_Q <= folds.length; i++) keys.add(folds.slice(i, i + KEY_Q).join(sep))
  }
  return { keys: [...keys], tokenCount: folds.length }
}

/**
 * Most q-gram windows of a segment of `n` tokens that edits within the min% budget can destroy,
 * whatever the other segment's length.
 */
export function maxDestroyedWindows(n: number, min: number, q = KEY_Q): number {
  const m = min / 100
  const slack = 1 - m
  const eps = 1e-9
  const windows = Math.max(0, n - q + 1)
  if (m <= 0) return windows
  const maxIns = Math.floor((slack / m) * n + eps)
  let worst = 0
  for (let ins = 0; ins <= maxIns; ins++) {
    for (let del = 0; del <= n; del++) {
      const budget = slack * Math.max(n, n + ins - del) + eps
      const subs = Math.min(n - del, Math.floor(budget - ins - del))
      if (subs < 0) break
      worst = Math.max(worst, q * (subs + del) + (q - 1) * ins)
    }
  }
  return Math.min(windows, worst)
}

/** Inclusive range of token counts a unit needs to score >= min against a segment of n tokens. */
export function lengthRange(n: number, min: number): [number, number] {
  const m = min / 100
  if (m <= 0) return [0, Number.MAX_SAFE_INTEGER]
  return [Math.ceil(n * m - 1e-9), Math.floor(n / m + 1e-9)]
}

/** Least number of the query's distinct keys a unit scoring >= min must contain (may be <= 0). */
export function minSharedKeys(query: SegmentKeys, min: number): number {
  if (query.tokenCount < KEY_Q) {
    // One token: at min > 50 a match must be that token up to case/width, so it shares the key.
    return query.tokenCount === 1 && min > 50 ? 1 : 0
  }
  return query.keys.length - maxDestroyedWindows(query.tokenCount, min)
}

/**
 * Choose which posting lists to read for a query. `df` gives each key's document frequency (how many
 * units hold it); keys with df 0 are still read, as they cost nothing.
 */
export function planLookup(query: SegmentKeys, df: (key: string) => number, options: PlanOptions = {}): LookupPlan {
  const min = options.min ?? 70
  const maxKeys = options.maxKeys ?? 64
  const shared = minSharedKeys(query, min)
  const range = lengthRange(query.tokenCount, min)
  const k = query.keys.length
  const sorted = query.keys
    .map((key, i) => ({ key, df: df(key), i }))
    .sort((x, y) => x.df - y.df || x.i - y.i)
    .map((x) => x.key)
  if (shared <= 0) {
    return { keys: sorted, minOverlap: 1, minSharedKeys: 1, lengthRange: range, complete: false }
  }
  const needed = k - shared + 1
  const n = Math.min(k, Math.max(needed, maxKeys))
  return {
    keys: sorted.slice(0, n),
    minOverlap: shared - (k - n),
    minSharedKeys: shared,
    lengthRange: range,
    complete: true
  }
}
