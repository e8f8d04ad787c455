import { useTranslation } from 'react-i18next'

import type { DocumentSummary } from '../../../../shared/models'
import { DocumentPicker } from './document-picker'
import type { SearchState } from './search-state'

/** Where to search: corpus or memory, a language, some documents, a date range. */
export function SearchFilters(props: {
  state: SearchState
  onChange: (patch: Partial<SearchState>) => void
  documents: DocumentSummary[]
}) {
  const { t } = useTranslation()
  const { state, onChange } = props
  return (
    <div className="conc-filters">
      <label className="field-inline">
        {t('concordance.scope')}
        <select
          value={state.scope}
          data-testid="concordance-scope"
          onChange={(event) => onChange({ scope: event.target.value as SearchState['scope'] })}
        >
          <option value="corpus">{t('concordance.scopes.corpus')}</option>
          <option value="memory">{t('concordance.scopes.memory')}</option>
          <option value="both">{t('concordance.scopes.both')}</option>
        </select>
      </label>
      <label className="field-inline">
        {t('concordance.language')}
        <select
          value={state.language}
          data-testid="concordance-language"
          onChange={(event) => onChange({ language: event.target.value as SearchState['language'] })}
        >
          <option value="">{t('concordance.languages.any')}</option>
          <option value="en">{t('concordance.languages.en')}</option>
          <option value="zh">{t('concordance.languages.zh')}</option>
        </select>
      </label>
      <DocumentPicker
        documents={props.documents}
        chosen={state.documentIds}
        onChange={(documentIds) => onChange({ documentIds })}
      />
      <label className="field-inline">
        {t('concordance.dateFrom')}
        <input
          className="text-input conc-date"
          type="date"
          value={state.dateFrom}
          max={state.dateTo || undefined}
          data-testid="concordance-date-from"
          onChange={(event) => onChange({ dateFrom: event.target.value })}
        />
      </label>
      <label className="field-inline">
        {t('concordance.dateTo')}
        <input
          className="text-input conc-date"
          type="date"
          value={state.dateTo}
          min={state.dateFrom || undefined}
          data-testid="concordance-date-to"
          onChange={(event) => onChange({ dateTo: event.target.value })}
        />
      </label>
    </div>
  )
}
