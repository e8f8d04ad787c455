/** Plain data records shared by the UI, the CLI and the handlers. */

export type Lang = 'en' | 'zh'

export interface DocumentSummary {
  id: number
  title: string
  /** ISO date YYYY-MM-DD, when the document states one. */
  date: string | null
  language: Lang
  words: number
  segments: number
  sourcePath: string | null
  format: string
  importedAt: string
}

export interface DocumentDetail extends DocumentSummary {
  text: string
  hash: string
}

export interface SegmentView {
  id: number
  documentId: number
  ordinal: number
  start: number
  end: number
  text: string
}

export interface ImportedFile {
  file: string
  status: 'imported' | 'duplicate' | 'restored' | 'failed'
  documentId?: number
  title?: string
  error?: string
}

export interface ImportReport {
  files: ImportedFile[]
  imported: number
  duplicates: number
  failed: number
}

export interface WorkspaceInfo {
  path: string
  isDefault: boolean
  schemaVersion: number
  documents: number
  language: string | null
}

export interface BackupInfo {
  file: string
  createdAt: string
  bytes: number
  reason: string
}

export interface HistoryEntry {
  id: number
  at: string
  action: string
  label: string
  conceptId: number | null
  undone: boolean
}

export type CandidateStatus = 'new' | 'accepted' | 'rejected' | 'merged' | 'skipped'

export interface MiningSummary {
  candidates: number
  words: number
  documents: number
  /** Candidates whose review state (accepted, rejected, merged) was kept from earlier runs. */
  kept: number
  ms: number
  warnings: string[]
}

export interface CandidateRow {
  id: number
  term: string
  score: number
  freq: number
  docs: number
  variants: string[]
  status: CandidateStatus
  conceptId: number | null
}

export interface CandidateQuery {
  offset?: number
  /** Page size; 0 = every candidate. */
  limit?: number
  status?: CandidateStatus | 'all'
  /** Substring filter on the term and its variants. */
  text?: string
  sort?: 'score' | 'freq' | 'docs' | 'term'
  descending?: boolean
}

export interface CandidatePage {
  total: number
  rows: CandidateRow[]
}

/** One occurrence in context (key word in context). */
export interface ContextLine {
  documentId: number
  title: string
  date: string | null
  segmentId: number
  left: string
  match: string
  right: string
}

export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'forbidden'
export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden']

export interface TermRecord {
  id?: number
  /** BCP 47 tag: en, zh-CN, zh-TW, or any other language an import brought. */
  lang: string
  text: string
  status: TermStatus
  pos: string
  usageNote: string
}

export interface ExampleRecord {
  id: number
  conceptId: number
  termId: number | null
  segmentId: number | null
  documentId: number | null
  documentTitle: string | null
  date: string | null
  /** Offsets of the term inside `text`, when known. */
  start: number | null
  end: number | null
  text: string
  /** Optional Chinese rendering; also stored as a translation unit. */
  zh: string
  tuId: number | null
  source: string
  createdAt: string
}

export interface Concept {
  id: number
  definition: string
  domain: string
  note: string
  source: string
  createdAt: string
  modifiedAt: string
  terms: TermRecord[]
  examples: ExampleRecord[]
}

export interface ConceptDraft {
  /** Absent: a new concept. */
  id?: number
  definition?: string
  domain?: string
  note?: string
  source?: string
  terms: TermRecord[]
  /** The modifiedAt the editor loaded; a newer one in the workspace means another window saved meanwhile. */
  expectedModifiedAt?: string
  /** Save even when a term already belongs to another concept. */
  allowDuplicates?: boolean
}

export interface DuplicateTerm {
  conceptId: number
  lang: string
  text: string
}

export interface SaveConceptResult {
  saved: boolean
  concept: Concept | null
  /** Terms that already exist in other concepts (nothing saved unless allowDuplicates). */
  duplicates: DuplicateTerm[]
  /** Set when this save overwrote a newer version saved from another window (last write wins). */
  overwrote: { modifiedAt: string } | null
}

export interface ConceptQuery {
  text?: string
  status?: TermStatus
  domain?: string
  missingZh?: boolean
  offset?: number
  limit?: number
  sort?: 'term' | 'modified' | 'created'
}

export interface ConceptRow {
  id: number
  en: string[]
  zh: string[]
  statuses: TermStatus[]
  domain: string
  note: string
  modifiedAt: string
}

export interface ConceptPage {
  total: number
  rows: ConceptRow[]
}

export interface UsagePoint {
  documentId: number
  title: string
  date: string | null
  count: number
}
