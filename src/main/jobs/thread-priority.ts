import { readlinkSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'

/** Nice steps a job's thread goes below the process (19 is the lowest priority). */
const LOWER_BY = 10

/**
 * Lowers the calling worker thread's scheduling priority, so on a busy machine the main thread (every
 * window, every request) gets the CPU first and the job takes what is left. Linux only: a thread has its
 * own nice value there, found through /proc/thread-self; elsewhere (and where not allowed) nothing changes.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid)
      setPriority(tid, Math.min(19, getPriority(tid) + LOWER_BY))
  } catch {
    // Not permitted, or no /proc: the job runs at the process's priority.
  }
}
