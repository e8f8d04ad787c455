import { useTranslation } from 'react-i18next'

import type { CollocationRecord } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { langOf } from '../../components/kwic-lines'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiAction } from '../../data/use-api-action'
import { useApiQuery } from '../../data/use-api-query'
import { formatNumber } from '../../lib/format'
import { conceptChanges } from './concept-changes'

/**
 * Collocations kept with the concept from the concordance's collocates panel, strongest first, with
 * the figures they had when chosen. Removing one is undoable from the toast.
 */
export function CollocationsSection({ conceptId }: { conceptId: number }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { run } = useApiAction()
  const { undoToast } = useHistoryActions()
  // On failure the section says "none" rather than loading for ever.
  const query = useApiQuery('termbase/collocations', { conceptId }, { refreshOn: conceptChanges })
  const rows = query.data ?? (query.error ? [] : null)
  const { refresh } = query

  const remove = (row: CollocationRecord) =>
    run(async () => {
      await api.invoke('termbase/removeCollocation', { id: row.id })
      refresh()
      await undoToast(t('termbase.collocations.removed', { word: row.word }), refresh)
    })

  const score = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 })
  return (
    <section className="editor-section" data-testid="collocations-section">
      <h3 className="section-title">{t('termbase.collocations.title')}</h3>
      {rows !== null && rows.length === 0 && <p className="muted">{t('termbase.collocations.none')}</p>}
      {rows !== null && rows.length > 0 && (
        <ul className="stack-list">
          {rows.map((row) => (
            <li key={row.id} className="collocation-row" data-testid="collocation-row">
              <strong lang={langOf(row.word)}>{row.word}</strong>
              <span className="muted" lang={langOf(row.node)}>
                {t('termbase.collocations.with', { node: row.node })}
              </span>
              <span className="collocation-figures">
                {t('termbase.collocations.figures', {
                  logDice: score.format(row.logDice),
                  freq: formatNumber(row.freq, i18n.language),
                  window: row.window
                })}
              </span>
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="remove-collocation"
                onClick={() => void remove(row)}
              >
                {t('termbase.collocations.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
