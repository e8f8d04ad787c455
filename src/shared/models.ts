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
