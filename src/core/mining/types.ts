/** Public types of the term miner. Plain data only, so results cross worker and IPC boundaries. */
import type { CandidateKind } from '../../shared/vocabulary'
import type { ReferenceFrequencies } from './reference'
import type { ScoreParams } from './scoring'

export interface MiningSegment {
  id: number
  text: string
}

export interface MiningDocument {
  id: number
  date?: string | null
  segments: MiningSegment[]
}

export interface MineOptions {
  /** Called after each document (and inside long documents) with work done so far, in words. */
  onProgress?: (done: number, total: number) => void
  /** Polled between segments; when it returns true the miner throws MiningCancelled. */
  isCancelled?: () => boolean
  /** Maximum number of candidates returned; 0 or undefined = every candidate over the default threshold. */
  limit?: number
  /** General-English word frequencies (see reference.ts); without it termhood falls back to corpus-only. */
  reference?: ReferenceFrequencies | null
  /** Occurrences kept per candidate (all are counted); default 50. */
  maxOccurrences?: number
  /** Longest candidate, in words; default 9. */
  maxWords?: number
  /** Ranking weights, for experiments; the defaults are tuned (see scoring.ts). */
  scoreParams?: Partial<ScoreParams>
}

export interface MinedOccurrence {
  segmentId: number
  /** Offsets into the segment text, end exclusive (UTF-16 code units, as String.slice uses). */
  start: number
  end: number
}

export interface MinedCandidate {
  /** Normalised group key: lower-case, hyphens as spaces, head noun singular. */
  key: string
  /** Best surface form. */
  term: string
  score: number
  freq: number
  docs: number
  /** Every distinct surface form seen, most frequent first. */
  variants: string[]
  /** What the candidate names (a term, a name, a person, a place, an acronym): see kinds.ts. */
  kind: CandidateKind
  occurrences: MinedOccurrence[]
  acronym?: string
  expansion?: string
}

export interface MineResult {
  candidates: MinedCandidate[]
  /** Words read, documents read: for the UI's summary line. */
  words: number
  documents: number
  /** Human-readable notes about the input (empty corpus, no English found...). */
  warnings: string[]
}

export class MiningCancelled extends Error {
  constructor() {
    super('Mining cancelled')
    this.name = 'MiningCancelled'
  }
}
