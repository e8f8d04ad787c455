/**
 * Collocation statistics from counts. Node (x) = the search term, collocate (y) = a word seen in
 * the ±N window around its hits. logDice (Rychlý 2008) is corpus-size independent and stable for
 * rare words; MI (Church & Hanks 1990) favours rare, exclusive pairs. Both are shown; the user
 * picks the ranking.
 */
import type { TextToken } from './tokens'

/** 14 + log2(2·f(x,y) / (f(x) + f(y))); at most 14. */
export function logDice(fxy: number, fx: number, fy: number): number {
  if (fxy <= 0 || fx + fy <= 0) return -Infinity
  return 14 + Math.log2((2 * fxy) / (fx + fy))
}

/** log2(f(x,y)·N / (f(x)·f(y)·span)); span = window size, since y had `span` chances per hit. */
export function mutualInformation(fxy: number, fx: number, fy: number, corpusSize: number, span = 1): number {
  if (fxy <= 0 || fx <= 0 || fy <= 0 || corpusSize <= 0) return -Infinity
  return Math.log2((fxy * corpusSize) / (fx * fy * Math.max(1, span)))
}

/** Adds the folded word tokens within ±window tokens of the match [first, last] to counts. */
export function addWindow(
  tokens: TextToken[],
  first: number,
  last: number,
  window: number,
  counts: Map<string, number>
): void {
  const from = Math.max(0, first - window)
  const to = Math.min(tokens.length - 1, last + window)
  for (let i = from; i <= to; i++) {
    if (i >= first && i <= last) continue
    const t = tokens[i]
    if (t.kind !== 'word') continue
    counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1)
  }
}

import type { Collocate } from '../../shared/api/concordance'
export type { Collocate }

export interface RankOptions {
  minFreq?: number
  by?: 'logDice' | 'mi'
  limit?: number
  /** Window span (both sides), for MI. */
  span?: number
}

export function rankCollocates(
  counts: Map<string, number>,
  nodeFreq: number,
  corpusFreq: (word: string) => number,
  corpusSize: number,
  opts: RankOptions = {}
): Collocate[] {
  const minFreq = opts.minFreq ?? 3
  const out: Collocate[] = []
  for (const [word, freq] of counts) {
    if (freq < minFreq) continue
    // A collocate cannot be rarer in the corpus than in the windows (sampling, stale counts).
    const fy = Math.max(corpusFreq(word), freq)
    out.push({
      word,
      freq,
      corpusFreq: fy,
      logDice: logDice(freq, nodeFreq, fy),
      mi: mutualInformation(freq, nodeFreq, fy, corpusSize, opts.span ?? 1)
    })
  }
  const key = opts.by === 'mi' ? 'mi' : 'logDice'
  out.sort((a, b) => b[key] - a[key] || b.freq - a.freq || (a.word < b.word ? -1 : 1))
  return out.slice(0, opts.limit ?? 50)
}
