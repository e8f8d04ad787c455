import { useCallback, useRef, useState } from 'react'

import type { ImportReport } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { toApiError } from '../../lib/api-error'
import { filesToPayload } from '../../lib/base64'
import { newJobId } from '../../lib/import-summary'

export interface ImportProgress {
  done: number
  total: number
  message?: string
}

export interface CorpusImportState {
  running: boolean
  /** File count of the running job, shown before the first progress event arrives. */
  fileCount: number
  progress: ImportProgress | null
  report: ImportReport | null
  cancelled: boolean
}

const idle: CorpusImportState = { running: false, fileCount: 0, progress: null, report: null, cancelled: false }

/**
 * One import job at a time: reads the files, sends them with a jobId, follows that job's
 * progress events, and keeps the report for the summary panel.
 */
export function useCorpusImport(onFinished: () => void) {
  const api = useApi()
  const { reportError } = useFeedback()
  const [state, setState] = useState<CorpusImportState>(idle)
  const jobId = useRef<string | null>(null)

  const start = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0 || jobId.current) return
      const id = newJobId()
      jobId.current = id
      setState({ ...idle, running: true, fileCount: files.length })
      const unsubscribe = api.onEvent((event) => {
        if (event.type !== 'progress' || event.jobId !== id) return
        setState((current) => ({
          ...current,
          progress: { done: event.done, total: event.total, message: event.message }
        }))
      })
      try {
        const payload = await filesToPayload(files)
        const report = await api.invoke('corpus/upload', { files: payload, jobId: id })
        setState({ ...idle, report })
      } catch (error) {
        const cancelled = toApiError(error).code === 'cancelled'
        setState({ ...idle, cancelled })
        if (!cancelled) reportError(error)
      } finally {
        unsubscribe()
        jobId.current = null
        onFinished()
      }
    },
    [api, reportError, onFinished]
  )

  const cancel = useCallback(() => {
    const id = jobId.current
    if (id) api.invoke('workspace/cancelJob', { jobId: id }).catch(reportError)
  }, [api, reportError])

  const dismiss = useCallback(() => setState((current) => (current.running ? current : idle)), [])

  return { state, start, cancel, dismiss }
}
