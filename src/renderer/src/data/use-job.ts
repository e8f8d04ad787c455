import { useCallback, useRef, useState } from 'react'

import { useApi } from '../api-context'
import { newJobId } from '../lib/import-summary'

export interface JobProgress {
  done: number
  total: number
  message?: string
}

/**
 * Runs one long job (mining, an import, an export) under a fresh jobId, following that job's progress events
 * and offering cancel. `run` resolves with the job's result, or throws (a cancelled job throws 'cancelled').
 */
export function useJob(prefix = 'import') {
  const api = useApi()
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<JobProgress | null>(null)
  const current = useRef<string | null>(null)

  const run = useCallback(
    async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
      const id = newJobId(prefix)
      current.current = id
      setRunning(true)
      setProgress(null)
      const unsubscribe = api.onEvent((event) => {
        if (event.type === 'progress' && event.jobId === id) {
          setProgress({ done: event.done, total: event.total, message: event.message })
        }
      })
      try {
        return await work(id)
      } finally {
        unsubscribe()
        current.current = null
        setRunning(false)
      }
    },
    [api, prefix]
  )

  const cancel = useCallback(() => {
    const id = current.current
    return id ? api.invoke('workspace/cancelJob', { jobId: id }).then(() => undefined) : Promise.resolve()
  }, [api])

  /** Whether a job runs right now (read at call time, unlike `running`, which is as of the last render). */
  const busy = useCallback(() => current.current !== null, [])

  return { running, progress, run, cancel, busy }
}
