import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { UnitRow } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { usePagedList } from '../../components/use-paged-list'
import { formatNumber } from '../../lib/format'
import { UnitTable } from './unit-table'

const pageSize = 200

/** Waits until typing pauses, so a filter does not query the memory on every keystroke. */
function useDebounced<T>(value: T, millis: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), millis)
    return () => window.clearTimeout(timer)
  }, [value, millis])
  return settled
}

/** Browse the memory: filter, add a pair, edit one inline, delete one (undoable). */
export function UnitBrowser() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [filter, setFilter] = useState('')
  const text = useDebounced(filter.trim(), 250)
  const [editingId, setEditingId] = useState<number | null>(null)
  const fetchPage = useCallback(
    (offset: number, limit: number) => api.invoke('memory/list', { offset, limit, ...(text ? { text } : {}) }),
    [api, text]
  )
  const list = usePagedList<UnitRow>(fetchPage, text, pageSize, reportError)
  const { refresh } = list

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'changed' && (event.area === 'memory' || event.area === 'history')) refresh()
      }),
    [api, refresh]
  )

  const onSave = useCallback(
    async (row: UnitRow, source: string, target: string) => {
      try {
        if (source !== row.source || target !== row.target) {
          await api.invoke('memory/update', { id: row.id, source: source.trim(), target: target.trim() })
        }
        setEditingId(null)
        refresh()
      } catch (error) {
        reportError(error)
      }
    },
    [api, refresh, reportError]
  )

  const onDelete = useCallback(
    async (row: UnitRow) => {
      try {
        await api.invoke('memory/delete', { id: row.id })
        refresh()
        await undoToast(t('memory.deleted', { source: row.source.slice(0, 60) }), refresh)
      } catch (error) {
        reportError(error)
      }
    },
    [api, refresh, reportError, t, undoToast]
  )

  return (
    <div className="memory-browse">
      <AddUnitForm onAdded={refresh} />
      <div className="screen-toolbar">
        <input
          className="text-input memory-filter"
          type="search"
          data-testid="memory-filter"
          value={filter}
          placeholder={t('memory.filter')}
          aria-label={t('memory.filter')}
          onChange={(event) => setFilter(event.target.value)}
        />
        <p className="screen-summary" data-testid="memory-count">
          {list.total === null
            ? ''
            : t('memory.count', { count: list.total, n: formatNumber(list.total, i18n.language) })}
        </p>
      </div>
      {list.total === 0 ? (
        <p className="list-empty muted" data-testid="memory-empty">
          {text ? t('memory.noMatchFilter') : t('memory.empty')}
        </p>
      ) : (
        <UnitTable
          total={list.total ?? 0}
          version={list.version}
          rowAt={list.rowAt}
          ensure={list.ensure}
          editingId={editingId}
          onEdit={setEditingId}
          onSave={(row, s, tg) => void onSave(row, s, tg)}
          onDelete={(row) => void onDelete(row)}
        />
      )}
    </div>
  )
}

/** A typed pair goes straight into the memory (origin "typed"); the languages are guessed from the script. */
function AddUnitForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [source, setSource] = useState('')
  const [target, setTarget] = useState('')
  const [busy, setBusy] = useState(false)
  const ready = source.trim() !== '' && target.trim() !== '' && !busy
  const add = async () => {
    if (!ready) return
    setBusy(true)
    try {
      await api.invoke('memory/add', { source: source.trim(), target: target.trim() })
      setSource('')
      setTarget('')
      onAdded()
    } catch (error) {
      reportError(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form
      className="panel unit-add"
      onSubmit={(event) => {
        event.preventDefault()
        void add()
      }}
    >
      <input
        className="text-input"
        data-testid="memory-add-source"
        value={source}
        placeholder={t('memory.add.source')}
        aria-label={t('memory.add.source')}
        onChange={(event) => setSource(event.target.value)}
      />
      <input
        className="text-input"
        data-testid="memory-add-target"
        value={target}
        lang="zh-CN"
        placeholder={t('memory.add.target')}
        aria-label={t('memory.add.target')}
        onChange={(event) => setTarget(event.target.value)}
      />
      <button type="submit" className="button button-primary" data-testid="memory-add" disabled={!ready}>
        {t('memory.add.button')}
      </button>
    </form>
  )
}
