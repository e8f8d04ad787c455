import { useTranslation } from 'react-i18next'

import type { SearchState } from './search-state'
import { WholeWordsOption } from './whole-words-option'

/** How the query is read: case, all forms of a word, a regular expression, or pinyin; Chinese as whole words. */
export function QueryOptions({
  state,
  onChange
}: {
  state: SearchState
  onChange: (patch: Partial<SearchState>) => void
}) {
  const { t } = useTranslation()
  return (
    <>
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
    </>
  )
}
