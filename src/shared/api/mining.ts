import type { CandidatePage, CandidateQuery, ContextLine, MiningSummary } from '../models'

/** The term miner and its candidate list. */
export interface MiningApi {
  /** Mines the whole corpus (in a worker thread) and stores candidates, keeping review decisions. */
  'mining/run': (arg: { jobId?: string }) => Promise<MiningSummary>
  'candidates/list': (arg: CandidateQuery) => Promise<CandidatePage>
  /** Where a candidate occurs: KWIC lines with document and date. */
  'candidates/contexts': (arg: { id: number; limit?: number }) => Promise<ContextLine[]>
}
