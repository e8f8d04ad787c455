/**
 * Pinyin search over term-base text, with the concordance's readings (pinyin-readings.ts) and query
 * parser (pinyin-query.ts), not a table of our own. Every Han bigram of a concept is indexed under
 * the toneless syllable pairs it can be read as ("gaozhi" for 高质: one token, in an index of its
 * own so an English word never meets it); a query of k ≥ 2 syllables is the AND of its k-1 pairs, then verified on the text
 * (the pairs must chain into one run of characters). Tones typed in the query are ignored: a
 * translator types gaozhiliang or gāo zhì liàng for the same entry.
 */
import { looksLikePinyin, parsePinyin, type PinyinSyllable } from '../concordance/pinyin-query'
import { readingsOf, readsAs } from '../concordance/pinyin-readings'

const HAN_RUN = /\p{Script=Han}+/gu
/** Splits of an ambiguous query looked up (xian = xian | xi'an). */
const MAX_SPLITS = 4
/** Readings per character pair indexed (polyphones multiply). */
const MAX_PAIRS_PER_BIGRAM = 8

/** The pinyin-pair tokens of a text's Chinese runs, each once. */
export function pinyinPairTokens(text: string): string[] {
  const out = new Set<string>()
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = readingsOf(chars[i])?.syllables
      const b = readingsOf(chars[i + 1])?.syllables
      if (!a || !b) continue
      let n = 0
      for (const sa of a) for (const sb of b) if (n++ < MAX_PAIRS_PER_BIGRAM) out.add(sa + sb)
    }
  }
  return [...out]
}

/** A pinyin reading of a query: the tokens to look up (AND) and the syllables to verify. */
export interface PinyinLookup {
  tokens: string[]
  syllables: PinyinSyllable[]
}

/**
 * The lookups a query can mean as pinyin (one per split, at most a few), or none: not pinyin, or a
 * single syllable (gao alone would match half the term base and is also an English prefix).
 */
export function pinyinLookups(query: string): PinyinLookup[] {
  if (!looksLikePinyin(query)) return []
  let seqs: PinyinSyllable[][]
  try {
    seqs = parsePinyin(query, MAX_SPLITS)
  } catch {
    return []
  }
  return seqs
    .filter((seq) => seq.length >= 2)
    .map((seq) => {
      const syllables = seq.map((s) => ({ syl: s.syl, tone: null }))
      const tokens = new Set<string>()
      for (let i = 0; i + 1 < syllables.length; i++) tokens.add(syllables[i].syl + syllables[i + 1].syl)
      return { tokens: [...tokens], syllables }
    })
}

/** Whether some run of `text` holds consecutive characters read as `syllables`. */
export function readsAsPinyin(text: string, syllables: readonly PinyinSyllable[]): boolean {
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run]
    for (let i = 0; i + syllables.length <= chars.length; i++) {
      if (syllables.every((s, k) => readsAs(chars[i + k], s))) return true
    }
  }
  return false
}
