import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConceptRow } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { draftWithChinese } from './add-to-concept'

/** Picks the concept (searched by the English term) that the Chinese proposal joins as an admitted term. */
export function AddToConceptDialog(props: { term: string; zh: string; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [query, setQuery] = useState(props.term)
  const [rows, setRows] = useState<ConceptRow[] | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let stale = false
    const timer = window.setTimeout(() => {
      api.invoke('termbase/search', { text: query.trim() || undefined, limit: 30 }).then(
        (page) => !stale && setRows(page.rows),
        (error: unknown) => !stale && reportError(error)
      )
    }, 200)
    return () => {
      stale = true
      window.clearTimeout(timer)
    }
  }, [api, query, reportError])

  const pick = async (row: ConceptRow) => {
    setBusy(true)
    try {
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
    } catch (error) {
      reportError(error)
    } finally {
      setBusy(false)
    }
  }

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
