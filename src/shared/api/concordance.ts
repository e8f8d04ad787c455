/** Concordance (key word in context) over the corpus and the translation memory. */

export interface QueryOptions {
  matchCase?: boolean
  /** English: also find inflected forms ("force" → forces, forced, forcing). */
  lemma?: boolean
  /** Treat the query as a JavaScript regular expression (a post-filter, bounded in time). */
  regex?: boolean
  /**
   * Chinese: match whole words only, as the segmenter cuts the text (发展 is not found inside 发展中国家).
   * Without it a Chinese query matches any substring. English queries always match whole words.
   */
  wholeWords?: boolean
}

export type { SortLevel } from '../vocabulary'
import type { Lang, SortLevel } from '../vocabulary'

export interface ConcordanceRequest {
  query: string
  options?: QueryOptions
  /** corpus = document segments, memory = translation units, both = corpus hits then memory hits. */
  scope?: 'corpus' | 'memory' | 'both'
  /** Document language, or the language of the translation unit side searched. */
  language?: Lang
  /** Translation-memory side(s) to search (default both). */
  side?: 'source' | 'target' | 'both'
  documentIds?: number[]
  /** Inclusive ISO dates (documents.date; a unit without a document uses its created_at). */
  dateFrom?: string
  dateTo?: string
  /** Multi-level sort, e.g. ['1R', '2R']; empty or absent = corpus order. */
  sort?: SortLevel[]
  offset?: number
  limit?: number
  /** Characters of context on each side. */
  width?: number
  /**
   * Read the query as pinyin ("xinzhi shengchanli", "xin1 zhi4", ü as v or u:) and search the
   * Chinese strings of the workspace that read that way (新质生产力), as one result.
   */
  pinyin?: boolean
}

/** What a pinyin query resolved to (ConcordanceResult.pinyin). */
export interface PinyinResolution {
  /** The syllables read from the query, e.g. "xin zhi sheng chan li" (tones as digits when typed). */
  syllables: string
  /**
   * The Chinese strings searched, most frequent first: `count` is their occurrences in the index
   * for 1–2 characters, the rows (segments / units) holding them for longer strings (capped).
   */
  strings: { text: string; count: number }[]
}

export interface ConcordanceHit {
  kind: 'segment' | 'unit'
  /** segments.id or translation_units.id */
  id: number
  documentId: number | null
  documentTitle: string | null
  date: string | null
  /** Segment ordinal in its document (segments only). */
  ordinal: number | null
  /** For units: which side matched; the other side is `otherText`. */
  side: 'source' | 'target' | null
  otherText: string | null
  /** The whole segment / unit side, and the match offsets inside it. */
  text: string
  start: number
  end: number
  left: string
  match: string
  right: string
}

export interface ConcordanceResult {
  hits: ConcordanceHit[]
  /** Number of hits (exact when `totalExact`, else an estimate from the part verified so far). */
  total: number
  totalExact: boolean
  page: { offset: number; limit: number }
  /** A regex search ran out of its time budget: the hits are the ones found before. */
  timedOut: boolean
  /** Pinyin requests: the Chinese strings the query resolved to (their hits are `hits`). */
  pinyin?: PinyinResolution
}

export interface Collocate {
  word: string
  /** Co-occurrences within the window. */
  freq: number
  /** Frequency of the collocate in the whole corpus. */
  corpusFreq: number
  logDice: number
  mi: number
}

export interface CollocatesRequest extends ConcordanceRequest {
  window?: number
  minFreq?: number
  by?: 'logDice' | 'mi'
  top?: number
  /** Keep function words (the, of, will; 的, 和, 在…) among the collocates; left out by default. */
  functionWords?: boolean
}

export interface CollocatesResult {
  /** Each collocate's `word` is written as the text mostly writes it (names keep their capitals). */
  collocates: Collocate[]
  nodeFreq: number
  /**
   * Words in the texts searched: for the corpus, the word counts of the documents searched, as everywhere in
   * the app (core/text/count-words.ts: the corpus table's figure); for the memory, its word tokens as the
   * index counts them. Deleted documents and units are left out.
   */
  corpusSize: number
  sampled: boolean
}

export interface ConcordanceApi {
  'concordance/search': (arg: ConcordanceRequest) => Promise<ConcordanceResult>
  'concordance/collocates': (arg: CollocatesRequest) => Promise<CollocatesResult>
  /** Rebuilds the whole index (normally it updates itself on import). */
  'concordance/rebuild': (arg: Record<string, never>) => Promise<{ segments: number; units: number }>
}
