/**
 * The one contract between the UI and the Node side. Every operation is keyed 'area/verb',
 * takes one serialisable argument and returns a promise of a serialisable result. Electron IPC,
 * the web bridge and the CLI dispatch to the same handlers (src/main/handlers), which the
 * compiler checks against this type. Each area declares its slice in src/shared/api/.
 */
import type { ConcordanceApi } from './api/concordance'
import type { CorpusApi } from './api/corpus'
import type { ExchangeApi } from './api/exchange'
import type { MemoryApi } from './api/memory'
import type { MiningApi } from './api/mining'
import type { QaApi } from './api/qa'
import type { TeamApi } from './api/team'
import type { TermbaseApi } from './api/termbase'
import type { WorkspaceApi } from './api/workspace'
import type { ChangedArea } from './vocabulary'

export type AppApi = CorpusApi &
  WorkspaceApi &
  MiningApi &
  TermbaseApi &
  ExchangeApi &
  MemoryApi &
  ConcordanceApi &
  QaApi &
  TeamApi

export type ApiName = keyof AppApi
export type ApiArg<K extends ApiName> = Parameters<AppApi[K]>[0]
export type ApiResult<K extends ApiName> = Awaited<ReturnType<AppApi[K]>>

/** What the renderer sees: one generic, typed invoke (preload and web bridge alike). */
export interface ApiClient {
  invoke<K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>>
  /** Progress and change events pushed by the Node side; returns an unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void
  /** The desktop app answers native file dialogs (workspace/pickFile); browser mode uploads and downloads. */
  readonly shell?: 'desktop' | 'browser'
  /** Browser mode: the bytes of a file the server keeps (an export to a workspace/saveTarget path). */
  fetchFile?(path: string): Promise<Blob>
}

/** Events pushed from the Node side to every window. */
export type AppEvent =
  | { type: 'progress'; jobId: string; done: number; total: number; message?: string }
  | { type: 'changed'; area: ChangedArea }
  /**
   * A long job (import, export, mining, indexing…) started, waits for the write lock (`holder` has it),
   * or ended; `jobId` when a window started it.
   */
  | { type: 'job'; id: string; name: string; jobId?: string; state: JobState; holder?: WriteHolder | null }
  /**
   * Changes waiting for the workspace's write lock, which a long job (or another Shuyu process) holds:
   * they land, in order, when it commits. `waiting: 0` once they have all landed.
   */
  | { type: 'queue'; waiting: number; holder: WriteHolder | null }

export type JobState = 'running' | 'waiting' | 'done' | 'failed' | 'cancelled'

/** Who holds the workspace's write lock, as far as Shuyu can tell (its processes leave a note beside the file). */
export interface WriteHolder {
  pid: number
  /** What it is doing, in English: "importing big.tmx", "shuyu import big.tmx". */
  label: string
  /** ISO time it took the lock. */
  since: string
  /** This process (a job of this app), not another program. */
  self: boolean
}

/** Error shape carried across every transport. */
export interface ApiErrorPayload {
  code: 'invalid-argument' | 'not-found' | 'bad-input' | 'cancelled' | 'conflict' | 'internal'
  message: string
  file?: string
  line?: number
  column?: number
  /** A message the UI translates (`errors.<key>` in its resources); `message` stays the English text. */
  key?: string
  params?: Record<string, string | number>
}
