import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConceptRow } from '../../../shared/models'
import { useApiQuery } from '../data/use-api-query'

/**
 * Search over the term base and pick a concept: what "add as example" and "keep collocation" share.
 * Starts from `initial` (usually the words searched), newest concepts when empty.
 */
export function ConceptPicker(props: { initial: string; disabled?: boolean; onPick: (concept: ConceptRow) => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState(props.initial)
  const query = text.trim()
  // Search as you type, after a pause; the last list stays until the next one arrives.
  const found = useApiQuery('termbase/search', query ? { text: query, limit: 20 } : { limit: 20, sort: 'modified' }, {
    debounceMs: 120,
    keepPrevious: true
  })
  const rows = found.error ? [] : (found.data?.rows ?? null)

  return (
    <>
      <input
        className="text-input conc-concept-search"
        type="search"
        value={text}
        data-testid="concept-picker-search"
        placeholder={t('concordance.findConcept')}
        aria-label={t('concordance.findConcept')}
        onChange={(event) => setText(event.target.value)}
      />
      {rows === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted" data-testid="concept-picker-none">
          {t('concordance.noConcepts')}
        </p>
      ) : (
        <ul className="conc-concepts">
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className="conc-concept"
                data-testid="concept-choice"
                disabled={props.disabled}
                onClick={() => props.onPick(row)}
              >
                <span className="concept-en">{row.en.join(' · ') || '—'}</span>
                <span className="concept-zh" lang="zh-CN">
                  {row.zh.join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** How a picked concept is named in a toast: its first English term, else Chinese, else its number. */
export function conceptName(concept: ConceptRow): string {
  return concept.en[0] ?? concept.zh[0] ?? `#${concept.id}`
}
