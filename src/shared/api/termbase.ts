import type {
  BulkEditChange,
  BulkEditResult,
  CollocationRecord,
  Concept,
  ConceptDraft,
  ConceptPage,
  ConceptQuery,
  ContextLine,
  ExampleRecord,
  SaveConceptResult,
  UsagePoint
} from '../models'

/** The concept-oriented term base: concepts, their terms, examples and kept collocations. Every write is undoable. */
export interface TermbaseApi {
  'termbase/get': (arg: { id: number }) => Promise<Concept>
  'termbase/save': (arg: ConceptDraft) => Promise<SaveConceptResult>
  /** Moves every term and example of `sourceId` into `targetId` and deletes the source. */
  /** A preferred term of the source where the target has one comes in as admitted, unless keepBothPreferred. */
  'termbase/merge': (arg: { targetId: number; sourceId: number; keepBothPreferred?: boolean }) => Promise<Concept>
  'termbase/delete': (arg: { id: number }) => Promise<{ ok: true }>
  'termbase/search': (arg: ConceptQuery) => Promise<ConceptPage>
  /** One change to many concepts: one transaction, one history entry (one undo). */
  'termbase/bulkEdit': (arg: { ids: number[]; change: BulkEditChange }) => Promise<BulkEditResult>
  /** A usage example from a corpus segment (or free text), with an optional Chinese rendering. */
  'termbase/addExample': (arg: {
    conceptId: number
    segmentId?: number
    text?: string
    start?: number
    end?: number
    zh?: string
  }) => Promise<ExampleRecord>
  'termbase/removeExample': (arg: { id: number }) => Promise<{ ok: true }>
  /** Collocations chosen in the concordance and stored with a concept (add again = refresh figures). */
  'termbase/collocations': (arg: { conceptId: number }) => Promise<CollocationRecord[]>
  'termbase/addCollocation': (arg: {
    conceptId: number
    node: string
    word: string
    freq?: number
    logDice?: number
    mi?: number
    window?: number
  }) => Promise<CollocationRecord>
  'termbase/removeCollocation': (arg: { id: number }) => Promise<{ ok: true }>
  /** Occurrences of the concept's English and Chinese terms per corpus document, oldest first. */
  'termbase/usage': (arg: { id: number }) => Promise<UsagePoint[]>
  /** Sentences of the corpus containing one of the concept's terms (to pick usage examples from). */
  'termbase/contexts': (arg: { id: number; limit?: number }) => Promise<ContextLine[]>
}
