/** Messages between the job runner (main thread, job-runner.ts) and a job's worker thread (job-host.ts). */
import type { ApiErrorPayload, WriteHolder } from '../../shared/api'
import type { JobName } from './job-catalog'

export interface JobWorkerData {
  kind: 'job'
  name: JobName
  arg: unknown
  /** The workspace file: the worker opens its own connection to it. */
  file: string
  /** Electron's better-sqlite3 build, when the app runs in Electron. */
  nativeBinding?: string
  /** Int32 slot 0: set to 1 by the runner to cancel (seen even while the job's code runs synchronously). */
  cancel: SharedArrayBuffer
  /** Int32 slot 0: edits waiting on the main thread (write-gate.ts); the job lets them go first. */
  edits: SharedArrayBuffer
  /** This process, for the notes naming who holds the write lock. */
  processLabel: string
}

export type JobMessage =
  | { type: 'progress'; done: number; total: number; message?: string }
  | { type: 'waiting'; waiting: boolean; holder: WriteHolder | null }
  | { type: 'result'; value: unknown }
  | { type: 'error'; error: ApiErrorPayload }
