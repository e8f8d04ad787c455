import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConceptRow } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiAction } from '../../data/use-api-action'
import { useApiQuery } from '../../data/use-api-query'
import { draftWithChinese } from './add-to-concept'

/** Picks the concept (searched by the English term) that the Chinese proposal joins as an admitted term. */
export function AddToConceptDialog(props: { term: string; zh: string; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  const { busy, run } = useApiAction()
  const [query, setQuery] = useState(props.term)
  // Search as you type, after a pause; the last list stays until the next one arrives.
  const search = { text: query.trim() || undefined, limit: 30 }
  const rows = useApiQuery('termbase/search', search, { debounceMs: 200, keepPrevious: true }).data?.rows ?? null

  const pick = (row: ConceptRow) =>
    run(async () => {
      const concept = await api.invoke('termbase/get', { id: row.id })
      const draft = draftWithChinese(concept, props.zh)
      if (!draft) {
        showToast({ message: t('memory.suggest.already', { zh: props.zh }) })
        props.onClose()
        return
      }
      const result = await api.invoke('termbase/save', draft)
      if (!result.saved) {
        const where = result.duplicates.map((d) => `${d.text} (#${d.conceptId})`).join(', ')
        reportError(new Error(t('memory.suggest.duplicate', { terms: where })))
        return
      }
      await undoToast(t('memory.suggest.added', { zh: props.zh, concept: row.en[0] ?? `#${row.id}` }))
      props.onClose()
    })

  return (
    <Dialog title={t('memory.suggest.addTitle', { zh: props.zh })} onClose={props.onClose} testId="add-to-concept">
      <input
        className="text-input"
        value={query}
        aria-label={t('memory.suggest.findConcept')}
        placeholder={t('memory.suggest.findConcept')}
        onChange={(event) => setQuery(event.target.value)}
      />
      {rows === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('memory.suggest.noConcept')}</p>
      ) : (
        <ul className="pick-list">
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className="pick-item"
                disabled={busy}
                data-testid="concept-pick"
                onClick={() => void pick(row)}
              >
                <strong>{row.en.join(' · ') || '—'}</strong>
                <span className="muted" lang="zh-CN">
                  {' '}
                  {row.zh.join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
