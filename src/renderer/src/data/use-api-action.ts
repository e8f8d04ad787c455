import { useCallback, useState } from 'react'

import { useFeedback } from '../components/feedback'

/**
 * Runs a pane's writes: `run(work)` awaits `work` (its calls, then what follows them: a toast, a refresh) and
 * resolves true, or reports the failure in the error banner and resolves false. `busy` while one runs, for
 * buttons that must not be pressed twice.
 */
export function useApiAction() {
  const { reportError } = useFeedback()
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true)
      try {
        await work()
        return true
      } catch (error) {
        reportError(error)
        return false
      } finally {
        setBusy(false)
      }
    },
    [reportError]
  )
  return { busy, run }
}
