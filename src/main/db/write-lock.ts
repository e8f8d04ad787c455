/**
 * Taking the workspace's write lock without freezing the thread that asks. SQLite's own wait
 * (busy_timeout) blocks the calling thread, which on the main thread is every window; so writers here
 * try `BEGIN IMMEDIATE` with no wait and, when another connection holds the lock (a job's worker,
 * another Shuyu process), wait asynchronously and try again, saying who they wait for once.
 */
import { setTimeout as sleep } from 'node:timers/promises'

import type { WriteHolder } from '../../shared/api'
import { ApiError } from '../api-error'
import type { CallContext } from '../call-context'
import { currentWriter, describeHolder, leaveWriterNote } from '../workspace/writer-notes'
import type { Db } from './open-database'

/** SQLITE_BUSY and its extended codes, SQLITE_LOCKED: "database is locked" and friends. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
}

/** Runs `fn` with SQLite's busy wait off: a locked database fails at once instead of blocking the thread. */
export function withoutBusyWait<T>(db: Db, fn: () => T): T {
  const previous = db.pragma('busy_timeout', { simple: true }) as number
  if (previous === 0) return fn()
  db.pragma('busy_timeout = 0')
  try {
    return fn()
  } finally {
    db.pragma(`busy_timeout = ${previous}`)
  }
}

/** `BEGIN IMMEDIATE` if the write lock is free now; false (nothing begun) when another connection holds it. */
export function tryBeginImmediate(db: Db): boolean {
  try {
    withoutBusyWait(db, () => db.exec('BEGIN IMMEDIATE'))
    return true
  } catch (error) {
    if (isBusyError(error)) return false
    throw error
  }
}

/**
 * Writes that a read brings along (an index catching up before a search): done now when the lock is free,
 * skipped (undefined) when another connection holds it, so the read never waits for an import. Inside a
 * transaction already, simply runs.
 */
export function writeIfFree<T>(db: Db, fn: () => T): T | undefined {
  if (db.inTransaction) return fn()
  if (!tryBeginImmediate(db)) return undefined
  try {
    const result = fn()
    db.exec('COMMIT')
    return result
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    if (isBusyError(error)) return undefined
    throw error
  }
}

export interface WaitForLock {
  signal?: AbortSignal
  /** Who holds the lock (the notes beside the workspace); asked once the first try fails. */
  holder?: () => WriteHolder | null
  /** Called when the first try fails (waiting: true, with the holder if known) and once the wait is over. */
  onWait?: (waiting: boolean, holder: WriteHolder | null) => void
  /** Give up after this many ms (default: wait while the holder works). */
  timeoutMs?: number
}

/** Waits (asynchronously) until `BEGIN IMMEDIATE` succeeds on `db`. */
export async function beginWrite(db: Db, opts: WaitForLock = {}): Promise<void> {
  if (tryBeginImmediate(db)) return
  const started = Date.now()
  opts.onWait?.(true, opts.holder?.() ?? null)
  let pause = 5
  try {
    for (;;) {
      if (opts.signal?.aborted) throw new ApiError('cancelled', 'Cancelled while waiting for the workspace')
      if (opts.timeoutMs !== undefined && Date.now() - started > opts.timeoutMs)
        throw busyError(opts.holder?.() ?? null)
      await sleep(pause)
      pause = Math.min(250, pause * 2)
      if (tryBeginImmediate(db)) return
    }
  } finally {
    opts.onWait?.(false, null)
  }
}

/** The error a write that could not wait reports: translated, naming the holder when known. */
export function busyError(holder: WriteHolder | null): ApiError {
  const who = describeHolder(holder)
  return new ApiError('conflict', `The workspace is busy: ${who} is writing to it. Try again when it has finished`, {
    key: holder ? 'workspace.busyBy' : 'workspace.busy',
    params: holder ? { pid: holder.pid, label: holder.label, since: holder.since.slice(11, 19) } : {}
  })
}

/**
 * A long writer's transaction: waits (asynchronously, saying for whom) until the write lock is free,
 * leaves a note naming this process and `what` beside the workspace for others who must wait, runs `fn`
 * and commits, or rolls back when it throws.
 */
export async function inWriteTransaction<T>(
  db: Db,
  call: CallContext,
  what: string,
  fn: () => T | Promise<T>
): Promise<T> {
  call.yieldToEdits?.()
  await beginWrite(db, {
    signal: call.signal,
    holder: () => currentWriter(db.name),
    onWait: (waiting, holder) => call.waiting?.(waiting, holder)
  })
  const removeNote = leaveWriterNote(db.name, what)
  try {
    const result = await fn()
    db.exec('COMMIT')
    return result
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw error
  } finally {
    removeNote()
  }
}
