// Worker thread for long jobs (built to out/main/worker.js): mining (run-miner.ts starts it without a
// `kind` in workerData, or 'mine') and an exchange file's parse (exchange/parse-in-worker.ts).
import { parentPort, workerData } from 'node:worker_threads'

import type { ParseJobData } from '../exchange/parse-protocol'
import { serveMining } from './mine-job'
import { runParseJob } from './parse-exchange-job'

const job = workerData as { kind?: string } | null
if (job?.kind === 'exchange-parse') void runParseJob(job as ParseJobData)
else serveMining(parentPort)
