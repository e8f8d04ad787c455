import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { UnitRow } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiAction } from '../../data/use-api-action'
import { useDebounced } from '../../data/use-debounced'
import { useApiPages } from '../../data/use-paged-list'

const pageSize = 200

/** The memory's units behind the browser: the filter, a page at a time, the row being edited, save and delete. */
export function useUnitBrowser() {
  const { t } = useTranslation()
  const api = useApi()
  const { run } = useApiAction()
  const { undoToast } = useHistoryActions()
  const [filter, setFilter] = useState('')
  // Waits until typing pauses, so a filter does not query the memory on every keystroke.
  const text = useDebounced(filter.trim(), 250)
  const [editingId, setEditingId] = useState<number | null>(null)
  const list = useApiPages('memory/list', text ? { text } : {}, { pageSize, refreshOn: ['memory'] })
  const { refresh } = list

  const onSave = (row: UnitRow, source: string, target: string) =>
    run(async () => {
      if (source !== row.source || target !== row.target) {
        await api.invoke('memory/update', { id: row.id, source: source.trim(), target: target.trim() })
      }
      setEditingId(null)
      refresh()
    })

  const onDelete = (row: UnitRow) =>
    run(async () => {
      await api.invoke('memory/delete', { id: row.id })
      refresh()
      await undoToast(t('memory.deleted', { source: row.source.slice(0, 60) }), refresh)
    })

  return { filter, setFilter, text, list, editingId, setEditingId, onSave, onDelete }
}
