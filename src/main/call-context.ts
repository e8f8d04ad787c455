import type { WriteHolder } from '../shared/api'

/** What a long operation gets from its caller: progress reporting and cancellation. */
export interface CallContext {
  jobId?: string
  progress(done: number, total: number, message?: string): void
  signal: AbortSignal
  /**
   * Long writers: told when they start waiting for the workspace's write lock and who holds it (another
   * Shuyu process, another job; null: unknown), and when the wait is over, so the caller can say why
   * nothing moves.
   */
  waiting?(waiting: boolean, holder: WriteHolder | null): void
  /** Long writers call it between their transactions: edits queued on the main thread go first. */
  yieldToEdits?(): void
}

/** For calls nobody watches (seeding a new workspace, tests): no progress, never cancelled. */
export const noContext: CallContext = {
  progress: () => {},
  signal: new AbortController().signal
}
