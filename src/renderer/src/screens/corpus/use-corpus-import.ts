import { useCallback, useState } from 'react'

import type { ImportReport } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import type { PickedFile } from '../../components/files/picked-files'
import { type JobProgress, useJob } from '../../data/use-job'
import { toApiError } from '../../lib/api-error'
import { filesToPayload } from '../../lib/base64'

export type ImportProgress = JobProgress

export interface CorpusImportState {
  running: boolean
  /** File count of the running job, shown before the first progress event arrives. */
  fileCount: number
  progress: ImportProgress | null
  report: ImportReport | null
  cancelled: boolean
}

type Outcome = Pick<CorpusImportState, 'fileCount' | 'report' | 'cancelled'>
const idle: Outcome = { fileCount: 0, report: null, cancelled: false }

/**
 * One import job at a time: paths (the desktop app's Browse…) are imported where they are, files the
 * window holds (a drop, the browser's file input) are sent; either way as a job, follows its progress, and keeps the
 * report for the summary panel. `onFinished` runs after every job, whatever became of it.
 */
export function useCorpusImport(onFinished: () => void) {
  const api = useApi()
  const { reportError } = useFeedback()
  const job = useJob()
  const { run, busy, cancel: cancelJob } = job
  const [outcome, setOutcome] = useState<Outcome>(idle)

  const start = useCallback(
    async (picked: readonly PickedFile[]) => {
      if (picked.length === 0 || busy()) return
      setOutcome({ ...idle, fileCount: picked.length })
      const paths = picked.flatMap((p) => ('path' in p ? [p.path] : []))
      const files = picked.flatMap((p) => ('file' in p ? [p.file] : []))
      try {
        const report = await run(async (jobId) =>
          files.length === 0
            ? api.invoke('corpus/import', { paths, jobId })
            : api.invoke('corpus/upload', { files: await filesToPayload(files), jobId })
        )
        setOutcome({ ...idle, report })
      } catch (error) {
        const cancelled = toApiError(error).code === 'cancelled'
        setOutcome({ ...idle, cancelled })
        if (!cancelled) reportError(error)
      } finally {
        onFinished()
      }
    },
    [api, busy, run, reportError, onFinished]
  )

  const cancel = useCallback(() => void cancelJob().catch(reportError), [cancelJob, reportError])
  const dismiss = useCallback(() => setOutcome((current) => (busy() ? current : idle)), [busy])

  const state: CorpusImportState = { ...outcome, running: job.running, progress: job.progress }
  return { state, start, cancel, dismiss }
}
