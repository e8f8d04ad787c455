import { useCallback, useEffect, useRef, useState } from 'react'
import type { MiningSummary } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'

export interface MiningState {
  running: boolean
  done: number
  total: number
  message: string
  summary: MiningSummary | null
}

const idle: MiningState = { running: false, done: 0, total: 0, message: '', summary: null }

/** Runs the miner as a job and follows its progress events. */
export function useMining(onFinished: () => void) {
  const api = useApi()
  const { reportError } = useFeedback()
  const [state, setState] = useState<MiningState>(idle)
  const jobId = useRef<string | null>(null)

  useEffect(() => api.onEvent((event) => {
    if (event.type !== 'progress' || event.jobId !== jobId.current) return
    setState((s) => ({ ...s, done: event.done, total: event.total, message: event.message ?? '' }))
  }), [api])

  const start = useCallback(async () => {
    const id = `mine-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
    jobId.current = id
    setState({ ...idle, running: true })
    try {
      const summary = await api.invoke('mining/run', { jobId: id })
      setState({ ...idle, summary })
      onFinished()
    } catch (error) {
      reportError(error)
      setState(idle)
    } finally {
      jobId.current = null
    }
  }, [api, onFinished, reportError])

  const cancel = useCallback(() => {
    if (jobId.current) void api.invoke('jobs/cancel', { jobId: jobId.current }).catch(reportError)
  }, [api, reportError])

  return { state, start, cancel }
}
