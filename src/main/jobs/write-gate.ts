/**
 * The main thread's edits, one at a time, each in its own `BEGIN IMMEDIATE … COMMIT`. While a job (or
 * another Shuyu process) holds the workspace's write lock, edits wait here, asynchronously and in
 * order, and land when it commits: the windows stay responsive, and no edit fails with "database is
 * locked". Windows are told (`queue` events) how many edits wait and for whom. Jobs see the count in a
 * shared slot and let waiting edits go first between their transactions (CallContext.yieldToEdits).
 */
import type { WriteHolder } from '../../shared/api'
import type { Db } from '../db/open-database'
import { beginWrite } from '../db/write-lock'
import type { EventBus } from '../events'
import { currentWriter } from '../workspace/writer-notes'

export class WriteGate {
  /** Int32 slot 0: edits queued or running here (read by jobs' workers). */
  readonly edits = new SharedArrayBuffer(4)
  private readonly count = new Int32Array(this.edits)
  private tail: Promise<unknown> = Promise.resolve()
  /** Set while the edit at the head waits for the lock: who holds it (null: unknown). */
  private waitingFor: { holder: WriteHolder | null } | null = null
  private announced = false

  constructor(
    private readonly db: () => Db,
    private readonly events: EventBus,
    /** Called after each edit commits (the app counts them to have the WAL checkpointed now and then). */
    private readonly afterCommit: () => void = () => {}
  ) {}

  /** Edits queued or running now. */
  get pending(): number {
    return Atomics.load(this.count, 0)
  }

  /** Runs a short write after the ones queued before it, in one transaction once the write lock is free. */
  write<T>(fn: () => Promise<T> | T, signal?: AbortSignal): Promise<T> {
    return this.enqueue(() => this.inTransaction(fn, signal))
  }

  /** Runs `fn` in the queue's turn without a transaction (in-process jobs, switching workspaces). */
  exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    return this.enqueue(async () => fn())
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    Atomics.add(this.count, 0, 1)
    const turn = this.tail.then(work)
    this.tail = turn.catch(() => undefined)
    return turn.finally(() => {
      Atomics.sub(this.count, 0, 1)
      Atomics.notify(this.count, 0)
      this.announce()
    })
  }

  private async inTransaction<T>(fn: () => Promise<T> | T, signal?: AbortSignal): Promise<T> {
    const db = this.db()
    await beginWrite(db, {
      signal,
      holder: () => currentWriter(db.name),
      onWait: (waiting, holder) => {
        this.waitingFor = waiting ? { holder } : null
        this.announce()
      }
    })
    try {
      const result = await fn()
      if (db.inTransaction) db.exec('COMMIT')
      this.afterCommit()
      return result
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw error
    }
  }

  private announce(): void {
    if (this.waitingFor) {
      this.announced = true
      this.events.emit({ type: 'queue', waiting: this.pending, holder: this.waitingFor.holder })
    } else if (this.announced) {
      this.announced = false
      this.events.emit({ type: 'queue', waiting: 0, holder: null })
    }
  }
}
