/**
 * Runs the catalog's jobs (job-catalog.ts) off the main thread: each in a worker thread of the built
 * bundle (out/main/worker.js) with its own connection to the workspace, while the main thread only
 * dispatches, reads and forwards progress. A job = name + argument + progress + result; `workspace/
 * cancelJob` reaches it through a shared flag its code sees even mid-loop. From sources (tests, tsx),
 * where no built worker exists, a job runs in-process in the write gate's turn (edits wait for it).
 *
 * Background catch-ups the main thread asks for (the concordance index, the fuzzy-match index after a
 * large import) go through `request`: one of each at a time, started when no writing job runs.
 */
import { Worker } from 'node:worker_threads'

import type { AppEvent, JobState } from '../../shared/api'
import { ApiError } from '../api-error'
import type { CallContext } from '../call-context'
import type { Db } from '../db/open-database'
import type { EventBus } from '../events'
import { getProcessLabel } from '../workspace/writer-notes'
import { type JobArg, jobCatalog, type JobName, type JobResult } from './job-catalog'
import type { JobMessage, JobWorkerData } from './job-protocol'
import { builtWorkerFile } from './worker-file'
import type { WriteGate } from './write-gate'

/** After a cancel, a job whose code does not stop by itself within this long is terminated. */
const CANCEL_GRACE_MS = 15_000

export interface JobRunnerOptions {
  /** The open workspace: its file (for the worker's connection) and the main connection (in-process jobs). */
  workspace: () => { file: string; db: Db }
  nativeBinding?: string
  gate: WriteGate
  events: EventBus
  /** Test seam: the worker bundle (default: the built one, or SHUYU_WORKER_FILE); null runs in-process. */
  workerFile?: () => string | null
}

type BackgroundJob = 'concordance/index' | 'memory/warmUp' | 'workspace/checkpoint'

interface Running {
  name: JobName
  writes: boolean
}

export class JobRunner {
  private readonly running = new Map<string, Running>()
  private readonly requested = new Map<
    BackgroundJob,
    { done: (result: JobResult<BackgroundJob>) => void; needed: () => boolean }
  >()
  private seq = 0

  constructor(private readonly options: JobRunnerOptions) {}

  /** Whether any job is running. */
  get busy(): boolean {
    return this.running.size > 0
  }

  /** Names of the jobs running now. */
  get active(): JobName[] {
    return [...this.running.values()].map((r) => r.name)
  }

  /** Runs a job to its result; progress and cancellation through `call`. */
  run<K extends JobName>(name: K, arg: JobArg<K>, call: CallContext): Promise<JobResult<K>> {
    const id = `job-${++this.seq}`
    const writes = jobCatalog[name].writes
    this.running.set(id, { name, writes })
    const say = (state: JobState, extra: Partial<Extract<AppEvent, { type: 'job' }>> = {}) =>
      this.options.events.emit({ type: 'job', id, name, jobId: call.jobId, state, ...extra })
    say('running')
    const tracked: CallContext = {
      ...call,
      waiting: (waiting, holder) => {
        call.waiting?.(waiting, holder)
        say(waiting ? 'waiting' : 'running', waiting ? { holder } : {})
      }
    }
    const file = (this.options.workerFile ?? builtWorkerFile)()
    const work = file ? this.inWorker(file, name, arg, tracked) : this.inProcess(name, arg, tracked)
    return work.then(
      (result) => {
        this.finish(id)
        say('done')
        return result
      },
      (error: unknown) => {
        this.finish(id)
        say(error instanceof ApiError && error.code === 'cancelled' ? 'cancelled' : 'failed')
        throw error
      }
    )
  }

  /**
   * Asks for a background catch-up (deduplicated: one of each name pending or running); `done` gets its
   * result on the main thread. Started now unless a writing job runs, else when the last one ends, and
   * then only if `needed()` still says so (the job that held it up may have done the work).
   */
  request<K extends BackgroundJob>(
    name: K,
    done: (result: JobResult<K>) => void,
    needed: () => boolean = () => true
  ): void {
    if (this.requested.has(name) || this.active.includes(name)) return
    this.requested.set(name, { done: done as (result: JobResult<BackgroundJob>) => void, needed })
    queueMicrotask(() => this.startRequested())
  }

  private finish(id: string): void {
    this.running.delete(id)
    if (this.requested.size > 0) queueMicrotask(() => this.startRequested())
  }

  private startRequested(): void {
    if ([...this.running.values()].some((r) => r.writes)) return
    for (const [name, { done, needed }] of this.requested) {
      this.requested.delete(name)
      if (!needed()) continue
      const call: CallContext = { progress: () => {}, signal: new AbortController().signal }
      this.run(name, {}, call).then(done, () => {
        // A failed catch-up costs speed only: the next read asks again.
      })
      return // one at a time: the next starts when this one ends
    }
  }

  private inProcess<K extends JobName>(name: K, arg: JobArg<K>, call: CallContext): Promise<JobResult<K>> {
    const def = jobCatalog[name] as unknown as {
      writes: boolean
      run(ctx: { db: Db; call: CallContext; transfer(): void }, arg: unknown): Promise<JobResult<K>>
    }
    const go = () => def.run({ db: this.options.workspace().db, call, transfer: () => {} }, arg)
    return def.writes ? this.options.gate.exclusive(go) : go()
  }

  private inWorker<K extends JobName>(file: string, name: K, arg: JobArg<K>, call: CallContext): Promise<JobResult<K>> {
    const cancel = new SharedArrayBuffer(4)
    const data: JobWorkerData = {
      kind: 'job',
      name,
      arg,
      file: this.options.workspace().file,
      nativeBinding: this.options.nativeBinding,
      cancel,
      edits: this.options.gate.edits,
      processLabel: getProcessLabel()
    }
    const worker = new Worker(file, { workerData: data })
    return new Promise<JobResult<K>>((resolve, reject) => {
      let settled = false
      let killTimer: NodeJS.Timeout | undefined
      const settle = (fn: () => void) => {
        if (settled) return
        settled = true
        call.signal.removeEventListener('abort', onAbort)
        if (killTimer) clearTimeout(killTimer)
        fn()
        void worker.terminate()
      }
      const onAbort = () => {
        Atomics.store(new Int32Array(cancel), 0, 1)
        // Code that never looks (a library's long synchronous call): stop the thread. Its connection
        // closes with it, and SQLite rolls back what it had not committed.
        killTimer = setTimeout(
          () => settle(() => reject(new ApiError('cancelled', 'Cancelled', { key: 'jobs.cancelled' }))),
          CANCEL_GRACE_MS
        )
      }
      if (call.signal.aborted) onAbort()
      else call.signal.addEventListener('abort', onAbort, { once: true })
      worker.on('message', (message: JobMessage) => {
        switch (message.type) {
          case 'progress':
            call.progress(message.done, message.total, message.message)
            break
          case 'waiting':
            call.waiting?.(message.waiting, message.holder)
            break
          case 'result':
            settle(() => resolve(message.value as JobResult<K>))
            break
          case 'error': {
            const { code, message: text, ...details } = message.error
            settle(() => reject(new ApiError(code, text, details)))
          }
        }
      })
      worker.on('error', (error) =>
        settle(() => reject(new ApiError('internal', `The ${name} job failed: ${error.message}`)))
      )
      worker.on('exit', (code) =>
        settle(() => reject(new ApiError('internal', `The ${name} job stopped unexpectedly (exit code ${code})`)))
      )
    })
  }
}
