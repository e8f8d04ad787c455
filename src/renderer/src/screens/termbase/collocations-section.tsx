import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CollocationRecord } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { langOf } from '../../components/kwic-lines'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { formatNumber } from '../../lib/format'

/**
 * Collocations kept with the concept from the concordance's collocates panel, strongest first, with
 * the figures they had when chosen. Removing one is undoable from the toast.
 */
export function CollocationsSection(props: { conceptId: number; refreshKey: string }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [rows, setRows] = useState<CollocationRecord[] | null>(null)
  const { conceptId, refreshKey } = props

  const load = useCallback(() => {
    api.invoke('termbase/collocations', { conceptId }).then(setRows, (error: unknown) => {
      reportError(error)
      setRows([])
    })
  }, [api, conceptId, reportError])

  useEffect(load, [load, refreshKey])

  const remove = async (row: CollocationRecord) => {
    try {
      await api.invoke('termbase/removeCollocation', { id: row.id })
      load()
      await undoToast(t('termbase.collocations.removed', { word: row.word }), load)
    } catch (error) {
      reportError(error)
    }
  }

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
