import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'
import { AddUnitForm } from './add-unit-form'
import { UnitTable } from './unit-table'
import { useUnitBrowser } from './use-unit-browser'

/** Browse the memory: filter, add a pair, edit one inline, delete one (undoable). */
export function UnitBrowser() {
  const { t, i18n } = useTranslation()
  const { filter, setFilter, text, list, editingId, setEditingId, onSave, onDelete } = useUnitBrowser()

  return (
    <div className="memory-browse">
      <AddUnitForm onAdded={list.refresh} />
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
