import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentSummary } from '../../../../shared/models'
import { QueryOptions } from './query-options'
import { SearchFilters } from './search-filters'
import type { SearchState } from './search-state'

interface SearchFormProps {
  text: string
  onText: (text: string) => void
  state: SearchState
  onChange: (patch: Partial<SearchState>) => void
  onSubmit: () => void
  documents: DocumentSummary[]
  /** The API's message for a query it refused (empty, invalid or unsafe regex…). */
  error: string | null
}

/** Query box with its options, then scope and filters. */
export function SearchForm(props: SearchFormProps) {
  const { t } = useTranslation()
  const { state, onChange } = props
  const submit = (event: FormEvent) => {
    event.preventDefault()
    props.onSubmit()
  }
  return (
    <form className="conc-form" onSubmit={submit} role="search">
      <div className="conc-query-row">
        <input
          className="text-input conc-query"
          type="search"
          value={props.text}
          data-testid="concordance-query"
          placeholder={t('concordance.placeholder')}
          aria-label={t('concordance.query')}
          aria-invalid={props.error !== null}
          aria-describedby={props.error ? 'conc-query-error' : undefined}
          onChange={(event) => props.onText(event.target.value)}
        />
        <button type="submit" className="button button-primary" data-testid="concordance-search">
          {t('concordance.search')}
        </button>
        <QueryOptions state={state} onChange={onChange} />
      </div>
      {props.error && (
        <p className="conc-query-error" id="conc-query-error" role="alert" data-testid="concordance-error">
          {props.error}
        </p>
      )}
      <SearchFilters state={state} onChange={onChange} documents={props.documents} />
    </form>
  )
}
