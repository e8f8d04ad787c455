import type { ExchangeImportReport, ExportArg, ExportReport, ImportArg } from '../models'

/**
 * Exchange with other tools: export the term base (TBX v3, TBX v2, CSV, OmegaT TSV, XLSX) and the
 * translation memory (TMX), import the same formats. Long jobs: pass a jobId for progress events.
 */
export interface ExchangeApi {
  /** Streams the selection to `path` (written to a temporary file, renamed when complete). */
  'exchange/export': (arg: ExportArg) => Promise<ExportReport>
  /** What `exchange/import` would do, counted without writing anything (for CSV/XLSX: the column mapping). */
  'exchange/preview': (arg: ImportArg) => Promise<ExchangeImportReport>
  /**
   * Imports in one transaction (all or nothing), undoable as one history entry. `indexAfter` (the app's
   * dialog sets it): after a TMX import, also bring the concordance and fuzzy-match indexes up to date,
   * with progress, before answering; without it (the CLI) the next search or lookup does that.
   */
  'exchange/import': (arg: ImportArg & { jobId?: string; indexAfter?: boolean }) => Promise<ExchangeImportReport>
}
