/** What a long operation gets from its caller: progress reporting and cancellation. */
export interface CallContext {
  jobId?: string
  progress(done: number, total: number, message?: string): void
  signal: AbortSignal
}

/** For calls nobody watches (seeding a new workspace, tests): no progress, never cancelled. */
export const noContext: CallContext = {
  progress: () => {},
  signal: new AbortController().signal
}
