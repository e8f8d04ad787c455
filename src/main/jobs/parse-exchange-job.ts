/**
 * Worker side of an exchange file's parse (see exchange/parse-protocol.ts): reads and parses the file,
 * posting entries in batches to the import, which takes them synchronously while it writes them.
 */
import { FormatError, type FormatWarning, parseTbx, parseTmx } from '../../core/exchange'
import { ApiError } from '../api-error'
import { readTextChunks } from '../exchange/input-file'
import {
  AHEAD,
  BATCH,
  HEARTBEAT,
  type ParseJobData,
  type ParseMessage,
  POSTED,
  TAKEN
} from '../exchange/parse-protocol'

export async function runParseJob(job: ParseJobData): Promise<void> {
  const control = new Int32Array(job.control)
  const port = job.port
  let items: unknown[] = []
  let warnings: FormatWarning[] = []

  const post = (message: ParseMessage): void => {
    port.postMessage(message)
    Atomics.add(control, POSTED, 1)
    Atomics.notify(control, POSTED)
  }
  const flush = (): void => {
    post({ type: 'batch', items, warnings })
    items = []
    warnings = []
    // Flow control: wait while the import is AHEAD batches behind (it notifies TAKEN as it reads).
    for (;;) {
      const taken = Atomics.load(control, TAKEN)
      if (Atomics.load(control, POSTED) - taken < AHEAD) break
      Atomics.wait(control, TAKEN, taken, 1000)
    }
  }
  function* chunks(): Generator<string> {
    for (const chunk of readTextChunks(job.path, job.file)) {
      Atomics.add(control, HEARTBEAT, 1)
      yield chunk
    }
  }

  try {
    const onWarning = (w: FormatWarning): void => void warnings.push(w)
    const entries =
      job.format === 'tbx' ? parseTbx(chunks(), job.file, { onWarning }) : parseTmx(chunks(), job.file, { onWarning })
    for await (const entry of entries) {
      items.push(entry)
      if (items.length >= BATCH) flush()
    }
    if (items.length > 0 || warnings.length > 0) flush()
    post({ type: 'end' })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof FormatError) {
      post({
        type: 'error',
        message,
        format: {
          file: error.file,
          line: error.line,
          column: error.column,
          reason: error.reason,
          key: error.key,
          params: error.params
        }
      })
    } else if (error instanceof ApiError) {
      post({ type: 'error', message, api: { code: error.code, details: { ...error.details } } })
    } else post({ type: 'error', message })
  }
}
