// Worker thread for long jobs (built to out/main/worker.js): mining today.
import { parentPort } from 'node:worker_threads'
import { mineCorpus } from '../../core/mining'
import { loadReference } from '../mining/load-reference'
import type { MinerMessage, MinerRequest } from '../mining/run-miner'

parentPort?.once('message', (request: MinerRequest) => {
  const post = (message: MinerMessage) => parentPort?.postMessage(message)
  try {
    let last = 0
    const result = mineCorpus(request.docs, {
      reference: loadReference(request.referenceFile),
      limit: 0,
      onProgress: (done, total) => {
        // At most ~10 progress messages a second.
        const now = Date.now()
        if (now - last > 100 || done === total) {
          last = now
          post({ type: 'progress', done, total })
        }
      }
    })
    post({ type: 'result', result })
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
})
