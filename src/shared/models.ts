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
  /** The error as a translatable key under `errors.` with its parameters, when the reader gave one. */
  errorKey?: string
  errorParams?: Record<string, string | number>
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
  /** What the change was, in English (CLI, logs). */
  label: string
  /** The same for the UI to say in its language: `history.labels.<key>` (absent on older entries). */
  labelText?: TranslatableText
  conceptId: number | null
  undone: boolean
}

/** A text the UI says in its language: a resource key and its parameters. */
export interface TranslatableText {
  key: string
  params: Record<string, string | number>
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
  /** 'incremental': only documents added since the last run were mined, merged into its saved statistics. */
  mode?: 'full' | 'incremental'
  /** Documents and words this run actually mined. */
  documentsMined?: number
  wordsMined?: number
  /** Why the run was a full one when it could not be incremental (no, foreign or stale statistics...). */
  notes?: string[]
  /** Live documents not mined because they are not English (the miner reads English text only). */
  documentsSkipped?: number
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

import type { TermStatus } from './vocabulary'
export { TERM_STATUSES, type TermStatus } from './vocabulary'

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

/** A collocate chosen in the concordance and kept with a concept, with its figures when chosen. */
export interface CollocationRecord {
  id: number
  conceptId: number
  /** What was searched when the collocate was chosen (a term of the concept, usually). */
  node: string
  word: string
  freq: number
  logDice: number
  mi: number
  window: number
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
  /** Other fields from imported files (data category or "imported <field>" → values); read-only. */
  extra?: Record<string, string[]>
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
  /** The status of each of `en` and of `zh`, position for position (the list marks terms to avoid). */
  enStatuses: TermStatus[]
  zhStatuses: TermStatus[]
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

// Exchange (export/import of TBX, CSV, TSV, XLSX, TMX) ---------------------------------------

export type ExportFormat = 'tbx' | 'tbx2' | 'csv' | 'tsv' | 'xlsx' | 'tmx'

/** Which concepts an export includes; every criterion must hold. Ignored for TMX. */
export interface ExportFilter {
  /** Concepts having at least one term with this status. */
  status?: TermStatus
  /** Concepts whose domain is exactly this. */
  domain?: string
  /** Concepts having at least one term in this language (same primary subtag: zh matches zh-CN). */
  lang?: string
  /** Concepts modified on or after this ISO date. */
  since?: string
  /** Only these concepts (e.g. a search result). */
  conceptIds?: number[]
}

export interface ExportArg {
  format: ExportFormat
  path: string
  filter?: ExportFilter
  jobId?: string
  /** Replace a file already at `path`. Without it such an export is refused (conflict,
   *  key exchange.fileExists) before anything is written: the user is asked first. */
  overwrite?: boolean
}

export interface ExportReport {
  path: string
  format: ExportFormat
  /** Concepts written (term-base formats). */
  concepts?: number
  /** Translation units written (TMX). */
  units?: number
  bytes: number
}

/** What one CSV/XLSX column holds; mirrors ColumnRole in src/core/formats/column-mapping.ts. */
export type ColumnMapping =
  | {
      kind: 'concept'
      field: 'id' | 'domain' | 'definition' | 'note' | 'source' | 'createdAt' | 'modifiedAt' | 'extras'
    }
  | {
      kind: 'language'
      field:
        | 'term'
        | 'status'
        | 'pos'
        | 'usageNote'
        | 'examples'
        | 'exampleTerms'
        | 'exampleSources'
        | 'exampleDates'
        | 'exampleRenderings'
        | 'termExtras'
      lang?: string
    }
  | { kind: 'extra'; name: string }

export interface ImportArg {
  path: string
  /** CSV/XLSX: one role per column, replacing the guessed mapping. */
  mapping?: ColumnMapping[]
}

export type ExchangeKind = 'tbx' | 'csv' | 'tsv' | 'xlsx' | 'tmx'

export interface ExchangeImportReport {
  file: string
  kind: ExchangeKind
  /** Concepts (or translation units) added. */
  new: number
  /** Incoming concepts merged into an existing concept sharing a term. */
  merged: number
  /** Of the merged concepts, those whose term statuses disagreed (the existing status is kept). */
  conflicting: number
  /** Entries that could not be imported (no usable term, empty segment...). */
  rejected: number
  /** TMX: units skipped because the same source and target are already in the memory. */
  duplicates: number
  warnings: string[]
  /** CSV/XLSX: the header cells (or first row) and the mapping used, for the column-mapping step. */
  columns?: string[]
  mapping?: ColumnMapping[]
  /** The history entry of the import (import/run), for undo. */
  historyId?: number
  /** Parallel to `warnings`: each one as the UI says it in its language (null: show the English text). */
  warningTexts?: (ImportWarningText | null)[]
}

/** A warning the UI can say in its language: `errors.exchange.warning.<key>` with `params`, at file:line. */
export interface ImportWarningText {
  key: string
  params: Record<string, string | number>
  file?: string
  line?: number
}

export interface UnitRow {
  id: number
  sourceLang: string
  targetLang: string
  source: string
  target: string
  origin: 'tmx' | 'alignment' | 'example' | 'typed' | 'import'
  originDetail: string
  documentId: number | null
  note: string
  createdAt: string
  changedAt: string
}

export interface UnitPage {
  total: number
  rows: UnitRow[]
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete' | 'replace'
  /** Text of the query side. */
  a?: string
  /** Text of the unit side. */
  b?: string
}

export interface FuzzyMatch {
  unit: UnitRow
  score: number
  exact: boolean
  /** Differences between the query and the unit's source, for highlighting. */
  diff: DiffPart[]
}

export interface RecognisedTerm {
  conceptId: number
  term: string
  start: number
  end: number
  status: string
  /** The concept's terms in the other language, preferred first, then admitted, deprecated, forbidden:
   *  a translator needs to see which renderings to use and which to avoid, each for what it is. */
  renderings: { text: string; status: TermStatus }[]
}

export interface AlignmentView {
  confidence: number
  /** Links less confident than this are flagged `review`. */
  reviewBelow: number
  links: { en: number[]; zh: number[]; confidence: number; review: boolean; english: string; chinese: string }[]
  /** What is wrong with the pair (empty side, same language, one side far longer), if anything. */
  problems: { code: string; message: string; params?: Record<string, string | number> }[]
}

export interface EquivalentProposal {
  zh: string
  score: number
  freq: number
  known: boolean
  evidence: { id: number; source: string; target: string }[]
}
