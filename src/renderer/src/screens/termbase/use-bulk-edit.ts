import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { BulkEditChange, ConceptQuery, ExportFormat } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { downloadFile, exportTarget, isDesktop } from '../../components/files/picked-files'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { toApiError } from '../../lib/api-error'
import { formatNumber } from '../../lib/format'
import { extensionOf } from '../exchange/export-path'
import { exportFileName } from '../exchange/use-export'
import { type ConceptSelection, emptySelection, toggleAll, toggleRow } from './selection'

/**
 * The term base's bulk edit: the ticked concepts, and the changes made to all of them at once. Each change
 * is one call (termbase/bulkEdit: one transaction, one history entry), answered by a toast whose Undo takes
 * the whole change back. Export writes only the ticked concepts (exchange/export's conceptIds filter).
 */
export function useBulkEdit(query: ConceptQuery, idAt: (index: number) => number | undefined) {
  const api = useApi()
  const { t, i18n } = useTranslation()
  const { reportError, showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [selection, setSelection] = useState<ConceptSelection>(emptySelection)
  const [busy, setBusy] = useState(false)
  const ids = selection.ids

  const tick = useCallback(
    (index: number, id: number, shift: boolean) => setSelection((s) => toggleRow(s, index, id, shift, idAt)),
    [idAt]
  )
  const clear = () => setSelection(emptySelection)

  /** Ticks every concept the list shows (all pages of the current search and filters), or unticks them. */
  const tickAll = async () => {
    try {
      const page = await api.invoke('termbase/search', { ...query, offset: 0, limit: 1, withIds: true })
      setSelection((s) => toggleAll(s, page.ids ?? []))
    } catch (error) {
      reportError(error)
    }
  }

  const apply = async (change: BulkEditChange) => {
    if (ids.size === 0 || busy) return
    setBusy(true)
    try {
      const result = await api.invoke('termbase/bulkEdit', { ids: [...ids], change })
      const n = formatNumber(result.concepts, i18n.language)
      if (change.kind === 'delete') clear()
      await undoToast(t(`termbase.bulk.done.${change.kind}`, { count: result.concepts, n }))
    } catch (error) {
      reportError(error)
    } finally {
      setBusy(false)
    }
  }

  const exportSelection = async (format: ExportFormat) => {
    if (ids.size === 0 || busy) return
    setBusy(true)
    try {
      const path = await exportTarget(api, { defaultName: exportFileName(format), extensions: [extensionOf(format)] })
      if (!path) return
      // The native dialog has asked about replacing a file; browser mode writes a fresh server-side file.
      const report = await api.invoke('exchange/export', {
        format,
        path,
        overwrite: true,
        filter: { conceptIds: [...ids] }
      })
      if (!isDesktop(api)) await downloadFile(api, report.path)
      const n = formatNumber(report.concepts ?? 0, i18n.language)
      showToast({ message: t('termbase.bulk.done.export', { count: report.concepts ?? 0, n }) })
    } catch (error) {
      if (toApiError(error).code !== 'cancelled') reportError(error)
    } finally {
      setBusy(false)
    }
  }

  return { ids, tick, tickAll, clear, apply, exportSelection, busy }
}

export type BulkEdit = ReturnType<typeof useBulkEdit>
