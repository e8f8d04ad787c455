import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConceptDraft, ConceptRow } from '../../../../shared/models'
import type { Lang } from '../../../../shared/vocabulary'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiAction } from '../../data/use-api-action'
import { useApiQuery } from '../../data/use-api-query'
import { draftWithTerm, newConceptDraft } from './add-to-concept'

export interface AddToConceptProps {
  /** The term asked about, and its language. */
  term: string
  termLang: Lang
  /** The proposed rendering, in the other language. */
  proposal: string
  proposalLang: Lang
  onClose: () => void
}

/**
 * Picks the concept (searched by the term asked about) that the proposal joins as an admitted term, or
 * creates one holding both when the term base has none yet.
 */
export function AddToConceptDialog(props: AddToConceptProps) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  const { busy, run } = useApiAction()
  const [query, setQuery] = useState(props.term)
  // Search as you type, after a pause; the last list stays until the next one arrives.
  const search = { text: query.trim() || undefined, limit: 30 }
  const rows = useApiQuery('termbase/search', search, { debounceMs: 200, keepPrevious: true }).data?.rows ?? null
  const text = props.proposal

  const save = async (draft: ConceptDraft, done: string): Promise<void> => {
    const result = await api.invoke('termbase/save', draft)
    if (!result.saved) {
      const where = result.duplicates.map((d) => `${d.text} (#${d.conceptId})`).join(', ')
      reportError(new Error(t('memory.suggest.duplicate', { terms: where })))
      return
    }
    await undoToast(done)
    props.onClose()
  }

  const pick = (row: ConceptRow) =>
    run(async () => {
      const concept = await api.invoke('termbase/get', { id: row.id })
      const draft = draftWithTerm(concept, props.proposalLang, text)
      if (!draft) {
        showToast({ message: t('memory.suggest.already', { zh: text }) })
        props.onClose()
        return
      }
      await save(draft, t('memory.suggest.added', { zh: text, concept: row.en[0] ?? row.zh[0] ?? `#${row.id}` }))
    })

  const create = () =>
    run(async () => {
      const draft = newConceptDraft({ lang: props.termLang, text: props.term }, { lang: props.proposalLang, text })
      if (draft) await save(draft, t('memory.suggest.created', { term: props.term.trim(), zh: text }))
    })

  return (
    <Dialog title={t('memory.suggest.addTitle', { zh: text })} onClose={props.onClose} testId="add-to-concept">
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
      {/* The term base may not have the term yet: one click makes the concept of both. */}
      <button
        type="button"
        className="button"
        disabled={busy || !props.term.trim()}
        data-testid="concept-create"
        onClick={() => void create()}
      >
        {t('memory.suggest.create', { term: props.term.trim(), zh: text })}
      </button>
    </Dialog>
  )
}
