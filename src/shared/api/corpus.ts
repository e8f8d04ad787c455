import type { DocumentDetail, DocumentSummary, ImportReport, SegmentView } from '../models'

/** Corpus documents: import, list, read, delete. */
export interface CorpusApi {
  /** Imports files or folders from disk (Electron, CLI, or a path typed in browser mode). */
  'corpus/import': (arg: { paths: string[]; jobId?: string }) => Promise<ImportReport>
  /**
   * Imports file contents sent by the UI (drag and drop, file picker): each file's bytes in base64, or (browser
   * mode) `spooled`, the id under which the web bridge streamed them to disk as the request arrived.
   */
  'corpus/upload': (arg: {
    files: ({ name: string; base64: string } | { name: string; spooled: string })[]
    jobId?: string
  }) => Promise<ImportReport>
  'corpus/list': (arg: Record<string, never>) => Promise<DocumentSummary[]>
  'corpus/get': (arg: { id: number }) => Promise<DocumentDetail>
  /** Segments of a document in reading order: `offset` counts segments from the start (0-based). */
  'corpus/segments': (arg: { documentId: number; offset?: number; limit?: number }) => Promise<SegmentView[]>
  /** Where a segment stands: its document and position, so a reader can open the document there. */
  'corpus/locate': (arg: { segmentId: number }) => Promise<{ documentId: number; offset: number }>
  /** Soft-deletes a document; `workspace/undo` brings it back. */
  'corpus/delete': (arg: { id: number }) => Promise<{ ok: true }>
}
