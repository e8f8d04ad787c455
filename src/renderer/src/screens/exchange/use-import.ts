import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ColumnMapping, ExchangeImportReport, ImportAnswers } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { type PickedFile, toServerPaths } from '../../components/files/picked-files'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useJob } from '../../data/use-job'
import { toApiError } from '../../lib/api-error'
import { baseName } from '../../lib/import-summary'
import { pathProblem } from './export-path'

/** What exchange/import reads (the extension decides; .xml is sniffed). */
export const IMPORT_EXTENSIONS = ['tbx', 'tmx', 'csv', 'tsv', 'tab', 'xlsx', 'xml'] as const

/**
 * An exchange import: a preview first (nothing written; a CSV or XLSX file's column mapping guessed and
 * editable, the counts recounted with it), then the same path and mapping imported as one undoable job.
 */
export function useImport() {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undo } = useHistoryActions()
  const job = useJob()
  const [path, setPathValue] = useState('')
  const [preview, setPreview] = useState<ExchangeImportReport | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping[] | null>(null)
  const [answers, setAnswers] = useState<ImportAnswers>({})
  const [previewing, setPreviewing] = useState(false)
  const [done, setDone] = useState<ExchangeImportReport | null>(null)
  const [touched, setTouched] = useState(false)
  const problem = pathProblem(path)

  /** A new path forgets the preview of the old one. */
  const setPath = (next: string) => {
    setPathValue(next)
    setPreview(null)
    setMapping(null)
  }

  const runPreview = async (withMapping: ColumnMapping[] | null, withAnswers: ImportAnswers = {}, at = path) => {
    setTouched(true)
    if (pathProblem(at)) return
    setPreviewing(true)
    setDone(null)
    try {
      const report = await api.invoke('exchange/preview', {
        path: at.trim(),
        ...(withMapping ? { mapping: withMapping } : {}),
        answers: withAnswers
      })
      setAnswers(withAnswers)
      setPreview(report)
      setMapping(report.mapping ?? null)
    } catch (error) {
      setPreview(null)
      reportError(error)
    } finally {
      setPreviewing(false)
    }
  }

  /** A file chosen with Browse… or dropped: sent to the server when the window holds it, then previewed. */
  const pick = async ([file]: PickedFile[]) => {
    if (!file || previewing || job.running) return
    try {
      const [kept] = await toServerPaths(api, [file])
      // A path the user chose stays in the field; an upload's temporary copy means nothing to them (the
      // preview names the file).
      setPath('path' in file ? file.path : '')
      await runPreview(null, {}, kept.path)
      setTouched(false)
    } catch (error) {
      reportError(error)
    }
  }

  // The counts depend on the mapping and the answers: recount with them so the preview never lies.
  const changeMapping = (next: ColumnMapping[]) => {
    setMapping(next)
    void runPreview(next, answers)
  }
  const changeAnswers = (next: ImportAnswers) => void runPreview(mapping, next)

  const runImport = async () => {
    if (!preview) return
    try {
      const report = await job.run((jobId) =>
        api.invoke('exchange/import', {
          path: preview.file,
          jobId,
          indexAfter: true,
          ...(mapping ? { mapping } : {}),
          answers
        })
      )
      setDone(report)
      setPreview(null)
      const historyId = report.historyId
      showToast({
        message: t('exchange.import.toast', { file: baseName(report.file) }),
        action:
          historyId !== undefined
            ? { label: t('common.undo'), run: () => void undo(historyId).then((entry) => entry && setDone(null)) }
            : undefined
      })
    } catch (error) {
      if (toApiError(error).code !== 'cancelled') reportError(error)
    }
  }

  const cancel = () => void job.cancel().catch(reportError)
  /** Forgets the file, its preview and the last result (a dialog closed). */
  const reset = () => {
    setPath('')
    setDone(null)
    setTouched(false)
    setAnswers({})
  }
  return {
    reset,
    job,
    cancel,
    path,
    setPath,
    problem,
    touched,
    preview,
    mapping,
    answers,
    previewing,
    done,
    runPreview,
    pick,
    changeMapping,
    changeAnswers,
    runImport
  }
}

export type ImportState = ReturnType<typeof useImport>
