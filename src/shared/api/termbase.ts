import type {
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

/** Review of mined candidates and the concept-oriented term base. Every write is undoable. */
export interface TermbaseApi {
  /**
   * Each accepted candidate becomes a concept with its English variants as synonyms. `conceptIds`: the
   * concept of each id, in order; `accepted`: how many this call accepted (a candidate accepted before
   * keeps its concept and is not counted; when none was, no history entry was written).
   */
  'candidates/accept': (arg: { ids: number[] }) => Promise<{ conceptIds: number[]; accepted: number }>
  'candidates/reject': (arg: { ids: number[] }) => Promise<{ ok: true }>
  'candidates/skip': (arg: { ids: number[] }) => Promise<{ ok: true }>
  /** Merges candidates into another candidate, or into an existing concept (as synonyms). */
  'candidates/merge': (arg: { ids: number[]; intoCandidate?: number; intoConcept?: number }) => Promise<{ ok: true }>
  'candidates/edit': (arg: { id: number; term: string }) => Promise<{ ok: true }>
  'concepts/get': (arg: { id: number }) => Promise<Concept>
  'concepts/save': (arg: ConceptDraft) => Promise<SaveConceptResult>
  /** Moves every term and example of `sourceId` into `targetId` and deletes the source. */
  'concepts/merge': (arg: { targetId: number; sourceId: number }) => Promise<Concept>
  'concepts/delete': (arg: { id: number }) => Promise<{ ok: true }>
  'concepts/search': (arg: ConceptQuery) => Promise<ConceptPage>
  /** A usage example from a corpus segment (or free text), with an optional Chinese rendering. */
  'examples/add': (arg: {
    conceptId: number
    segmentId?: number
    text?: string
    start?: number
    end?: number
    zh?: string
  }) => Promise<ExampleRecord>
  'examples/remove': (arg: { id: number }) => Promise<{ ok: true }>
  /** Collocations chosen in the concordance and stored with a concept (add again = refresh figures). */
  'collocations/list': (arg: { conceptId: number }) => Promise<CollocationRecord[]>
  'collocations/add': (arg: {
    conceptId: number
    node: string
    word: string
    freq?: number
    logDice?: number
    mi?: number
    window?: number
  }) => Promise<CollocationRecord>
  'collocations/remove': (arg: { id: number }) => Promise<{ ok: true }>
  /** Occurrences of the concept's English and Chinese terms per corpus document, oldest first. */
  'concepts/usage': (arg: { id: number }) => Promise<UsagePoint[]>
  /** Sentences of the corpus containing one of the concept's terms (to pick usage examples from). */
  'concepts/contexts': (arg: { id: number; limit?: number }) => Promise<ContextLine[]>
}
