// Worker thread for long jobs (built to out/main/worker.js): a job of the catalog (job-host.ts, started by
// the job runner), an exchange file's parse (exchange/parse-in-worker.ts), or a chunk of mining
// (run-miner.ts starts it without a `kind` in workerData, or 'mine').
import { parentPort, workerData } from 'node:worker_threads'

import type { ParseJobData } from '../exchange/parse-protocol'
import type { JobWorkerData } from './job-protocol'
import { serveMining } from './mine-job'
import { runParseJob } from './parse-exchange-job'
import { lowerThreadPriority } from './thread-priority'

const job = workerData as { kind?: string } | null
// A job's thread and its parser yield the CPU to the main thread (every window) on a busy machine. The
// miner's chunk workers keep the process's priority: they are the job's throughput, measured as such.
if (job?.kind === 'job' || job?.kind === 'exchange-parse') lowerThreadPriority()
if (job?.kind === 'job' && parentPort) {
  const port = parentPort
  // Loaded only here: the parse and mining workers need none of the catalog's modules.
  void import('./job-host').then(({ hostJob }) => hostJob(job as JobWorkerData, port))
} else if (job?.kind === 'exchange-parse') void runParseJob(job as ParseJobData)
else serveMining(parentPort)
