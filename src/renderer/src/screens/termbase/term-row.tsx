import type { MutableRefObject } from 'react'
import { useTranslation } from 'react-i18next'

import { TermStatusBadge } from '../../components/term-status-badge'
import type { DraftTerm } from './draft'
import { posLabels, shownValue, storedValue } from './known-values'
import { TermStatusSelect } from './term-status-select'

/**
 * One term of the concept: its text, status, language, part of speech and usage note, each under a visible
 * label (a placeholder vanishes once the field holds text).
 */
export function TermRow(props: {
  term: DraftTerm
  /** The language group it shows under ('en', 'zh' or another an import brought). */
  lang: string
  langName: string
  posListId: string
  /** The row "+ Add term" just created: its text field takes the cursor once it is in the DOM. */
  focusKey: MutableRefObject<string | null>
  onUpdate: (patch: Partial<DraftTerm>) => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const { term, lang, langName, posListId, focusKey, onUpdate, onRemove } = props
  const pos = posLabels(t)
  return (
    <div className={`term-row term-${term.status}`} data-testid="term-row">
      <label className="term-field term-field-text">
        <span className="term-field-label">{t('termbase.termText', { lang: langName })}</span>
        <input
          className="text-input term-text"
          data-testid="term-text"
          lang={lang === 'zh' ? 'zh-CN' : lang}
          value={term.text}
          ref={(input) => {
            if (input && focusKey.current === term.key) {
              focusKey.current = null
              input.focus()
            }
          }}
          onChange={(event) => onUpdate({ text: event.target.value })}
        />
      </label>
      <label className="term-field term-field-status">
        <span className="term-field-label">{t('termbase.status')}</span>
        <TermStatusSelect status={term.status} onChange={(status) => onUpdate({ status })} />
      </label>
      <TermStatusBadge status={term.status} />
      <button
        type="button"
        className="icon-button term-remove"
        aria-label={t('termbase.removeTerm')}
        title={t('termbase.removeTerm')}
        data-testid="remove-term"
        onClick={() => onRemove()}
      >
        ×
      </button>
      <div className="term-field term-field-lang">
        <span className="term-field-label">{t('termbase.language')}</span>
        <span className="term-lang" data-testid="term-lang" title={term.lang}>
          {term.lang}
        </span>
      </div>
      <label className="term-field term-field-pos">
        <span className="term-field-label">{t('termbase.pos')}</span>
        <input
          className="text-input term-pos"
          value={shownValue(term.pos, pos)}
          list={posListId}
          data-testid="term-pos"
          onChange={(event) => onUpdate({ pos: storedValue(event.target.value, pos) })}
        />
      </label>
      <label className="term-field term-field-usage">
        <span className="term-field-label">{t('termbase.usageNote')}</span>
        <input
          className="text-input term-usage"
          value={term.usageNote}
          onChange={(event) => onUpdate({ usageNote: event.target.value })}
        />
      </label>
    </div>
  )
}
