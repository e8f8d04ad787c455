/** Plain data records shared by the UI, the CLI and the handlers. */

import type { Lang } from './vocabulary'
export type { Lang }

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
  /**
   * What the reader mended in a file it imported (NUL bytes removed from UTF-8 text…): the English text
   * and its translatable key under `errors.corpus.` with parameters.
   */
  warnings?: { message: string; key: string; params: Record<string, string | number> }[]
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
  /** Live documents neither miner read: Chinese-script documents found Japanese (kana), or holding no Chinese. */
  documentsSkipped?: number
  /** The Chinese miner's part of this run (absent when the corpus holds no Chinese document); the figures
   *  above are the English miner's. `characters`: Han characters the ranking covered. */
  chinese?: { candidates: number; characters: number; documents: number; ms: number }
}

export interface CandidateRow {
  id: number
  term: string
  score: number
  freq: number
  docs: number
  variants: string[]
  /** What the candidate names: a term, a name, a person, a place, an acronym. */
  kind: CandidateKind
  /** Which miner proposed it: English or Chinese candidates (a separate list each). */
  lang: Lang
  status: CandidateStatus
  conceptId: number | null
}

/** Chinese equivalents the memory proposes for an English candidate (mining/equivalents). */
export interface CandidateEquivalents {
  id: number
  /** Best first; none when the memory holds no pair with the candidate or none aligns. */
  equivalents: {
    text: string
    /** Pairs (of those examined) in which the candidate aligns to it. */ support: number
    score: number
  }[]
  /** Memory pairs whose English holds the candidate (estimated from the index for a large memory). */
  pairs: number
}

export interface CandidateQuery {
  offset?: number
  /** Page size; 0 = every candidate. */
  limit?: number
  status?: CandidateStatus | 'all'
  /** Substring filter on the term and its variants. */
  text?: string
  /** Only candidates of this kind. */
  kind?: CandidateKind
  /** English (default) or Chinese candidates. */
  lang?: Lang
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

import type { CandidateKind, TermStatus } from './vocabulary'
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
  /**
   * Forms mining found for this concept that are not its terms (spellings, candidates merged into it):
   * shown, never exported; promote one by saving it as a term.
   */
  minedForms?: string[]
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
  /**
   * Save even though a language gets a second preferred term. Without it such a save is refused with a
   * conflict (key termbase.twoPreferred, params lang and terms) the editor can ask about.
   */
  allowTwoPreferred?: boolean
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
  /** Also return the ids of every match (not only of this page): "select all shown". */
  withIds?: boolean
}

/** One change `termbase/bulkEdit` makes to every selected concept. */
export type BulkEditChange =
  /** The status of the terms, of one language (family: zh matches zh-CN) or all. Preferred: head term only. */
  | { kind: 'status'; status: TermStatus; lang?: string }
  | { kind: 'domain'; domain: string }
  | { kind: 'note'; note: string; mode: 'set' | 'append' }
  | { kind: 'delete' }

export interface BulkEditResult {
  /** Selected concepts that still existed. */
  concepts: number
  /** Of those, the ones the change altered. */
  changed: number
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
  /** Every matching id, in list order (with ConceptQuery.withIds). */
  ids?: number[]
}

export interface UsagePoint {
  documentId: number
  title: string
  date: string | null
  count: number
}

// Exchange (export/import of TBX, CSV, TSV, XLSX, TMX) ---------------------------------------

/** `html`: the printable glossary (one self-contained page, for reading and printing to PDF). */
export type ExportFormat = 'tbx' | 'tbx2' | 'csv' | 'tsv' | 'xlsx' | 'tmx' | 'html'

/** XLSX: `interchange` (the CSV columns, for re-import and other tools) or `readable` (one row per concept for people). */
export type XlsxLayout = 'interchange' | 'readable'

export interface GlossaryOptions {
  /** One section per domain (default) or one list. */
  groupBy?: 'domain' | 'none'
  /** By the head term (default) or by the pinyin of the Chinese term. */
  order?: 'alphabetical' | 'pinyin'
  title?: string
}

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
  /** XLSX only; default interchange. */
  layout?: XlsxLayout
  /** HTML only. */
  glossary?: GlossaryOptions
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

/** What one CSV/XLSX column holds; mirrors ColumnRole in src/core/exchange/column-mapping.ts. */
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
  /** Answers to the preview's proposals and conflicts (term-base formats). */
  answers?: ImportAnswers
}

/** How a conflict of a merge is settled: keep the term base's value, take the file's, or keep both. */
export type ImportFieldAnswer = 'mine' | 'theirs' | 'both'

/**
 * Entries are named by their position in the file (1-based), which is the same in the preview and the
 * import of one file (ids may repeat or be missing).
 */
export interface ImportAnswers {
  /** Proposed merges (ImportProposal) to carry out; the others are imported as new concepts. */
  merge?: Array<{ entry: number; concept: number }>
  /** Carry out every proposed merge (the CLI's --merge-proposed). */
  mergeProposed?: boolean
  /** Per-field answers, `field` as in ImportConflict. Unanswered conflicts get the default the report shows. */
  fields?: Array<{ entry: number; field: string; answer: ImportFieldAnswer }>
}

/** An entry sharing a term with a concept of the term base: merged only when the answers say so. */
export interface ImportProposal {
  entry: number
  entryId?: string
  concept: number
  /** The concept's first term, to name it. */
  conceptTerm: string
  /** The entry's terms the concept has too. */
  shared: string[]
  /** Whether this import (or preview) merges it: the answers accepted it. */
  merged: boolean
}

/** A value the file and the term base disagree on, in an entry that merges into a concept. */
export interface ImportConflict {
  entry: number
  entryId?: string
  concept: number
  /** `definition`, `domain`, `note`, `source`, `status <lang> <term>` or `preferred <language>`. */
  field: string
  /** The term base's value. */
  mine: string
  /** The file's value. */
  theirs: string
  /** What the import does: the answer given, else the default. */
  answer: ImportFieldAnswer
}

export type ExchangeKind = 'tbx' | 'csv' | 'tsv' | 'xlsx' | 'tmx'

export interface ExchangeImportReport {
  file: string
  kind: ExchangeKind
  /** Concepts (or translation units) added. */
  new: number
  /** Incoming entries merged into an existing concept (by id, or by a shared term the answers accepted). */
  merged: number
  /** Of the merged entries, those with conflicts (see `conflicts`). */
  conflicting: number
  /** Entries that could not be imported (no usable term, empty segment...). */
  rejected: number
  /** TMX: units skipped because the same source and target are already in the memory. */
  duplicates: number
  warnings: string[]
  /** CSV/XLSX: the header cells (or first row) and the mapping used, for the column-mapping step. */
  columns?: string[]
  mapping?: ColumnMapping[]
  /** The history entry of the import (exchange/import), for undo. */
  historyId?: number
  /** Parallel to `warnings`: each one as the UI says it in its language (null: show the English text). */
  warningTexts?: (ImportWarningText | null)[]
  /** Term-base formats: merges by shared term the import proposes (at most 500 listed). */
  proposals?: ImportProposal[]
  /** Term-base formats: the conflicts of the merges, each with what is done (at most 500 listed). */
  conflicts?: ImportConflict[]
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
  /**
   * The side of the unit the sentence matched: a Chinese sentence matches the target of an EN→ZH unit.
   * The other side is the proposal.
   */
  side: 'source' | 'target'
  score: number
  exact: boolean
  /** Differences between the query and the matched side, for highlighting. */
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

/** Which way equivalents are proposed: Chinese for an English term, or English for a Chinese one. */
export type SuggestDirection = 'en-zh' | 'zh-en'

/** A proposed rendering of a term, from the memory: whole words, ranked by association across pairs. */
export interface EquivalentProposal {
  /** The rendering, in `lang` (the language the term is not in). */
  text: string
  lang: Lang
  /**
   * Dice over aligned units × N/(N+1) for N units holding the term, 0..1: how exclusively the term's
   * words align to this rendering, discounted when the units are few (n supporting units give ≤ n/(n+1)).
   */
  score: number
  /** Pairs of the memory (examined) supporting it: the evidence count. */
  freq: number
  known: boolean
  /** Some supporting pairs: `source` is the term's side, `target` the rendering's. */
  evidence: { id: number; source: string; target: string }[]
}
