import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { QaFinding, QaReport } from '../../../../shared/api/qa'
import { DEFAULT_QA_CHECKS, type QaCheck } from '../../../../shared/vocabulary'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import type { PickedFile } from '../../components/files/picked-files'
import { toApiError } from '../../lib/api-error'
import { filesToPayload } from '../../lib/base64'
import { newJobId } from '../../lib/import-summary'
import { type FindingFilter, noFilter } from './group-findings'
import { download, withDismissed } from './report-state'

export interface QaProgress {
  file: string
  done: number
  total: number
  phase?: string
}

/**
 * The QA screen's state: the file checked last (sent as an upload, so the desktop app and browser mode work
 * alike), the report, the running job with its progress, the filter, and the actions on findings.
 */
export function useQa() {
  const api = useApi()
  const { t, i18n } = useTranslation()
  const { reportError, showToast } = useFeedback()
  const [report, setReport] = useState<QaReport | null>(null)
  const [running, setRunning] = useState<QaProgress | null>(null)
  const [checks, setChecks] = useState<QaCheck[]>([...DEFAULT_QA_CHECKS])
  const [filter, setFilter] = useState<FindingFilter>(noFilter)
  const [stale, setStale] = useState(false)
  const file = useRef<PickedFile | null>(null)
  const job = useRef<string | null>(null)

  const run = useCallback(
    async (picked?: PickedFile) => {
      const next = picked ?? file.current
      if (!next || job.current) return
      file.current = next
      const id = newJobId()
      job.current = id
      setRunning({ file: next.name, done: 0, total: 0 })
      const unsubscribe = api.onEvent((e) => {
        if (e.type === 'progress' && e.jobId === id) {
          setRunning({ file: next.name, done: e.done, total: e.total, phase: e.message })
        }
      })
      try {
        // A path (the desktop app's Browse…) is read where it is; a file the window holds is sent.
        const source = 'path' in next ? { path: next.path } : { upload: (await filesToPayload([next.file]))[0] }
        setReport(await api.invoke('qa/run', { ...source, checks, jobId: id }))
        setFilter(noFilter)
        setStale(false)
      } catch (error) {
        if (toApiError(error).code === 'cancelled') showToast({ message: t('qa.cancelled') })
        else reportError(error)
      } finally {
        unsubscribe()
        job.current = null
        setRunning(null)
      }
    },
    [api, checks, reportError, showToast, t]
  )

  const cancel = useCallback(() => {
    if (job.current) api.invoke('workspace/cancelJob', { jobId: job.current }).catch(reportError)
  }, [api, reportError])

  const dismiss = useCallback(
    async (finding: QaFinding, dismissed: boolean) => {
      if (!report) return
      try {
        await api.invoke('qa/dismiss', { file: report.file, finding, dismissed })
        setReport((r) => (r ? withDismissed(r, finding.key, dismissed) : r))
      } catch (error) {
        reportError(error)
      }
    },
    [api, report, reportError]
  )

  const exportAs = useCallback(
    async (format: 'html' | 'csv') => {
      if (!report) return
      try {
        const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en'
        const out = await api.invoke('qa/export', { reportId: report.reportId, format, lang })
        download(out.fileName, out.mimeType, out.content)
      } catch (error) {
        reportError(error)
      }
    },
    [api, i18n.language, report, reportError]
  )

  // A change to the term base makes the report out of date: say so, and offer to check again.
  useEffect(
    () =>
      api.onEvent((e) => {
        if (e.type === 'changed' && (e.area === 'termbase' || e.area === 'history')) setStale(true)
      }),
    [api]
  )

  return { report, running, checks, setChecks, filter, setFilter, stale, run, cancel, dismiss, exportAs }
}

export type QaModel = ReturnType<typeof useQa>
