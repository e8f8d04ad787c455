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

/**
 * Window counts by folded word, and the form each word is written in: a name keeps its capitals (collocates
 * of "Xi" show "Jinping", not "jinping"). The form shown is the one written most often where case tells
 * something, i.e. not as the first word of a sentence (every word is capitalised there); a word seen only
 * there is shown as it was written there, ties going to the folded form.
 */
export class CollocateCounts {
  readonly counts = new Map<string, number>()
  /** Per word, the written forms other than the folded one, and how often each was seen. */
  private readonly forms = new Map<string, Map<string, number>>()
  /** Per word, how many occurrences voted on its form (all but sentence-initial ones, when there are any). */
  private readonly votes = new Map<string, number>()
  private readonly initialForms = new Map<string, string>()

  /** Counts one occurrence of `norm`, written `written`; `initial` = first word of its sentence. */
  add(norm: string, written: string, initial = false): void {
    this.counts.set(norm, (this.counts.get(norm) ?? 0) + 1)
    if (initial) {
      if (written !== norm && !this.initialForms.has(norm)) this.initialForms.set(norm, written)
      return
    }
    this.votes.set(norm, (this.votes.get(norm) ?? 0) + 1)
    if (written === norm) return
    let forms = this.forms.get(norm)
    if (!forms) this.forms.set(norm, (forms = new Map()))
    forms.set(written, (forms.get(written) ?? 0) + 1)
  }

  /** Removes the words `drop` says so of (the function-word filter). */
  dropWhere(drop: (norm: string) => boolean): void {
    for (const w of this.counts.keys()) if (drop(w)) this.counts.delete(w)
  }

  /** How the word is shown. */
  form(norm: string): string {
    const votes = this.votes.get(norm) ?? 0
    if (votes === 0) return this.initialForms.get(norm) ?? norm
    let best = norm
    let bestCount = votes
    const forms = this.forms.get(norm)
    if (forms) {
      for (const n of forms.values()) bestCount -= n
      for (const [written, n] of forms) {
        if (n > bestCount) {
          best = written
          bestCount = n
        }
      }
    }
    return best
  }
}

/**
 * Adds the word tokens within ±window tokens of the match [first, last] to counts, by folded form, with the
 * form written in `text` (the tokens' offsets are into it).
 */
export function addWindow(
  tokens: TextToken[],
  first: number,
  last: number,
  window: number,
  counts: CollocateCounts,
  text: string
): void {
  const from = Math.max(0, first - window)
  const to = Math.min(tokens.length - 1, last + window)
  let firstWord = 0
  while (firstWord < tokens.length && tokens[firstWord].kind !== 'word') firstWord++
  for (let i = from; i <= to; i++) {
    if (i >= first && i <= last) continue
    const t = tokens[i]
    if (t.kind !== 'word') continue
    counts.add(t.norm, text.slice(t.start, t.end), i === firstWord)
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
  /** How a (folded) word is shown; the word itself by default. */
  form?: (word: string) => string
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
      word: opts.form ? opts.form(word) : word,
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
