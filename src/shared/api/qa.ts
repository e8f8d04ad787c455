import type { QaCheck } from '../vocabulary'

/** The kinds of bilingual file QA reads (core/exchange/bilingual-model.ts says the same). */
export type QaFileFormat = 'xliff' | 'sdlxliff' | 'mqxliff' | 'xliff2' | 'tmx' | 'csv' | 'tsv' | 'xlsx'

/** One problem in one unit of the file. */
export interface QaFinding {
  /** Identity of the finding within its file (unit, check, term, found): what "not an error" remembers. */
  key: string
  /** The unit as the file names it (see BilingualUnit.id), and the line it starts on. */
  unit: string
  line: number
  check: QaCheck
  /** The concept the term belongs to (null for a number). */
  conceptId: number | null
  /** The source term as the term base writes it; for a number, the number as the source writes it. */
  term: string
  /** What the target should hold: the usable equivalents, preferred first, joined by " | ". */
  expected: string
  /** What the target holds instead ('' when nothing was found). */
  found: string
  source: string
  target: string
  /** Where the term stands in the source (UTF-16 offsets, end exclusive). */
  sourceSpan: [number, number] | null
  /** Where `found` stands in the target. */
  targetSpan: [number, number] | null
  /** 'source' when the problem is the source's own wording (a forbidden source term: for the author). */
  side: 'source' | 'target'
  /** Marked "not an error" for this file. */
  dismissed: boolean
}

/** Something the translator should know about the file as a whole (a translatable key and its English). */
export interface QaNotice {
  key: string
  params: Record<string, string | number>
  message: string
}

export interface QaReport {
  /** Names this report for `qa/export` (kept while the app runs). */
  reportId: string
  /** The file's name, which dismissals are remembered under. */
  file: string
  format: QaFileFormat
  srcLang: string
  tgtLang: string
  checks: QaCheck[]
  /** Units read; of those: checked (translated), without a translation, translate="no", without text. */
  units: number
  checked: number
  untranslated: number
  skipped: number
  empty: number
  /** Checked units whose source holds a term-base term. */
  withTerms: number
  /** Findings by check, dismissed ones not counted. */
  counts: Record<QaCheck, number>
  dismissed: number
  /** The findings (dismissed ones included, marked); at most `limit` of them. */
  findings: QaFinding[]
  /** True when there were more findings than the report keeps. */
  truncated: boolean
  notices: QaNotice[]
  elapsedMs: number
}

export interface QaRunArg {
  /** A file on disk (the desktop app, the CLI, a path typed in browser mode)… */
  path?: string
  /** …or its contents, sent by the browser (file picker, drop). */
  upload?: { name: string; base64: string }
  /** The checks to run (default: the term checks, DEFAULT_QA_CHECKS; `number` only when asked for). */
  checks?: QaCheck[]
  jobId?: string
}

export interface QaDismissArg {
  /** The report's file name. */
  file: string
  finding: Pick<QaFinding, 'unit' | 'check' | 'term' | 'found'>
  /** false takes a dismissal back. */
  dismissed: boolean
}

export interface QaExportArg {
  reportId: string
  format: 'html' | 'csv'
  /** Language of the HTML report's headings (the UI's language). */
  lang?: 'en' | 'zh-CN'
  /** Findings marked "not an error" are left out unless asked for. */
  includeDismissed?: boolean
}

export interface QaExportResult {
  fileName: string
  mimeType: string
  content: string
}

/** Terminology QA: a bilingual file checked against the term base. */
export interface QaApi {
  /**
   * Reads the file (XLIFF 1.2, SDLXLIFF, MQXLIFF, XLIFF 2.x, TMX, CSV, TSV, XLSX) and checks every translated
   * unit against the term base. Long job: pass a jobId for progress events and `workspace/cancelJob`.
   */
  'qa/run': (arg: QaRunArg) => Promise<QaReport>
  /** Marks a finding "not an error" for that file (remembered in the workspace), or takes that back. */
  'qa/dismiss': (arg: QaDismissArg) => Promise<{ ok: true }>
  /** The report as an HTML page or a CSV table, for the user to save. */
  'qa/export': (arg: QaExportArg) => Promise<QaExportResult>
}
