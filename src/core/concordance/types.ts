/** Concordance request/result records: the contract's own types (src/shared/api/concordance.ts). */
export type {
  ConcordanceHit,
  ConcordanceRequest,
  ConcordanceResult,
  QueryOptions,
  SortLevel
} from '../../shared/api/concordance'
