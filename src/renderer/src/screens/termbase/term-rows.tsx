import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { blankTerm, type DraftTerm, groupTerms } from './draft'
import { posLabels } from './known-values'
import { TermRow } from './term-row'

interface TermRowsProps {
  terms: DraftTerm[]
  onChange: (terms: DraftTerm[]) => void
}

/** The terms of a concept, grouped by language, several per language, each with its own status. */
export function TermRows({ terms, onChange }: TermRowsProps) {
  const { t } = useTranslation()
  const groupNames: Record<string, string> = { en: t('language.en'), zh: t('language.zh') }
  const pos = posLabels(t)
  const posListId = useId()
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
            <TermRow
              key={term.key}
              term={term}
              lang={group.lang}
              langName={groupNames[group.lang] ?? term.lang}
              posListId={posListId}
              focusKey={focusKey}
              onUpdate={(patch) => update(term.key, patch)}
              onRemove={() => remove(term.key)}
            />
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
