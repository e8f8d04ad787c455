import type { MutableRefObject } from 'react'
import { useTranslation } from 'react-i18next'

import { TermStatusBadge } from '../../components/term-status-badge'
import type { DraftTerm } from './draft'
import { posLabels, shownValue, storedValue } from './known-values'
import { TermStatusSelect } from './term-status-select'

/** One term of the concept: its text, status, part of speech and usage note. */
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
        aria-label={t('termbase.termText', { lang: langName })}
        placeholder={t('termbase.termText', { lang: langName })}
        onChange={(event) => onUpdate({ text: event.target.value })}
      />
      <TermStatusSelect status={term.status} onChange={(status) => onUpdate({ status })} />
      <TermStatusBadge status={term.status} />
      <button
        type="button"
        className="icon-button"
        aria-label={t('termbase.removeTerm')}
        title={t('termbase.removeTerm')}
        data-testid="remove-term"
        onClick={() => onRemove()}
      >
        ×
      </button>
      <input
        className="text-input term-pos"
        value={shownValue(term.pos, pos)}
        aria-label={t('termbase.pos')}
        placeholder={t('termbase.pos')}
        list={posListId}
        data-testid="term-pos"
        onChange={(event) => onUpdate({ pos: storedValue(event.target.value, pos) })}
      />
      <input
        className="text-input term-usage"
        value={term.usageNote}
        aria-label={t('termbase.usageNote')}
        placeholder={t('termbase.usageNote')}
        onChange={(event) => onUpdate({ usageNote: event.target.value })}
      />
    </div>
  )
}
