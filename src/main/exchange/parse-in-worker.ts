/**
 * Main side of a parse in a worker thread (see parse-protocol.ts): a synchronous generator of the file's
 * entries, so the import's transaction never yields to the event loop while it waits for them.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'

import { FormatError, type WarningSink } from '../../core/exchange'
import { ApiError } from '../api-error'
import { CONTROL_SLOTS, HEARTBEAT, type ParseJobData, type ParseMessage, POSTED, TAKEN } from './parse-protocol'

/** No message and no chunk read for this long: the worker is gone (crashed, out of memory). */
const STALL_MS = 60_000

let blockingWaitAllowed: boolean | undefined

/**
 * Whether this thread may block in Atomics.wait (Node's main thread may; a browser-like main thread may
 * not). Without it, the caller parses in-process as before.
 */
export function canWaitSynchronously(): boolean {
  if (blockingWaitAllowed === undefined) {
    try {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0)
      blockingWaitAllowed = true
    } catch {
      blockingWaitAllowed = false
    }
  }
  return blockingWaitAllowed
}

export function* parseInWorker<T>(
  workerFile: string,
  format: 'tbx' | 'tmx',
  path: string,
  file: string,
  onWarning: WarningSink
): Generator<T> {
  const control = new SharedArrayBuffer(CONTROL_SLOTS * 4)
  const counters = new Int32Array(control)
  const { port1, port2 } = new MessageChannel()
  const data: ParseJobData = { kind: 'exchange-parse', format, path, file, control, port: port2 }
  const worker = new Worker(workerFile, { workerData: data, transferList: [port2] })
  try {
    let quietSince = performance.now()
    let beat = Atomics.load(counters, HEARTBEAT)
    for (;;) {
      const posted = Atomics.load(counters, POSTED)
      const received = receiveMessageOnPort(port1)
      if (!received) {
        Atomics.wait(counters, POSTED, posted, 500)
        const now = performance.now()
        const nextBeat = Atomics.load(counters, HEARTBEAT)
        if (nextBeat !== beat) {
          beat = nextBeat
          quietSince = now
        } else if (now - quietSince > STALL_MS) {
          throw new ApiError('internal', `${file}: the parser stopped responding`, {
            file: path,
            key: 'exchange.parserStalled',
            params: { name: file }
          })
        }
        continue
      }
      quietSince = performance.now()
      Atomics.add(counters, TAKEN, 1)
      Atomics.notify(counters, TAKEN)
      const message = received.message as ParseMessage
      if (message.type === 'end') return
      if (message.type === 'error') throw rebuildError(message)
      for (const w of message.warnings) onWarning(w)
      yield* message.items as T[]
    }
  } finally {
    port1.close()
    void worker.terminate()
  }
}

function rebuildError(message: Extract<ParseMessage, { type: 'error' }>): Error {
  if (message.format) {
    const f = message.format
    return new FormatError(f.file, f.line, f.column, f.reason, f.key, f.params)
  }
  if (message.api) return new ApiError(message.api.code as ApiError['code'], message.message, message.api.details)
  return new Error(message.message)
}
