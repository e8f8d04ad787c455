import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { mineCorpus } from '../../core/mining'
import { MiningCancelled, type MineResult, type MiningDocument } from '../../core/mining/types'
import { ApiError, type CallContext } from '../handlers/types'
import { loadReference, referenceFile } from './load-reference'

export interface MinerRequest {
  docs: MiningDocument[]
  referenceFile: string
}

export type MinerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: MineResult }
  | { type: 'error'; message: string }

/** The built worker (out/main/worker.js); absent when running from sources (tests), where we mine in-process. */
const workerFile = join(__dirname, 'worker.js')

/**
 * Mines off the main thread so the window and the other requests stay responsive; progress goes
 * to the caller and `jobs/cancel` terminates the worker.
 */
export function runMiner(docs: MiningDocument[], call: CallContext): Promise<MineResult> {
  if (!existsSync(workerFile)) return runInProcess(docs, call)
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { kind: 'mine' } })
    const onAbort = () => {
      void worker.terminate()
      reject(new ApiError('cancelled', 'Mining cancelled'))
    }
    call.signal.addEventListener('abort', onAbort, { once: true })
    const done = () => call.signal.removeEventListener('abort', onAbort)
    worker.on('message', (message: MinerMessage) => {
      if (message.type === 'progress') call.progress(message.done, message.total, 'mining')
      else {
        done()
        void worker.terminate()
        if (message.type === 'result') resolve(message.result)
        else reject(new ApiError('internal', message.message))
      }
    })
    worker.on('error', (error) => {
      done()
      reject(error)
    })
    worker.postMessage({ docs, referenceFile: referenceFile() } satisfies MinerRequest)
  })
}

async function runInProcess(docs: MiningDocument[], call: CallContext): Promise<MineResult> {
  try {
    return mineCorpus(docs, {
      reference: loadReference(),
      limit: 0,
      onProgress: (done, total) => call.progress(done, total, 'mining'),
      isCancelled: () => call.signal.aborted
    })
  } catch (error) {
    if (error instanceof MiningCancelled) throw new ApiError('cancelled', 'Mining cancelled')
    throw error
  }
}
