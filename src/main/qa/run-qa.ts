/**
 * `qa/run`: a bilingual file checked against the term base. The term base is loaded once into matchers
 * (load-terms.ts), the file streamed unit by unit into the pure checks (core/qa), and read a second time only
 * when some term was rendered in more than one way (the `inconsistent` check). Every ~50 ms the loop lets the
 * event loop run, so progress events go out and a cancel gets in; findings marked "not an error" for the
 * file come back marked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

import { QaSession } from '../../core/qa'
import type { Segmenter } from '../../core/text/segmenter'
import type { QaReport } from '../../shared/api/qa'
import type { QaCheck } from '../../shared/vocabulary'
import { ApiError } from '../api-error'
import type { CallContext } from '../call-context'
import type { Db } from '../db/open-database'
import { openBilingual } from './bilingual-file'
import { dismissalsOf } from './dismissals-repo'
import { qaTermIndex } from './load-terms'
import { newReportId, storeReport } from './report-store'

export interface QaRunInput {
  path: string
  /** The name the user knows the file by (an upload's own name), default the path's base name. */
  name?: string
  checks?: QaCheck[]
  segmenter?: Segmenter
}

const PACE_MS = 50

export async function runQa(db: Db, input: QaRunInput, call: CallContext): Promise<QaReport> {
  const started = performance.now()
  const cancelled = () => new ApiError('cancelled', 'QA cancelled', { key: 'qa.cancelled' })
  if (call.signal.aborted) throw cancelled()
  const file = await openBilingual(input.path, input.name)
  const index = qaTermIndex(db)
  const session = new QaSession(index, {
    checks: input.checks,
    segmenter: input.segmenter,
    isDismissed: dismissalsOf(db, file.name)
  })

  let bytes = 0
  let lastBreak = performance.now()
  const pace = async (phase: string, done: number, total: number): Promise<void> => {
    if (performance.now() - lastBreak < PACE_MS) return
    call.progress(done, total, phase)
    await new Promise((resolve) => setImmediate(resolve))
    lastBreak = performance.now()
    if (call.signal.aborted) throw cancelled()
  }

  call.progress(0, file.size, 'checking')
  let n = 0
  for await (const unit of file.units((b) => (bytes = b))) {
    session.add(unit)
    if (++n % 64 === 0) await pace('checking', bytes, file.size)
  }
  const again = session.secondPass()
  if (again.size > 0) {
    let ordinal = 0
    for await (const unit of file.units((b) => (bytes = b))) {
      if (again.has(ordinal)) session.addAgain(unit, ordinal)
      if (++ordinal % 64 === 0) await pace('consistency', bytes, file.size)
    }
  }
  call.progress(file.size, file.size, 'done')

  const report: QaReport = {
    reportId: newReportId(),
    file: file.name,
    format: file.format,
    ...session.result(),
    elapsedMs: Math.round(performance.now() - started)
  }
  storeReport(report)
  return report
}

/** An uploaded file (browser mode) is written to a private temporary folder for the run, then removed. */
export async function runQaOnUpload(
  db: Db,
  upload: { name: string; base64: string },
  input: Omit<QaRunInput, 'path' | 'name'>,
  call: CallContext
): Promise<QaReport> {
  const name = basename(upload.name.replace(/\\/g, '/')) || 'upload'
  const dir = mkdtempSync(join(tmpdir(), 'shuyu-qa-'))
  try {
    const path = join(dir, name)
    writeFileSync(path, Buffer.from(upload.base64, 'base64'))
    try {
      return await runQa(db, { ...input, path, name }, call)
    } catch (error) {
      // Messages name the file as the user knows it, not the temporary copy.
      if (!(error instanceof ApiError) || error.details.file !== path) throw error
      throw new ApiError(error.code, error.message.split(path).join(name), { ...error.details, file: name })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
