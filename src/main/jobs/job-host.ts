/**
 * Worker side of a job: opens its own connection to the workspace, runs the catalog's function for the
 * job, and posts progress, waits and the result (typed arrays moved, not copied) to the runner.
 */
import type { MessagePort } from 'node:worker_threads'

import type { CallContext } from '../call-context'
import { openDatabase } from '../db/open-database'
import { toPayload } from '../dispatch'
import { setProcessLabel } from '../workspace/writer-notes'
import { jobCatalog } from './job-catalog'
import type { JobMessage, JobWorkerData } from './job-protocol'

/** How long a job lets the main thread's queued edits go first before it takes the lock again. */
const EDITS_FIRST_MS = 2000
/** A job blocks (it may: it is not the main thread) this long on a lock other code holds briefly. */
const BUSY_TIMEOUT_MS = 60_000

export async function hostJob(data: JobWorkerData, port: MessagePort): Promise<void> {
  setProcessLabel(data.processLabel)
  const post = (message: JobMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)
  const cancelFlag = new Int32Array(data.cancel)
  const edits = new Int32Array(data.edits)
  const controller = new AbortController()
  const signal = controller.signal
  const isAborted = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted')!.get!
  const checkCancel = () => {
    if (!isAborted.call(signal) && Atomics.load(cancelFlag, 0) !== 0) controller.abort()
  }
  // Every `signal.aborted` a job reads looks at the shared flag, so a cancel is seen at its next check
  // even while the job runs synchronously (no event reaches this thread then).
  Object.defineProperty(signal, 'aborted', {
    get: () => {
      checkCancel()
      return isAborted.call(signal) as boolean
    }
  })
  // Asynchronous stretches of a job see a cancel through this; synchronous ones at their next progress.
  const timer = setInterval(checkCancel, 100)
  const call: CallContext = {
    signal,
    progress: (done, total, message) => {
      checkCancel()
      post({ type: 'progress', done, total, message })
    },
    waiting: (waiting, holder) => post({ type: 'waiting', waiting, holder }),
    yieldToEdits: () => {
      const until = Date.now() + EDITS_FIRST_MS
      for (let n = Atomics.load(edits, 0); n > 0 && Date.now() < until; n = Atomics.load(edits, 0)) {
        Atomics.wait(edits, 0, n, 50)
      }
    }
  }
  let db: ReturnType<typeof openDatabase> | undefined
  try {
    db = openDatabase(data.file, { nativeBinding: data.nativeBinding })
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    const transfer: ArrayBuffer[] = []
    const def = jobCatalog[data.name] as {
      run(ctx: { db: typeof db; call: CallContext; transfer(b: ArrayBuffer[]): void }, arg: unknown): Promise<unknown>
    }
    const value = await def.run({ db, call, transfer: (buffers) => transfer.push(...buffers) }, data.arg)
    // What the job wrote goes into the database file here, not in a later commit of the main thread
    // (the app's main connection never checkpoints: copying a large import's WAL takes seconds).
    if (jobCatalog[data.name].writes) db.pragma('wal_checkpoint(PASSIVE)')
    post({ type: 'result', value }, transfer)
  } catch (error) {
    post({ type: 'error', error: toPayload(error, data.file) })
  } finally {
    clearInterval(timer)
    db?.close()
  }
}
