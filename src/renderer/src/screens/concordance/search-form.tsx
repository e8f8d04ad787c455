import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

import type { PinyinResolution, SortLevel } from '../../../../shared/api/concordance'
import type { DocumentSummary } from '../../../../shared/models'
import { formatCalendarDate, formatNumber } from '../../lib/format'
import { MAX_SORT_LEVELS, pinyinSummary, type SearchState, setSortLevel, SORT_LEVELS } from './search-state'
import { WholeWordsOption } from './whole-words-option'

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
        <label className="check">
          <input
            type="checkbox"
            checked={state.matchCase}
            data-testid="option-match-case"
            onChange={(event) => onChange({ matchCase: event.target.checked })}
          />
          {t('concordance.matchCase')}
        </label>
        <label className="check" title={t('concordance.lemmaHint')}>
          <input
            type="checkbox"
            checked={state.lemma}
            data-testid="option-lemma"
            onChange={(event) => onChange({ lemma: event.target.checked })}
          />
          {t('concordance.lemma')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.regex}
            data-testid="option-regex"
            disabled={state.pinyin}
            onChange={(event) => onChange({ regex: event.target.checked })}
          />
          {t('concordance.regex')}
        </label>
        <label className="check" title={t('concordance.pinyinHint')}>
          <input
            type="checkbox"
            checked={state.pinyin}
            data-testid="option-pinyin"
            onChange={(event) => onChange({ pinyin: event.target.checked })}
          />
          {t('concordance.pinyin')}
        </label>
        <WholeWordsOption checked={state.wholeWords} onChange={(wholeWords) => onChange({ wholeWords })} />
      </div>
      {props.error && (
        <p className="conc-query-error" id="conc-query-error" role="alert" data-testid="concordance-error">
          {props.error}
        </p>
      )}
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
    </form>
  )
}

/** A compact multi-select: a summary line that opens a checklist of documents. */
function DocumentPicker(props: { documents: DocumentSummary[]; chosen: number[]; onChange: (ids: number[]) => void }) {
  const { t, i18n } = useTranslation()
  const chosen = new Set(props.chosen)
  const label =
    props.chosen.length === 0
      ? t('concordance.allDocuments')
      : t('concordance.someDocuments', { count: props.chosen.length })
  const toggle = (id: number, on: boolean) =>
    props.onChange(on ? [...props.chosen, id] : props.chosen.filter((each) => each !== id))
  return (
    <details className="conc-docs" data-testid="concordance-documents">
      <summary className="text-input conc-docs-summary">{label}</summary>
      <div className="conc-docs-menu">
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={props.chosen.length === 0}
          onClick={() => props.onChange([])}
        >
          {t('concordance.clearDocuments')}
        </button>
        {props.documents.length === 0 && <p className="muted small">{t('concordance.noDocuments')}</p>}
        <ul>
          {props.documents.map((doc) => (
            <li key={doc.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(doc.id)}
                  data-testid="document-choice"
                  onChange={(event) => toggle(doc.id, event.target.checked)}
                />
                <span className="conc-doc-title" lang={doc.language === 'zh' ? 'zh-CN' : 'en'}>
                  {doc.title}
                </span>
                <span className="conc-doc-date">{formatCalendarDate(doc.date, i18n.language) ?? ''}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </details>
  )
}

/** Up to three sort keys, each a position left or right of the match (1L = the word just before). */
export function SortPicker(props: { sort: SortLevel[]; onChange: (sort: SortLevel[]) => void }) {
  const { t } = useTranslation()
  const levels = Array.from({ length: MAX_SORT_LEVELS }, (_, i) => i)
  const names: Record<SortLevel, string> = {
    '1L': t('concordance.sortLevels.1L'),
    '2L': t('concordance.sortLevels.2L'),
    '3L': t('concordance.sortLevels.3L'),
    '1R': t('concordance.sortLevels.1R'),
    '2R': t('concordance.sortLevels.2R'),
    '3R': t('concordance.sortLevels.3R')
  }
  return (
    <div className="conc-sort" role="group" aria-label={t('concordance.sort')}>
      <span className="field-inline">{t('concordance.sort')}</span>
      {levels.map((index) => (
        // A level is offered once the one before it is set, as in AntConc's Kwic Sort.
        <select
          key={index}
          value={props.sort[index] ?? ''}
          disabled={index > props.sort.length}
          aria-label={t('concordance.sortLevel', { level: index + 1 })}
          data-testid={index === 0 ? 'kwic-sort' : `kwic-sort-${index + 1}`}
          onChange={(event) => props.onChange(setSortLevel(props.sort, index, event.target.value as SortLevel | ''))}
        >
          <option value="">{index === 0 ? t('concordance.corpusOrder') : '—'}</option>
          {SORT_LEVELS.map((level) => (
            <option key={level} value={level}>
              {names[level]}
            </option>
          ))}
        </select>
      ))}
    </div>
  )
}

/**
 * The line above the hits of a pinyin search: "xin zhi sheng chan li → 新质生产力 (12)、…", or that
 * nothing in the workspace reads that way. Renders nothing for other searches.
 */
export function PinyinResolved(props: { resolution: PinyinResolution | undefined }) {
  const { t, i18n } = useTranslation()
  const resolution = props.resolution
  if (!resolution) return null
  const list = pinyinSummary(resolution, (n) => formatNumber(n, i18n.language))
  return (
    <p className="conc-pinyin small" data-testid="concordance-pinyin" lang="zh-CN">
      {resolution.strings.length === 0
        ? t('concordance.pinyinNone', { syllables: resolution.syllables })
        : t('concordance.pinyinResolved', { syllables: resolution.syllables, strings: list })}
    </p>
  )
}
