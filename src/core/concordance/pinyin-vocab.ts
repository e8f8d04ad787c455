/**
 * Pinyin → the Chinese strings of the corpus that read that way, from the index vocabulary alone:
 * the distinct Han bigrams of the FTS index (with their instance counts) are filed under their
 * toneless syllable pairs once; a query of k syllables chains k-1 bigrams that overlap by one
 * character (新质 + 质生 + 生产 + 产力 → 新质生产力). A chain is a candidate, not a proof that the whole
 * string occurs: its count is an upper bound (the rarest bigram in it), the caller verifies.
 * Tones are checked per character when the query gives them.
 */
import type { PinyinSyllable } from './pinyin-query'
import { readingsOf, readsAs } from './pinyin-readings'

export interface VocabEntry {
  /** One Han character (the end of a run) or a bigram. */
  term: string
  /** Instances in the index. */
  count: number
}

export interface PinyinCandidate {
  text: string
  /** Upper bound of its occurrences (exact for one or two characters). */
  estimate: number
}

/** Chains kept while extending a query syllable by syllable, best estimates first. */
const MAX_CHAINS = 4000

export class PinyinVocab {
  private readonly bigrams: string[] = []
  private readonly counts: number[] = []
  /** "xin zhi" → indexes of bigrams readable that way. */
  private readonly byPair = new Map<string, number[]>()
  /** "xin" → characters readable that way, with their counts. */
  private readonly bySyllable = new Map<string, { ch: string; count: number }[]>()

  constructor(entries: Iterable<VocabEntry>) {
    const charCount = new Map<string, number>()
    for (const { term, count } of entries) {
      const chars = [...term]
      if (chars.length > 2 || chars.length === 0) continue
      // Every character starts exactly one token (bigrams.ts), so its count is the sum of the
      // counts of the tokens it starts.
      charCount.set(chars[0], (charCount.get(chars[0]) ?? 0) + count)
      if (chars.length !== 2) continue
      const a = readingsOf(chars[0])
      const b = readingsOf(chars[1])
      if (!a || !b) continue
      const index = this.bigrams.length
      this.bigrams.push(term)
      this.counts.push(count)
      for (const sa of a.syllables) {
        for (const sb of b.syllables) {
          const key = sa + ' ' + sb
          let list = this.byPair.get(key)
          if (!list) this.byPair.set(key, (list = []))
          list.push(index)
        }
      }
    }
    for (const [ch, count] of charCount) {
      for (const syl of readingsOf(ch)?.syllables ?? []) {
        let list = this.bySyllable.get(syl)
        if (!list) this.bySyllable.set(syl, (list = []))
        list.push({ ch, count })
      }
    }
    for (const list of this.bySyllable.values()) list.sort((x, y) => y.count - x.count)
  }

  /** Distinct bigrams filed (for reports). */
  get size(): number {
    return this.bigrams.length
  }

  /** Candidate strings for one syllable sequence, highest estimate first, at most `max`. */
  candidates(seq: readonly PinyinSyllable[], max: number): PinyinCandidate[] {
    if (seq.length === 0) return []
    if (seq.length === 1) {
      const list = this.bySyllable.get(seq[0].syl) ?? []
      return list
        .filter((c) => readsAs(c.ch, seq[0]))
        .slice(0, max)
        .map((c) => ({ text: c.ch, estimate: c.count }))
    }
    let chains: { text: string; last: string; estimate: number }[] = []
    for (const i of this.pairs(seq[0], seq[1])) {
      const [a, b] = [...this.bigrams[i]]
      chains.push({ text: a + b, last: b, estimate: this.counts[i] })
    }
    for (let k = 2; k < seq.length && chains.length; k++) {
      // Bigrams of this step by their first character: a chain extends by those starting with its last.
      const next = new Map<string, number[]>()
      for (const i of this.pairs(seq[k - 1], seq[k])) {
        const first = this.bigrams[i][0]
        let list = next.get(first)
        if (!list) next.set(first, (list = []))
        list.push(i)
      }
      const grown: typeof chains = []
      for (const c of chains) {
        for (const i of next.get(c.last) ?? []) {
          const b = this.bigrams[i].slice(1)
          grown.push({ text: c.text + b, last: b, estimate: Math.min(c.estimate, this.counts[i]) })
        }
      }
      grown.sort((x, y) => y.estimate - x.estimate)
      chains = grown.slice(0, MAX_CHAINS)
    }
    chains.sort((x, y) => y.estimate - x.estimate)
    return chains.slice(0, max).map((c) => ({ text: c.text, estimate: c.estimate }))
  }

  /** Bigram indexes readable as syllables a then b, tones checked when given. */
  private *pairs(a: PinyinSyllable, b: PinyinSyllable): Generator<number> {
    const list = this.byPair.get(a.syl + ' ' + b.syl)
    if (!list) return
    const toned = a.tone !== null || b.tone !== null
    for (const i of list) {
      if (!toned) {
        yield i
        continue
      }
      const [x, y] = [...this.bigrams[i]]
      if (readsAs(x, a) && readsAs(y, b)) yield i
    }
  }
}

/**
 * Candidates for every split of a query, merged: one string reached by two splits counts once
 * (with its best estimate), highest estimate first, at most `max`.
 */
export function pinyinCandidates(
  vocab: PinyinVocab,
  seqs: readonly (readonly PinyinSyllable[])[],
  max: number
): PinyinCandidate[] {
  const best = new Map<string, number>()
  for (const seq of seqs) {
    for (const c of vocab.candidates(seq, max)) best.set(c.text, Math.max(best.get(c.text) ?? 0, c.estimate))
  }
  return [...best]
    .map(([text, estimate]) => ({ text, estimate }))
    .sort((a, b) => b.estimate - a.estimate)
    .slice(0, max)
}
