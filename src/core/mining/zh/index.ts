/**
 * The Chinese term miner: pure and synchronous like the English one (../index.ts), with the same shape.
 * mineChineseCorpus() = mineChineseDocuments() → rankChineseStats(). For a worker pool or an incremental
 * re-mine, call mineChineseDocuments() per chunk of documents, mergeChineseStats() the parts in document
 * order, then rankChineseStats(). Input and output types are the English miner's (MiningDocument,
 * MinedCandidate, MineResult), so storage, review queue and UI take Chinese candidates as they are.
 */
import { isChineseText, isJapaneseText } from '../../../shared/script'
import type { Segmenter } from '../../text/segmenter'
import { repeatedTexts } from '../repeated-segments'
import { type MineResult, MiningCancelled, type MiningDocument } from '../types'
import { type ExtractContext, type ExtractLimits, extractSegment, newPieceCache, type PieceCache } from './extract'
import { foldForMining } from './fold'
import { rankCandidates } from './ranking'
import type { ChineseReference } from './reference'
import { type ChineseStats, emptyChineseStats, mergeChineseStats } from './stats'

export { newPieceCache, type PieceCache } from './extract'
export type { ChineseScoreParams } from './ranking'
export { DEFAULT_CHINESE_SCORE_PARAMS } from './ranking'
export type { ChineseReference } from './reference'
export { chineseReferenceFromCounts, parseChineseReferenceTsv } from './reference'
export type { ChineseStats } from './stats'
export { chineseStatsBuffers, emptyChineseStats, mergeChineseStats } from './stats'

export interface ChineseMineOptions {
  /** Called after each document (and every 64 segments) with characters done so far. */
  onProgress?: (done: number, total: number) => void
  /** Polled between segments; when it returns true the miner throws MiningCancelled. */
  isCancelled?: () => boolean
  /** General-Chinese word counts (reference.ts); without them specificity is corpus-only and long dictionary
   *  words are not split into their parts. */
  reference?: ChineseReference | null
  /** Occurrences kept per candidate (all are counted); default 50. */
  maxOccurrences?: number
  /** Longest candidate, in characters (default 12) and in pieces (default 7); quotations and titles are
   *  taken whole up to 30 characters. */
  maxChars?: number
  maxPieces?: number
  /** Piece flags cache to reuse across calls with the same reference (a worker mining batch after batch). */
  pieceCache?: PieceCache
}

export interface ChineseRankOptions {
  /** Maximum number of candidates; 0 or undefined = every candidate over the default threshold (1.0). */
  limit?: number
  isCancelled?: () => boolean
  /** Ranking weights, for experiments; the defaults are tuned (see ranking.ts). */
  scoreParams?: Partial<import('./ranking').ChineseScoreParams>
}

const CHECK_EVERY = 64

function corpusChars(docs: MiningDocument[]): number {
  let chars = 0
  for (const d of docs) for (const s of d.segments ?? []) chars += typeof s.text === 'string' ? s.text.length : 0
  return chars
}

/** Bit of a document's year (year mod 32) for the years-seen set; 0 when the date holds no year. */
function yearBit(date: string | null | undefined): number {
  const m = typeof date === 'string' ? /^(\d{4})/.exec(date) : null
  return m ? 1 << (Number(m[1]) % 32) : 0
}

/** Is the document Chinese as a whole? Japanese documents (kana beside the kanji) are not. */
function documentLanguage(doc: MiningDocument): 'zh' | 'ja' | 'other' {
  const text = (doc.segments ?? []).map((s) => (typeof s.text === 'string' ? s.text : '')).join('\n')
  if (isJapaneseText(text)) return 'ja'
  return isChineseText(text) ? 'zh' : 'other'
}

export function extractLimits(opts: ChineseMineOptions): ExtractLimits {
  return {
    maxChars: Math.min(24, Math.max(2, opts.maxChars ?? 12)),
    maxPieces: Math.min(16, Math.max(1, opts.maxPieces ?? 7)),
    maxQuoted: 30,
    maxOccurrences: opts.maxOccurrences ?? 50
  }
}

/** Mines documents into mergeable statistics. Progress is reported in characters. */
export function mineChineseDocuments(
  docs: MiningDocument[],
  segmenter: Segmenter,
  opts: ChineseMineOptions = {},
  progressBase = 0,
  progressTotal = corpusChars(docs),
  into?: ChineseStats
): ChineseStats {
  // `into`: keep adding to one stats object (a worker mining batch after batch) instead of merging copies.
  const stats = into ?? emptyChineseStats()
  const ctx: ExtractContext = {
    stats,
    segmenter,
    ref: opts.reference,
    limits: extractLimits(opts),
    docId: 0,
    yearBit: 0,
    pieceCache: opts.pieceCache ?? newPieceCache()
  }
  let done = progressBase
  let sinceCheck = 0
  for (const doc of Array.isArray(docs) ? docs : []) {
    const segments = doc.segments ?? []
    const language = documentLanguage(doc)
    if (language !== 'zh') {
      stats.skippedDocuments++
      if (language === 'ja') stats.japaneseDocuments++
      done += corpusChars([doc])
      continue
    }
    ctx.docId = doc.id
    ctx.yearBit = yearBit(doc.date)
    stats.documents++
    const repeats = repeatedTexts(segments)
    const seen = new Set<string>()
    for (const seg of segments) {
      if (++sinceCheck >= CHECK_EVERY) {
        sinceCheck = 0
        if (opts.isCancelled?.()) throw new MiningCancelled()
        opts.onProgress?.(done, progressTotal)
      }
      const text = typeof seg.text === 'string' ? seg.text : ''
      done += text.length
      stats.chars += text.length
      // Page headers and template lines repeated through a document are mined once (as the English miner).
      if (repeats.has(text)) {
        if (seen.has(text)) continue
        seen.add(text)
      }
      // A Japanese passage quoted in a Chinese document is not Chinese either.
      if (!text || isJapaneseText(text)) continue
      stats.hanChars += extractSegment(seg.id, text, foldForMining(text), ctx)
    }
    if (opts.isCancelled?.()) throw new MiningCancelled()
    opts.onProgress?.(done, progressTotal)
  }
  return stats
}

/** Ranks merged statistics into the final candidate list (same MineResult as the English miner; `words`
 *  holds the Han characters read). */
export function rankChineseStats(
  stats: ChineseStats,
  reference: ChineseReference | null | undefined,
  opts: ChineseRankOptions = {}
): MineResult {
  const warnings: string[] = []
  if (stats.japaneseDocuments > 0) {
    warnings.push(`${stats.japaneseDocuments} document(s) are Japanese, not Chinese: not mined.`)
  }
  if (stats.skippedDocuments > stats.japaneseDocuments) {
    warnings.push(`${stats.skippedDocuments - stats.japaneseDocuments} document(s) hold no Chinese text: not mined.`)
  }
  if (stats.hanChars === 0) warnings.push('The corpus holds no Chinese text: nothing to mine.')
  const candidates = rankCandidates(stats, reference, opts)
  if (stats.hanChars > 0 && candidates.length === 0) {
    warnings.push('No candidate reached the threshold: the corpus may be too small.')
  }
  return { candidates, words: stats.hanChars, documents: stats.documents, warnings }
}

/** Mines a corpus: candidates best first, cut at the default threshold (or at opts.limit). */
export function mineChineseCorpus(
  docs: MiningDocument[],
  segmenter: Segmenter,
  opts: ChineseMineOptions & ChineseRankOptions = {}
): MineResult {
  const stats = mineChineseDocuments(docs, segmenter, opts)
  const total = corpusChars(docs)
  const result = rankChineseStats(stats, opts.reference, opts)
  opts.onProgress?.(total, total)
  return result
}

export { mergeChineseStats as mergeStats }
