/**
 * Runs user regexes where they cannot hang the app. A JavaScript regex cannot be interrupted
 * (".*.*.*x" on 1,000 characters backtracks for minutes), so matching happens in a worker thread
 * while this thread waits (Atomics.wait) with a deadline; past the deadline the worker is
 * terminated and a fresh one is made next time. Static checks (regex-safety.ts) reject the
 * classic exponential patterns up front with a clear message; the deadline catches the rest.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads'

import { MAX_REGEX_SUBJECT } from '../../core/concordance/regex-safety'

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const { port, signal } = workerData
const flag = new Int32Array(signal)
port.on('message', ({ source, flags, texts, cap }) => {
  const re = new RegExp(source, flags)
  const out = texts.map((t) => {
    const s = t.length > cap ? t.slice(0, cap) : t
    const spans = []
    re.lastIndex = 0
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) { re.lastIndex++; continue }
      spans.push(m.index, m.index + m[0].length)
    }
    return spans
  })
  port.postMessage(out)
  Atomics.store(flag, 0, 1)
  Atomics.notify(flag, 0)
})
`

interface Runner {
  worker: Worker
  port: MessagePort
  flag: Int32Array
}

let runner: Runner | null = null

function start(): Runner {
  const signal = new SharedArrayBuffer(4)
  const { port1, port2 } = new MessageChannel()
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, signal },
    transferList: [port2]
  })
  worker.unref()
  return { worker, port: port1, flag: new Int32Array(signal) }
}

/**
 * Match spans (flat [start, end, start, end…]) per text, or null when the deadline passed.
 * Blocks the calling thread for at most `budgetMs`.
 */
export function runRegex(regex: RegExp, texts: string[], budgetMs: number): number[][] | null {
  if (budgetMs <= 0) return null
  runner ??= start()
  const r = runner
  Atomics.store(r.flag, 0, 0)
  const flags = regex.flags.includes('g') ? regex.flags : regex.flags + 'g'
  r.port.postMessage({ source: regex.source, flags, texts, cap: MAX_REGEX_SUBJECT })
  const state = Atomics.wait(r.flag, 0, 0, budgetMs)
  if (state === 'timed-out') {
    void r.worker.terminate()
    r.port.close()
    runner = null
    return null
  }
  const msg = receiveMessageOnPort(r.port)
  return msg ? (msg.message as number[][]) : null
}

/** Stops the worker (tests, app shutdown). */
export function stopRegexRunner(): void {
  if (runner) {
    void runner.worker.terminate()
    runner.port.close()
    runner = null
  }
}
