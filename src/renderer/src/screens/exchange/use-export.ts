import { useState } from 'react'

import type { ExportFilter, ExportFormat, ExportReport, TermStatus } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { downloadFile, exportTarget } from '../../components/files/picked-files'
import { useJob } from '../../data/use-job'
import { toApiError } from '../../lib/api-error'
import { DEFAULT_EXPORT_CHOICES, exportChoiceArgs } from './export-options'
import { extensionOf, pathProblem, withExtension } from './export-path'

export interface ExportFilters {
  status: TermStatus | ''
  domain: string
  lang: string
  since: string
}

/** The name a save dialog or a download suggests. */
export function exportFileName(format: ExportFormat): string {
  const what = format === 'tmx' ? 'memory' : format === 'html' ? 'glossary' : 'termbase'
  return `shuyu-${what}.${extensionOf(format)}`
}

/**
 * An export: format, path and (for the term base) filters, run as a job the user can cancel. Without a typed
 * path the desktop app asks where to save (the native dialog) and browser mode downloads the file the server
 * wrote. A file already at the path is replaced only once the user says so.
 */
export function useExport() {
  const api = useApi()
  const { reportError } = useFeedback()
  const job = useJob()
  const [format, setFormatValue] = useState<ExportFormat>('tbx')
  const [path, setPath] = useState('')
  const [filters, setFilters] = useState<ExportFilters>({ status: '', domain: '', lang: '', since: '' })
  const [choices, setChoices] = useState(DEFAULT_EXPORT_CHOICES)
  const [report, setReport] = useState<ExportReport | null>(null)
  /** The last export went to the browser's downloads (its server-side path is only a temporary file). */
  const [downloaded, setDownloaded] = useState(false)
  const [touched, setTouched] = useState(false)
  // The file the server refused to replace: the user decides before anything is lost.
  const [existing, setExisting] = useState<string | null>(null)
  // An empty path is not a mistake: the file goes where Save as… says, or to the browser's downloads.
  const problem = path.trim() === '' ? null : pathProblem(path)
  const isTmx = format === 'tmx'

  const setFormat = (next: ExportFormat) => {
    setPath((current) => withExtension(current, format, next))
    setFormatValue(next)
  }

  const start = async (overwrite = false) => {
    setTouched(true)
    setExisting(null)
    if (problem) return
    const filter: ExportFilter = {}
    if (!isTmx) {
      if (filters.status) filter.status = filters.status
      if (filters.domain.trim()) filter.domain = filters.domain.trim()
      if (filters.lang) filter.lang = filters.lang
      if (filters.since) filter.since = filters.since
    }
    setReport(null)
    setDownloaded(false)
    try {
      const typed = path.trim()
      const target =
        typed || (await exportTarget(api, { defaultName: exportFileName(format), extensions: [extensionOf(format)] }))
      if (!target) return
      // The native dialog has asked about replacing a file already; a typed path is asked about below.
      if (!typed && api.shell === 'desktop') {
        setPath(target)
        overwrite = true
      }
      const result = await job.run((jobId) =>
        api.invoke('exchange/export', {
          format,
          path: target,
          jobId,
          overwrite,
          ...(isTmx ? {} : { filter }),
          ...exportChoiceArgs(format, choices)
        })
      )
      setReport(result)
      // Browser mode: the file reaches the browser as a download, not only the server's disk.
      if (!typed && api.shell !== 'desktop') {
        setDownloaded(true)
        await downloadFile(api, result.path)
      }
    } catch (error) {
      const e = toApiError(error)
      if (e.code === 'conflict' && e.payload.key === 'exchange.fileExists') {
        setExisting(String(e.payload.params?.file ?? path.trim()))
      } else if (e.code !== 'cancelled') {
        reportError(error)
      }
    }
  }

  const cancel = () => void job.cancel().catch(reportError)
  return {
    job,
    cancel,
    format,
    setFormat,
    isTmx,
    path,
    setPath,
    problem,
    touched,
    filters,
    setFilters,
    choices,
    setChoices,
    report,
    downloaded,
    existing,
    setExisting,
    start
  }
}

export type ExportState = ReturnType<typeof useExport>
