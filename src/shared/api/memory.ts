import type {
  AlignmentView,
  EquivalentProposal,
  FuzzyMatch,
  RecognisedTerm,
  SuggestDirection,
  UnitPage,
  UnitRow
} from '../models'

/** The translation memory: units, fuzzy matching, term recognition, alignment, equivalent suggestion. */
export interface MemoryApi {
  'memory/list': (arg: { offset?: number; limit?: number; text?: string }) => Promise<UnitPage>
  'memory/add': (arg: {
    source: string
    target: string
    sourceLang?: string
    targetLang?: string
    note?: string
  }) => Promise<UnitRow>
  'memory/update': (arg: { id: number; source?: string; target?: string; note?: string }) => Promise<UnitRow>
  /** Soft delete; `workspace/undo` brings the unit back. */
  'memory/delete': (arg: { id: number }) => Promise<{ ok: true }>
  /** Best units for a sentence (either language), exact first, with a match percentage and a diff. */
  'memory/match': (arg: { text: string; min?: number; limit?: number }) => Promise<FuzzyMatch[]>
  /** Term-base terms found in a sentence, with their preferred and forbidden renderings. */
  'memory/recognise': (arg: { text: string }) => Promise<RecognisedTerm[]>
  /** Aligns two corpus documents (English, Chinese) sentence by sentence; nothing is written. */
  'memory/align': (arg: { enDocumentId: number; zhDocumentId: number }) => Promise<AlignmentView>
  /** Stores reviewed links as translation units and links the two documents as a parallel pair. */
  'memory/saveAlignment': (arg: {
    enDocumentId: number
    zhDocumentId: number
    links: { english: string; chinese: string }[]
  }) => Promise<{ units: number; duplicates: number }>
  /**
   * Equivalents of a term from the memory, with evidence: Chinese for an English term, English for a
   * Chinese one (`direction`, default from the term's script). `conceptId`: its renderings are marked known.
   */
  'memory/suggest': (arg: {
    term: string
    direction?: SuggestDirection
    conceptId?: number
    limit?: number
  }) => Promise<EquivalentProposal[]>
}
