import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { AppEvent, WriteHolder } from '../../../shared/api'
import { useApi } from '../api-context'

type JobEvent = Extract<AppEvent, { type: 'job' }>

/**
 * One line in the top bar while long jobs run (their names; a cancel for the ones a window started) and
 * while edits wait for the workspace's write lock: "waiting for the import to finish…", so a change
 * that does not show at once is seen to be queued, not lost.
 */
export function JobStatus() {
  const { t } = useTranslation()
  const api = useApi()
  const [jobs, setJobs] = useState<Map<string, JobEvent>>(new Map())
  const [queue, setQueue] = useState<{ waiting: number; holder: WriteHolder | null }>({ waiting: 0, holder: null })

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'queue') setQueue({ waiting: event.waiting, holder: event.holder })
        if (event.type !== 'job') return
        setJobs((current) => {
          const next = new Map(current)
          if (event.state === 'running' || event.state === 'waiting') next.set(event.id, event)
          else next.delete(event.id)
          return next
        })
      }),
    [api]
  )

  const who = (holder: WriteHolder | null) =>
    holder ? t('jobs.process', { pid: holder.pid, label: holder.label }) : t('jobs.anotherProgram')
  const name = (job: JobEvent) => t(`jobs.name.${job.name}`, { defaultValue: t('jobs.name.other') })
  if (jobs.size === 0 && queue.waiting === 0) return null
  return (
    <div className="job-status" role="status" aria-live="polite" data-testid="job-status">
      {[...jobs.values()].map((job) => (
        <span key={job.id} className="job-status-item">
          {job.state === 'waiting'
            ? t('jobs.waitingForLock', { job: name(job), holder: who(job.holder ?? null) })
            : `${name(job)}…`}
          {job.jobId && (
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                void api.invoke('workspace/cancelJob', { jobId: job.jobId as string }).catch(() => undefined)
              }
            >
              {t('jobs.cancel')}
            </button>
          )}
        </span>
      ))}
      {queue.waiting > 0 && (
        <span className="job-status-item" data-testid="edits-queued">
          {queue.holder && !queue.holder.self
            ? t('jobs.queuedBy', { count: queue.waiting, holder: who(queue.holder) })
            : t('jobs.queued', { count: queue.waiting })}
        </span>
      )}
    </div>
  )
}
