import type { CandidateEquivalents, CandidatePage, CandidateQuery, ContextLine, MiningSummary } from '../models'

/** The term miner, its candidate list and the review of candidates (accepting one writes the term base; undoable). */
export interface MiningApi {
  /** Mines the whole corpus (on worker threads: the English documents, then the Chinese ones with the Chinese
   *  miner) and stores each language's candidates, keeping review decisions. */
  'mining/run': (arg: { jobId?: string }) => Promise<MiningSummary>
  'mining/candidates': (arg: CandidateQuery) => Promise<CandidatePage>
  /**
   * Chinese equivalents of English candidates from the workspace's memory (imported and aligned pairs), in
   * the order of `ids`, all at once (one trained lexicon for the batch); a Chinese candidate gets none.
   */
  'mining/equivalents': (arg: { ids: number[]; limit?: number }) => Promise<CandidateEquivalents[]>
  /** Where a candidate occurs: KWIC lines with document and date. */
  'mining/contexts': (arg: { id: number; limit?: number }) => Promise<ContextLine[]>
  /**
   * Each accepted candidate becomes a concept whose preferred term is the candidate (English, or zh-CN for a
   * Chinese candidate); its other spellings stay the concept's mined forms. `conceptIds`: the
   * concept of each id, in order; `accepted`: how many this call accepted (a candidate accepted before
   * keeps its concept and is not counted; when none was, no history entry was written). `chinese`: the
   * Chinese term a new concept takes for some of the candidates (an equivalent from mining/equivalents).
   */
  'mining/accept': (arg: {
    ids: number[]
    chinese?: { id: number; text: string }[]
  }) => Promise<{ conceptIds: number[]; accepted: number }>
  'mining/reject': (arg: { ids: number[] }) => Promise<{ ok: true }>
  'mining/skip': (arg: { ids: number[] }) => Promise<{ ok: true }>
  /** Merges candidates into another candidate, or into an existing concept (their forms become its mined forms). */
  'mining/merge': (arg: { ids: number[]; intoCandidate?: number; intoConcept?: number }) => Promise<{ ok: true }>
  'mining/edit': (arg: { id: number; term: string }) => Promise<{ ok: true }>
}
