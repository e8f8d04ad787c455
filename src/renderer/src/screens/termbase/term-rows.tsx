import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { TERM_STATUSES, type TermStatus } from '../../../../shared/models'
import { TermStatusBadge } from '../../components/term-status-badge'
import { blankTerm, type DraftTerm, groupTerms } from './draft'
import { posLabels, shownValue, storedValue } from './known-values'

interface TermRowsProps {
  terms: DraftTerm[]
  onChange: (terms: DraftTerm[]) => void
}

/** The terms of a concept, grouped by language, several per language, each with its own status. */
export function TermRows({ terms, onChange }: TermRowsProps) {
  const { t } = useTranslation()
  const groupNames: Record<string, string> = { en: t('language.en'), zh: t('language.zh') }
  const statusLabels: Record<TermStatus, string> = {
    preferred: t('termStatus.preferred'),
    admitted: t('termStatus.admitted'),
    deprecated: t('termStatus.deprecated'),
    forbidden: t('termStatus.forbidden')
  }
  const pos = posLabels(t)
  const posListId = useId()
  // The row "+ Add term" just created: its text field takes the cursor once it is in the DOM.
  const focusKey = useRef<string | null>(null)
  const update = (key: string, patch: Partial<DraftTerm>) =>
    onChange(terms.map((term) => (term.key === key ? { ...term, ...patch } : term)))
  const remove = (key: string) => onChange(terms.filter((term) => term.key !== key))
  const add = (lang: string) => {
    const term = blankTerm(lang)
    focusKey.current = term.key
    onChange([...terms, term])
  }

  return (
    <div className="term-groups">
      {groupTerms(terms).map((group) => (
        <section className="term-group" key={group.lang} data-lang={group.lang} data-testid={`terms-${group.lang}`}>
          <header className="term-group-header">
            <h3 className="section-title">{groupNames[group.lang] ?? group.lang}</h3>
            {(group.lang === 'en' || group.lang === 'zh') && (
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid={`add-term-${group.lang}`}
                onClick={() => add(group.lang === 'zh' ? 'zh-CN' : 'en')}
              >
                + {t('termbase.addTerm')}
              </button>
            )}
          </header>
          {group.terms.length === 0 && <p className="muted small">{t('termbase.noTerms')}</p>}
          {group.terms.map((term) => (
            <div className={`term-row term-${term.status}`} key={term.key} data-testid="term-row">
              <input
                className="text-input term-text"
                data-testid="term-text"
                lang={group.lang === 'zh' ? 'zh-CN' : group.lang}
                value={term.text}
                ref={(input) => {
                  if (input && focusKey.current === term.key) {
                    focusKey.current = null
                    input.focus()
                  }
                }}
                aria-label={t('termbase.termText', { lang: groupNames[group.lang] ?? term.lang })}
                placeholder={t('termbase.termText', { lang: groupNames[group.lang] ?? term.lang })}
                onChange={(event) => update(term.key, { text: event.target.value })}
              />
              <select
                className={`status-select status-${term.status}`}
                data-testid="term-status"
                value={term.status}
                aria-label={t('termbase.status')}
                onChange={(event) => update(term.key, { status: event.target.value as TermStatus })}
              >
                {TERM_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {statusLabels[status]}
                  </option>
                ))}
              </select>
              <TermStatusBadge status={term.status} />
              <button
                type="button"
                className="icon-button"
                aria-label={t('termbase.removeTerm')}
                title={t('termbase.removeTerm')}
                data-testid="remove-term"
                onClick={() => remove(term.key)}
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
                onChange={(event) => update(term.key, { pos: storedValue(event.target.value, pos) })}
              />
              <input
                className="text-input term-usage"
                value={term.usageNote}
                aria-label={t('termbase.usageNote')}
                placeholder={t('termbase.usageNote')}
                onChange={(event) => update(term.key, { usageNote: event.target.value })}
              />
            </div>
          ))}
        </section>
      ))}
      {/* Suggestions in the UI language; any other part of speech can still be typed. */}
      <datalist id={posListId}>
        {Object.entries(pos).map(([value, label]) => (
          <option key={value} value={label} />
        ))}
      </datalist>
    </div>
  )
}
